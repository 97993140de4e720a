package kr.jiwon.accounts;

import kr.jiwon.audit.AuditLog;
import kr.jiwon.shared.Actor;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * 접속기록 of authentication (PIPA; issue 16 item 2): every sign-in through the login page, every sign-out, and every
 * failed attempt (the login page and the API's HTTP Basic alike) — who, from which address, and why it failed. The
 * API's successful HTTP Basic requests are not recorded one by one.
 */
@Component
class SignInAudit {

    private final AuditLog audit;

    SignInAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void on(InteractiveAuthenticationSuccessEvent e) {
        audit.recordView(actor(e.getAuthentication()), "LOGIN", "ACCOUNT", e.getAuthentication().getName(), null);
    }

    @EventListener
    void on(LogoutSuccessEvent e) {
        audit.recordView(actor(e.getAuthentication()), "LOGOUT", "ACCOUNT", e.getAuthentication().getName(), null);
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent e) {
        Authentication a = e.getAuthentication();
        String name = a == null || a.getName() == null ? "" : a.getName();
        String attempted = name.length() > 100 ? name.substring(0, 100) : name;
        audit.recordView(new Actor(attempted.isEmpty() ? "anonymous" : attempted, "ANONYMOUS", ip(a)),
                "LOGIN_FAILED", "ACCOUNT", null, e.getException().getClass().getSimpleName());
    }

    private static Actor actor(Authentication a) {
        String role = a.getAuthorities().stream().map(x -> x.getAuthority()).filter(x -> x.startsWith("ROLE_"))
                .map(x -> x.substring(5)).findFirst().orElse(null);
        return new Actor(a.getName(), role, ip(a));
    }

    private static String ip(Authentication a) {
        return a != null && a.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
    }
}
