package kr.jiwon.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import kr.jiwon.audit.AuditLog;
import kr.jiwon.shared.Actor;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * 접속기록 of pages that show other people's personal data and have no audit of their own (PIPA; issue 16 item 2):
 * the reviewer pool (e-mails), the audit log and its CSV, a call's matching queue, review and selection pages and
 * their downloads, an institute's requests. Each successful view is recorded — who, in which role, from which
 * address (the client's, behind a trusted proxy), what (the address and its query) and how many records it showed
 * (as the handler says through {@code shared.web.PersonalData}) — after the response is written.
 */
@Configuration(proxyBeanMethods = false)
class PersonalDataViews implements WebMvcConfigurer {

    static final List<String> PAGES = List.of("/office/reviewers", "/office/audit", "/office/audit.csv",
            "/api/v1/audit", "/api/v1/audit.csv", "/institute/requests", "/api/v1/institute/requests",
            "/api/v1/reviewers",
            "/office/calls/*/matching", "/office/calls/*/matching.*", "/office/calls/*/review",
            "/office/calls/*/review/*.csv", "/office/calls/*/review/*.xlsx", "/office/calls/*/selection",
            "/office/calls/*/selection/*.csv", "/office/calls/*/selection/*.xlsx");

    private final AuditLog audit;

    PersonalDataViews(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {

            @Override
            public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                    Exception ex) {
                if (!"GET".equals(request.getMethod()) || ex != null || response.getStatus() >= 400) {
                    return;
                }
                Authentication auth = SecurityContextHolder.getContext().getAuthentication();
                if (auth == null || !auth.isAuthenticated()) {
                    return;
                }
                String role = auth.getAuthorities().stream().map(a -> a.getAuthority())
                        .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).findFirst().orElse(null);
                String path = request.getRequestURI().substring(request.getContextPath().length());
                String query = request.getQueryString();
                Object records = request.getAttribute(kr.jiwon.shared.web.PersonalData.RECORDS);
                audit.recordView(new Actor(auth.getName(), role, request.getRemoteAddr()), "VIEW_PERSONAL_DATA",
                        "PAGE", path.length() > 64 ? path.substring(0, 64) : path,
                        (query == null ? path : path + "?" + query)
                                + (records == null ? "" : "; records=" + records));
            }
        }).addPathPatterns(PAGES);
    }
}
