package kr.jiwon.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * An RFC 9457 problem+json answer written straight to the response, for the filters that answer before Spring MVC
 * (security, rate limits, body size, start-up, outage); handlers use {@link ApiProblems}.
 */
public final class Problems {

    private Problems() {
    }

    public static void write(HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":" + json(title) + ",\"status\":" + status
                + ",\"detail\":" + json(detail) + "}");
    }

    private static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
