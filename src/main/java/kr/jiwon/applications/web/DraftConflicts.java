package kr.jiwon.applications.web;

import java.net.URI;
import kr.jiwon.applications.DraftConflictException;
import kr.jiwon.shared.SeoulTime;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A stale draft write answers 409 problem+json with the stored version ({@code current}), who saved it and when,
 * so the writer sees both versions. Also used by the form's autosave.
 */
@RestControllerAdvice
class DraftConflicts {

    private final MessageSource messages;

    DraftConflicts(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(DraftConflictException.class)
    ResponseEntity<ProblemDetail> conflict(DraftConflictException e, jakarta.servlet.http.HttpServletRequest request) {
        ProblemDetail pd = ProblemDetail.forStatus(HttpStatus.CONFLICT);
        pd.setType(URI.create("/problems/draft-conflict"));
        pd.setTitle(messages.getMessage("problem.conflict.title", null, LocaleContextHolder.getLocale()));
        pd.setDetail(messages.getMessage("application.conflict", new Object[]{e.savedBy(),
                SeoulTime.toLocal(e.savedAt()).toString().replace('T', ' ')}, LocaleContextHolder.getLocale()));
        pd.setInstance(URI.create(request.getRequestURI()));
        pd.setProperty("current", e.current());
        pd.setProperty("savedBy", e.savedBy());
        pd.setProperty("savedAt", SeoulTime.toOffset(e.savedAt()));
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(pd);
    }
}
