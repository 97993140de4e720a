package kr.jiwon.accounts.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import kr.jiwon.accounts.ApiTokens;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.CurrentUser;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The caller's API tokens over JSON: list and revoke (tokens are made in the pages, 내 계정 → API 토큰). */
@RestController
@Tag(name = "Tokens", description = "API 토큰")
class TokenApi {

    private final ApiTokens tokens;

    TokenApi(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/api/v1/tokens")
    @Operation(summary = "The caller's tokens: name, prefix, scope, expiry, last use, revocation (never secrets)")
    List<ApiTokens.Token> list(CurrentUser user) {
        return tokens.of(user.username());
    }

    @DeleteMapping("/api/v1/tokens/{id}")
    @Operation(summary = "Revoke one of the caller's tokens (an administrator: anyone's); it stops working at once")
    ApiTokens.Token revoke(@PathVariable long id, CurrentUser user, Actor actor) {
        return tokens.revoke(user, id, actor);
    }
}
