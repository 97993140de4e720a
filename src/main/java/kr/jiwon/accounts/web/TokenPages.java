package kr.jiwon.accounts.web;

import kr.jiwon.accounts.ApiTokens;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.CurrentUser;
import kr.jiwon.shared.FieldMessages;
import kr.jiwon.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 내 계정 → API 토큰: a user makes tokens for the systems that work for them (shown once), sees when each was last
 * used, and revokes them. Tokens are made only here, signed in (a token cannot make another token).
 */
@Controller
class TokenPages {

    private final ApiTokens tokens;
    private final MessageSource messages;

    TokenPages(ApiTokens tokens, MessageSource messages) {
        this.tokens = tokens;
        this.messages = messages;
    }

    @GetMapping("/my/tokens")
    String showTokens(CurrentUser user, Model model) {
        model.addAttribute("tokens", tokens.of(user.username()));
        model.addAttribute("now", java.time.Instant.now());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", java.util.Map.of());
        }
        return "accounts/tokens";
    }

    /** The new token's secret is answered in this page only: never redirected, stored in a session or logged. */
    @PostMapping("/my/tokens")
    String processCreate(@RequestParam(required = false) String name, @RequestParam(required = false) String scope,
            @RequestParam(required = false) String days, CurrentUser user, Actor actor, Model model) {
        try {
            ApiTokens.Scope chosen = "WRITE".equals(scope)
                    ? ApiTokens.Scope.WRITE
                    : "READ".equals(scope) ? ApiTokens.Scope.READ : null;
            Integer validity = days != null && days.matches("\\d{1,3}") ? Integer.valueOf(days) : null;
            model.addAttribute("issued", tokens.issue(user, name, chosen, validity, actor));
        } catch (InvalidInputException e) {
            model.addAttribute("errors", FieldMessages.byField(e.violations(), messages));
            model.addAttribute("name", name);
        }
        return showTokens(user, model);
    }

    @PostMapping("/my/tokens/{id}/revoke")
    String processRevoke(@PathVariable long id, CurrentUser user, Actor actor, RedirectAttributes flash) {
        ApiTokens.Token revoked = tokens.revoke(user, id, actor);
        flash.addFlashAttribute("notice", new org.springframework.context.support.DefaultMessageSourceResolvable(
                new String[]{"token.revoked"}, new Object[]{revoked.name()}));
        return "redirect:/my/tokens";
    }
}
