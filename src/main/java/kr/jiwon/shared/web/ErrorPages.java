package kr.jiwon.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Locale;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * What the container's error dispatch answers (an unknown address, a refused page, a failure nobody handled):
 * browsers get the site's page in its layout — with the navigation, in Korean (English with ?lang=en), without
 * details of the failure — and the API keeps RFC 9457 problem+json. Replaces Spring Boot's whitelabel answers.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ErrorPages implements ErrorController {

    private final MessageSource messages;

    ErrorPages(MessageSource messages) {
        this.messages = messages;
    }

    @RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
    Object page(HttpServletRequest request, HttpServletResponse response, Model model) {
        HttpStatus status = status(request);
        if (isApi(request)) {
            return problem(request);
        }
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("kind", kind(status));
        return "error/page";
    }

    @RequestMapping
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        HttpStatus status = status(request);
        String kind = kind(status);
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, text("error." + kind + ".detail", status.value()));
        pd.setTitle(text("error." + kind + ".title", status.value()));
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null) {
            pd.setInstance(URI.create(uri.toString()));
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(pd);
    }

    private static boolean isApi(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri != null && uri.toString().startsWith(request.getContextPath() + "/api/");
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer i ? HttpStatus.resolve(i) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    /** The four pages people meet; anything else reads as a general failure or a bad request. */
    private static String kind(HttpStatus status) {
        return switch (status.value()) {
            case 401, 403 -> "forbidden";
            case 404, 405 -> "notFound";
            case 429 -> "tooMany";
            case 503 -> "unavailable";
            default -> status.is4xxClientError() ? "badRequest" : "server";
        };
    }

    private String text(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, key, locale);
    }
}
