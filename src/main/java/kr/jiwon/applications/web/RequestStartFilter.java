package kr.jiwon.applications.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Notes the server time a request arrived, before its body (possibly a large upload) is read, so that a
 * submission whose upload began before the close can use the call's grace period.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestStartFilter extends OncePerRequestFilter {

    private static final String STARTED_AT = "jiwon.requestStartedAt";

    private final Clock clock;

    RequestStartFilter(Clock clock) {
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        request.setAttribute(STARTED_AT, clock.instant());
        chain.doFilter(request, response);
    }

    /** When the request arrived; a grace period counts from it. */
    static java.time.Instant startedAt(HttpServletRequest request) {
        Object at = request.getAttribute(STARTED_AT);
        return at instanceof java.time.Instant i ? i : null;
    }
}
