package kr.jiwon.applications.web;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import kr.jiwon.applications.Application;
import kr.jiwon.applications.ApplicationManagement;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.CurrentUser;
import kr.jiwon.shared.SeoulTime;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The form's autosave (session login, CSRF header): saves what can be read and reports what cannot, beside its
 * field; a stale version answers 409 with the stored version (see {@link DraftConflicts}).
 */
@RestController
class DraftAutosave {

    private final ApplicationManagement applications;
    private final kr.jiwon.applications.ApplicationSubmission submission;
    private final MessageSource messages;

    DraftAutosave(ApplicationManagement applications, kr.jiwon.applications.ApplicationSubmission submission,
            MessageSource messages) {
        this.applications = applications;
        this.submission = submission;
        this.messages = messages;
    }

    /**
     * The saved version and time, what could not be read (beside its field), and what a submission would still be
     * refused for (the live checks and the pre-submit checklist).
     */
    record Saved(long version, OffsetDateTime savedAt, List<Map<String, String>> errors,
            List<Map<String, String>> missing) {
    }

    @PutMapping("/applications/{id}/draft")
    Saved autosave(@PathVariable long id, @RequestBody DraftForm body, CurrentUser user, Actor actor) {
        DraftForm.Read read = body.read();
        Application a = applications.write(user, id, read.form(), read.unreadableFields(),
                actor);
        List<Map<String, String>> errors = read.unreadable().stream()
                .map(v -> Map.of("field", v.field(), "message", messages.getMessage(v.messageKey(), v.args(),
                        v.messageKey(), LocaleContextHolder.getLocale())))
                .toList();
        List<Map<String, String>> missing = new java.util.ArrayList<>();
        var byField = kr.jiwon.shared.FieldMessages.byField(submission.precheck(a), messages);
        var labels = FormFieldLabels.of(byField.keySet(), messages);
        byField.forEach((field, texts) -> texts.forEach(t -> missing.add(Map.of("field", field, "label",
                labels.get(field), "message", t))));
        return new Saved(a.version(), SeoulTime.toOffset(a.updatedAt()), errors, missing);
    }
}
