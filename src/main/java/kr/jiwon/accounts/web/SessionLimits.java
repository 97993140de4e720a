package kr.jiwon.accounts.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The absolute limit of a signed-in session (ASVS V3.3): however busy, a session ends this long after its first
 * signed-in request and the person signs in again. The idle limit is Spring Session's timeout
 * ({@code spring.session.timeout}, 30 minutes).
 */
class SessionLimits extends OncePerRequestFilter {

    static final String SIGNED_IN_AT = "jiwon.signedInAt";

    private final Duration absolute;
    private final Clock clock;

    SessionLimits(Duration absolute, Clock clock) {
        this.absolute = absolute;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (session != null && auth != null && auth.isAuthenticated()
                && !(auth instanceof AnonymousAuthenticationToken)) {
            long now = clock.millis();
            Object at = session.getAttribute(SIGNED_IN_AT);
            if (at == null) {
                session.setAttribute(SIGNED_IN_AT, now);
            } else if (now - (Long) at > absolute.toMillis()) {
                session.invalidate();
                SecurityContextHolder.clearContext();
                response.sendRedirect(request.getContextPath() + "/login?expired");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
