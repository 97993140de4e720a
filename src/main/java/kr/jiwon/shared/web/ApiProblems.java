package kr.jiwon.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kr.jiwon.shared.FieldViolation;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.InvalidValueException;
import kr.jiwon.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.core.JacksonException;

/**
 * Every error of the JSON API as RFC 9457 problem+json: a localised title and detail and, for bad input, an
 * {@code errors} list of {@code {field, message}} naming each rejected field as the client sent it.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);
    private static final URI INVALID_INPUT = URI.create("/problems/invalid-input");

    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalidInput(InvalidInputException e, HttpServletRequest request) {
        return badRequest(e.violations(), request);
    }

    @ExceptionHandler(InvalidValueException.class)
    ResponseEntity<ProblemDetail> invalidValue(InvalidValueException e, HttpServletRequest request) {
        return badRequest(e.forField(null).violations(), request);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> notValid(MethodArgumentNotValidException e, HttpServletRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Map<String, String>> errors = new ArrayList<>();
        for (FieldError fe : e.getBindingResult().getFieldErrors()) {
            errors.add(Map.of("field", fe.getField(), "message", messages.getMessage(fe, locale)));
        }
        e.getBindingResult().getGlobalErrors().forEach(ge -> errors.add(
                Map.of("field", "", "message", messages.getMessage(ge, locale))));
        return problem(HttpStatus.BAD_REQUEST, INVALID_INPUT, text("problem.invalidInput.title"),
                errors.isEmpty() ? text("problem.invalidInput.detail") : errors.get(0).get("message"), errors, request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        String field = null;
        InvalidValueException value = null;
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof BoundaryInput.BodyTooLarge) {
                return problem(HttpStatus.PAYLOAD_TOO_LARGE, URI.create("about:blank"), text("problem.tooLarge.title"),
                        text("problem.tooLarge.detail.unknown"), List.of(), request);
            }
            if (t instanceof JacksonException je && field == null && !je.getPath().isEmpty()) {
                field = path(je.getPath());
            }
            if (t instanceof InvalidValueException ive) {
                value = ive;
            }
        }
        if (value != null) {
            return badRequest(List.of(new FieldViolation(field, value.messageKey(), value.args())), request);
        }
        String key = field == null ? "json.malformed" : "json.wrongType";
        return badRequest(List.of(new FieldViolation(field == null ? "body" : field, key, new Object[0])), request);
    }

    private static String path(List<JacksonException.Reference> references) {
        StringBuilder sb = new StringBuilder();
        for (JacksonException.Reference r : references) {
            if (r.getPropertyName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return badRequest(List.of(new FieldViolation(e.getName(), "param.invalid",
                new Object[]{String.valueOf(e.getValue())})), request);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e, HttpServletRequest request) {
        return badRequest(List.of(new FieldViolation(e.getParameterName(), "field.required", null)), request);
    }

    @ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(Exception e, HttpServletRequest request) {
        return badRequest(List.of(new FieldViolation("file", "problem.fileTooLarge", null)), request);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e, HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, URI.create("/problems/not-found"), text("problem.notFound.title"),
                text(e.messageKey(), e.args()), null, request);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> conflict(OptimisticLockingFailureException e, HttpServletRequest request) {
        return problem(HttpStatus.CONFLICT, URI.create("/problems/concurrent-change"), text("problem.conflict.title"),
                text("problem.conflict.detail"), null, request);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, URI.create("/problems/unsupported-media-type"),
                text("problem.mediaType.title"), text("problem.mediaType.detail"), null, request);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return problem(HttpStatus.METHOD_NOT_ALLOWED, URI.create("/problems/method-not-allowed"),
                text("problem.method.title"), e.getMethod(), null, request);
    }

    private ResponseEntity<ProblemDetail> badRequest(List<FieldViolation> violations, HttpServletRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (FieldViolation v : violations) {
            errors.add(Map.of("field", v.field() == null ? "" : v.field(), "message", text(v.messageKey(), v.args())));
        }
        log.debug("Rejected input at {}: {}", request.getRequestURI(), violations);
        return problem(HttpStatus.BAD_REQUEST, INVALID_INPUT, text("problem.invalidInput.title"),
                errors.get(0).get("message"), errors, request);
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatus status, URI type, String title, String detail,
            List<Map<String, String>> errors, HttpServletRequest request) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, detail);
        pd.setType(type);
        pd.setTitle(title);
        pd.setInstance(URI.create(request.getRequestURI()));
        if (errors != null) {
            pd.setProperty("errors", errors);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(pd);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
