package kr.jiwon.applications.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import kr.jiwon.applications.Application;
import kr.jiwon.applications.ApplicationForm;
import kr.jiwon.applications.ApplicationManagement;
import kr.jiwon.applications.ApplicationScreening;
import kr.jiwon.applications.ApplicationStatus;
import kr.jiwon.applications.ApplicationSubmission;
import kr.jiwon.applications.DocumentManagement;
import kr.jiwon.applications.ScreeningFilter;
import kr.jiwon.applications.SubmissionReceipt;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.CurrentUser;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.SeoulTime;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Applications over JSON, for companies that integrate and for officers. Errors are problem+json; a stale draft
 * write is 409 with the stored version; a retried submission with the same {@code Idempotency-Key} gets the same
 * receipt.
 */
@RestController
@Tag(name = "Applications", description = "신청서")
class ApplicationApi {

    private final ApplicationManagement applications;
    private final ApplicationSubmission submission;
    private final DocumentManagement documents;
    private final ApplicationScreening screening;

    ApplicationApi(ApplicationManagement applications, ApplicationSubmission submission, DocumentManagement documents,
            ApplicationScreening screening) {
        this.applications = applications;
        this.submission = submission;
        this.documents = documents;
        this.screening = screening;
    }

    record StartRequest(Long callId, String trackCode) {
    }

    record ReceiptView(long applicationId, String receiptNumber, OffsetDateTime submittedAt) {

        static ReceiptView of(SubmissionReceipt r) {
            return new ReceiptView(r.applicationId(), r.receiptNumber(), SeoulTime.toOffset(r.submittedAt()));
        }
    }

    record ReasonRequest(String reason) {
    }

    record StatusRequest(ApplicationStatus status, String reason) {
    }

    private ApplicationView view(CurrentUser user, Application a) {
        return ApplicationView.of(a, documents.list(user, a.id()));
    }

    @GetMapping("/api/v1/applications")
    @Operation(summary = "The signed-in company's applications")
    List<ApplicationView> mine(CurrentUser user) {
        return applications.mine(user).stream().map(a -> view(user, a)).toList();
    }

    @PostMapping("/api/v1/applications")
    @Operation(summary = "Start a draft for a call (or get the company's existing one)")
    ResponseEntity<ApplicationView> start(@RequestBody StartRequest body, CurrentUser user, Actor actor) {
        if (body.callId() == null) {
            throw InvalidInputException.of("callId", "field.required");
        }
        Application a = applications.start(user, body.callId(), body.trackCode(), actor);
        return ResponseEntity.created(URI.create("/api/v1/applications/" + a.id())).body(view(user, a));
    }

    @GetMapping("/api/v1/applications/{id}")
    ApplicationView get(@PathVariable long id, CurrentUser user, Actor actor) {
        return view(user, applications.view(user, id, actor));
    }

    @PutMapping("/api/v1/applications/{id}")
    @Operation(summary = "Write the draft; send the version you started from (409 with the stored one if stale)")
    ApplicationView write(@PathVariable long id, @RequestBody ApplicationForm body, CurrentUser user, Actor actor) {
        return view(user, applications.write(user, id, body, actor));
    }

    @PostMapping(path = "/api/v1/applications/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Attach a document (PDF, HWP, HWPX, DOCX, XLSX, PNG, JPG; recognised by content)")
    ResponseEntity<ApplicationView.DocumentView> attach(@PathVariable long id, @RequestPart("file") MultipartFile file,
            CurrentUser user, Actor actor) throws IOException {
        var d = documents.attach(user, id, file.getOriginalFilename(), file.getInputStream(),
                actor);
        return ResponseEntity.created(URI.create("/api/v1/applications/" + id + "/documents/" + d.id()))
                .body(ApplicationView.DocumentView.of(d));
    }

    @GetMapping("/api/v1/applications/{id}/documents/{documentId}")
    ResponseEntity<InputStreamResource> download(@PathVariable long id, @PathVariable long documentId,
            CurrentUser user, Actor actor) {
        return DocumentDownloads.attachment(documents.download(user, id, documentId, actor));
    }

    @DeleteMapping("/api/v1/applications/{id}/documents/{documentId}")
    ResponseEntity<Void> remove(@PathVariable long id, @PathVariable long documentId, CurrentUser user, Actor actor) {
        documents.remove(user, id, documentId, actor);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/applications/{id}/submit")
    @Operation(summary = "Submit; returns the receipt only after it is committed")
    ReceiptView submit(@PathVariable long id, @RequestHeader(name = "Idempotency-Key", required = false) String key,
            CurrentUser user, Actor actor, HttpServletRequest req) {
        if (key != null && (key.isBlank() || key.length() > 100)) {
            throw InvalidInputException.of("Idempotency-Key", "application.badKey");
        }
        return ReceiptView.of(submission.submit(user, id, key, RequestStartFilter.startedAt(req), actor));
    }

    @PostMapping("/api/v1/applications/{id}/withdraw")
    ApplicationView withdraw(@PathVariable long id, @RequestBody(required = false) ReasonRequest body,
            CurrentUser user, Actor actor) {
        return view(user, submission.withdraw(user, id, body == null ? null : body.reason(),
                actor));
    }

    @PostMapping("/api/v1/applications/{id}/reopen")
    ApplicationView reopen(@PathVariable long id, CurrentUser user, Actor actor) {
        return view(user, submission.reopen(user, id, actor));
    }

    @PostMapping("/api/v1/applications/{id}/status")
    @Operation(summary = "Officers: move to SCREENING, ELIGIBLE or INELIGIBLE with a reason")
    ApplicationView changeStatus(@PathVariable long id, @RequestBody StatusRequest body, CurrentUser user,
            Actor actor) {
        if (body.status() == null) {
            throw InvalidInputException.of("status", "field.required");
        }
        return view(user, screening.changeStatus(user, id, body.status(), body.reason(), actor));
    }

    record ScreeningView(long id, String receiptNumber, String company, String businessRegistrationNumber,
            String region, boolean declineArea, String trackCode, String title, Long requestedAmount,
            ApplicationStatus status, OffsetDateTime submittedAt) {
    }

    @GetMapping("/api/v1/calls/{callId}/applications")
    @Operation(summary = "Officers: the handed-in applications of a call, filtered")
    List<ScreeningView> screeningList(@PathVariable long callId, ScreeningFilter filter, CurrentUser user,
            Actor actor) {
        return screening.list(user, callId, filter, actor).stream()
                .map(r -> new ScreeningView(r.application().id(), r.application().receiptNumber(), r.company().name(),
                        r.company().businessRegistrationNumber().formatted(), r.region().name(),
                        r.region().declineArea(), r.application().trackCode(), r.application().title(),
                        r.application().requestedAmount() == null ? null : r.application().requestedAmount().amount(),
                        r.application().status(), SeoulTime.toOffset(r.application().submittedAt())))
                .toList();
    }

    @GetMapping("/api/v1/calls/{callId}/applications.xlsx")
    ResponseEntity<byte[]> export(@PathVariable long callId, ScreeningFilter filter, CurrentUser user, Actor actor) {
        return kr.jiwon.shared.web.Downloads.xlsx("신청목록-" + callId + ".xlsx",
                screening.export(user, callId, filter, actor));
    }
}
