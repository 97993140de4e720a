package kr.jiwon.applications.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import kr.jiwon.accounts.AccountManagement;
import kr.jiwon.accounts.CurrentUser;
import kr.jiwon.audit.Actor;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Who is asking: the signed-in user, the audit actor with the client address, and when the request began. */
@Component
class Requesters {

    static final String STARTED_AT = "jiwon.requestStartedAt";

    private final AccountManagement accounts;

    Requesters(AccountManagement accounts) {
        this.accounts = accounts;
    }

    CurrentUser user(Authentication auth) {
        if (auth == null || !auth.isAuthenticated()) {
            throw new AuthenticationCredentialsNotFoundException("login required");
        }
        return accounts.current(auth.getName());
    }

    static Actor actor(CurrentUser user, HttpServletRequest request) {
        return new Actor(user.username(), user.role().name(), request.getRemoteAddr());
    }

    /** When the request arrived (set by {@link RequestStartFilter}); a grace period counts from it. */
    static Instant startedAt(HttpServletRequest request) {
        Object at = request.getAttribute(STARTED_AT);
        return at instanceof Instant i ? i : null;
    }
}
