package kr.jiwon.accounts.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API keeps no session and so takes no CSRF token, but a browser that once answered its HTTP Basic prompt sends
 * the credentials with any request to the site — also with a form another site submits. A write to the API from a
 * browser must therefore come from the platform's own pages: a request whose {@code Origin} is another site, or that
 * the browser marks {@code Sec-Fetch-Site: cross-site}/{@code same-site}, is refused (403) before it is authenticated.
 * Clients that are not browsers send neither header.
 */
class SameOriginApiWrites extends OncePerRequestFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!READS.contains(request.getMethod()) && !sameOrigin(request)) {
            kr.jiwon.shared.web.Problems.write(response, 403, "Forbidden",
                    "A write to the API from another site is refused.");
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean sameOrigin(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            return false;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return true;
        }
        try {
            URI o = URI.create(origin);
            int port = o.getPort() == -1 ? ("https".equals(o.getScheme()) ? 443 : 80) : o.getPort();
            return o.getScheme() != null && o.getScheme().equals(request.getScheme())
                    && o.getHost() != null && o.getHost().equalsIgnoreCase(request.getServerName())
                    && port == request.getServerPort();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
