package kr.jiwon.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLTransientConnectionException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the database cannot be reached (the pool gives up after a few seconds, see the {@code postgres} profile),
 * every request — also one whose session or sign-in needs the database — is answered at once with 503 and
 * Retry-After: a short Korean page that reloads itself (it needs nothing from the database), or problem+json for the
 * API, never a bare server error or "please sign in". Readiness says DOWN meanwhile (the {@code db} indicator) and
 * everything recovers by itself when the database is back. Sign-in failures caused by the outage are passed on to
 * here ({@link #outage}) rather than answered as a wrong password.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class DatabaseOutage extends OncePerRequestFilter {

    static final String RETRY_SECONDS = "15";

    private static final String PAGE = """
            <!DOCTYPE html><html lang="ko"><head><meta charset="UTF-8">\
            <meta name="viewport" content="width=device-width, initial-scale=1">\
            <meta http-equiv="refresh" content="15"><title>지원 — 잠시 이용할 수 없습니다</title>\
            <link rel="stylesheet" href="{css}"></head><body><main id="main" class="container">\
            <h1>잠시 서비스를 이용할 수 없습니다</h1>\
            <p>시스템을 잠시 쓸 수 없습니다. 저장된 내용과 접수된 신청은 안전합니다. \
            이 화면은 15초마다 저절로 새로 고쳐집니다.</p>\
            <p lang="en">Jiwon is briefly unavailable. What was saved is safe; this page reloads by itself.</p>\
            </main></body></html>""";

    private final StaticFiles files;

    DatabaseOutage(StaticFiles files) {
        this.files = files;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException | IOException e) {
            if (!outage(e) || response.isCommitted()) {
                throw e;
            }
            response.reset();
            response.setHeader("Retry-After", RETRY_SECONDS);
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                Problems.write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "잠시 이용할 수 없습니다",
                        "데이터베이스에 잠시 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.");
            } else {
                response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                response.setCharacterEncoding("UTF-8");
                response.setContentType("text/html");
                response.getWriter().write(PAGE.replace("{css}", files.url("/css/jiwon.css")));
            }
        }
    }

    /**
     * Whether the failure is the database being out of reach (not a query's own error): no connection to be had, a
     * connection cut (SQL states 08…), the server shutting down (57P…), or a rollback that failed for one of these.
     */
    public static boolean outage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof java.sql.SQLRecoverableException
                    || t instanceof CannotCreateTransactionException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof org.springframework.dao.RecoverableDataAccessException
                    || t instanceof java.net.ConnectException
                    || (t instanceof java.sql.SQLException s && s.getSQLState() != null
                            && (s.getSQLState().startsWith("08") || s.getSQLState().startsWith("57P")))) {
                return true;
            }
            if (t instanceof org.springframework.transaction.TransactionSystemException tse
                    && tse.getApplicationException() != null && outage(tse.getApplicationException())) {
                return true;
            }
        }
        return false;
    }
}
