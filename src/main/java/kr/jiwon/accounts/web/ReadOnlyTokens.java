package kr.jiwon.accounts.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** A request made with a read-only API token may only read (GET, HEAD, OPTIONS); anything else is answered 403. */
class ReadOnlyTokens extends OncePerRequestFilter {

    /** The authority prefix that carries a token's scope. */
    static final String SCOPE = "TOKEN_SCOPE_";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    /** Writes the refusal. */
    interface Refusal {

        void write(HttpServletRequest request, HttpServletResponse response) throws IOException;
    }

    private final Refusal refusal;

    ReadOnlyTokens(Refusal refusal) {
        this.refusal = refusal;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean readOnly = auth != null && auth.getAuthorities().stream()
                .anyMatch(a -> (SCOPE + "READ").equals(a.getAuthority()));
        if (readOnly && !SAFE.contains(request.getMethod())) {
            refusal.write(request, response);
            return;
        }
        chain.doFilter(request, response);
    }
}
