package kr.jiwon.accounts.web;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rate limits against automation (ASVS V2.2.1, V11.1.4, V13.2.6), token buckets (Bucket4j) per client address — and
 * for the API per credential: signing in, signing up, asking for a password-reset link, and API calls. Beyond the
 * limit the answer is 429 with {@code Retry-After} (problem+json for the API, the site's page otherwise). The buckets
 * live in each instance's memory: with n instances the effective limit is up to n times the figure.
 */
class RequestRates extends OncePerRequestFilter {

    /** One limit: how many requests in what period. */
    record Limit(long requests, Duration per) {

        Bucket bucket() {
            return Bucket.builder().addLimit(Bandwidth.builder().capacity(requests).refillGreedy(requests, per)
                    .build()).build();
        }
    }

    private static final int MAX_KEYS = 100_000;

    private final Limit login;
    private final Limit signUp;
    private final Limit reset;
    private final Limit api;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RequestRates(Limit login, Limit signUp, Limit reset, Limit api) {
        this.login = login;
        this.signUp = signUp;
        this.reset = reset;
        this.api = api;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean post = "POST".equals(request.getMethod());
        String address = request.getRemoteAddr();
        String key = null;
        Limit limit = null;
        if (post && path.equals("/login")) {
            key = "login " + address;
            limit = login;
        } else if (post && path.equals("/signup")) {
            key = "signup " + address;
            limit = signUp;
        } else if (post && path.equals("/password-reset")) {
            key = "reset " + address;
            limit = reset;
        } else if (path.startsWith("/api/")) {
            String header = request.getHeader("Authorization");
            String who = basicUser(header);
            String token = bearer(header);
            // each token has its own bucket (keyed by the token's hash, never the secret itself)
            key = token != null
                    ? "api token " + kr.jiwon.shared.Sha256.hex(token)
                    : who == null ? "api " + address : "api user " + who;
            limit = api;
        }
        if (key != null) {
            if (buckets.size() > MAX_KEYS) {
                buckets.clear();
            }
            Limit chosen = limit;
            ConsumptionProbe probe = buckets.computeIfAbsent(key, k -> chosen.bucket()).tryConsumeAndReturnRemaining(1);
            if (!probe.isConsumed()) {
                long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
                response.setHeader("Retry-After", String.valueOf(seconds));
                if (path.startsWith("/api/")) {
                    kr.jiwon.shared.web.Problems.write(response, 429, "Too Many Requests",
                            "Too many requests; retry after " + seconds + " s.");
                } else {
                    response.sendError(429);
                }
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** The secret of a Bearer header, if there is one (not checked here: only a key for the bucket). */
    private static String bearer(String header) {
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? header.substring(7).strip()
                : null;
    }

    /** The user name of an HTTP Basic header, if there is one (not checked here: only a key for the bucket). */
    private static String basicUser(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon).toLowerCase(java.util.Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
