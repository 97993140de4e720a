package kr.jiwon.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Until the platform is ready (migrations, demo data, search index: Spring Boot's readiness state), every request
 * but health checks and static files is answered 503 with Retry-After — a short Korean page that reloads itself,
 * or problem+json for the API — instead of an empty home page or a half-built search.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class StartupGate extends OncePerRequestFilter {

    private static final String PAGE = """
            <!DOCTYPE html><html lang="ko"><head><meta charset="UTF-8">\
            <meta name="viewport" content="width=device-width, initial-scale=1">\
            <meta http-equiv="refresh" content="3"><title>지원 — 시작하는 중</title>\
            <link rel="stylesheet" href="{css}"></head><body><main id="main" class="container">\
            <h1>지원 플랫폼을 시작하고 있습니다</h1>\
            <p>공고와 검색 색인을 준비하는 중입니다. 잠시 후 이 화면이 저절로 새로 고쳐집니다.</p>\
            <p lang="en">Jiwon is starting; this page reloads by itself in a moment.</p></main></body></html>""";

    private final ApplicationAvailability availability;
    private final StaticFiles files;

    StartupGate(ApplicationAvailability availability, StaticFiles files) {
        this.availability = availability;
        this.files = files;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC || passes(request)) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Retry-After", "3");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            Problems.write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "시작하는 중입니다",
                    "잠시 후 다시 시도해 주세요.");
        } else {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setCharacterEncoding("UTF-8");
            response.setContentType("text/html");
            response.getWriter().write(PAGE.replace("{css}", files.url("/css/jiwon.css")));
        }
    }

    private static boolean passes(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/actuator/") || path.startsWith("/css/") || path.startsWith("/js/")
                || path.startsWith("/images/") || path.equals("/favicon.ico");
    }
}
