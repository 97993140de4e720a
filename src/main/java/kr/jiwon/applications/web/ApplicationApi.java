package kr.jiwon.applications.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import kr.jiwon.accounts.CurrentUser;
import kr.jiwon.applications.Application;
import kr.jiwon.applications.ApplicationForm;
import kr.jiwon.applications.ApplicationManagement;
import kr.jiwon.applications.ApplicationScreening;
import kr.jiwon.applications.ApplicationStatus;
import kr.jiwon.applications.ApplicationSubmission;
import kr.jiwon.applications.DocumentManagement;
import kr.jiwon.applications.ScreeningFilter;
import kr.jiwon.applications.SubmissionReceipt;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.SeoulTime;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
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
    private final Requesters requesters;

    ApplicationApi(ApplicationManagement applications, ApplicationSubmission submission, DocumentManagement documents,
                   ApplicationScreening screening, Requesters requesters) {
        this.applications = applications;
        this.submission = submission;
        this.documents = documents;
        this.screening = screening;
        this.requesters = requesters;
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
    List<ApplicationView> mine(Authentication auth) {
        CurrentUser user = requesters.user(auth);
        return applications.mine(user).stream().map(a -> view(user, a)).toList();
    }

    @PostMapping("/api/v1/applications")
    @Operation(summary = "Start a draft for a call (or get the company's existing one)")
    ResponseEntity<ApplicationView> start(@RequestBody StartRequest body, Authentication auth, HttpServletRequest req) {
        if (body.callId() == null) {
            throw InvalidInputException.of("callId", "field.required");
        }
        CurrentUser user = requesters.user(auth);
        Application a = applications.start(user, body.callId(), body.trackCode(), Requesters.actor(user, req));
        return ResponseEntity.created(URI.create("/api/v1/applications/" + a.id())).body(view(user, a));
    }

    @GetMapping("/api/v1/applications/{id}")
    ApplicationView get(@PathVariable long id, Authentication auth, HttpServletRequest req) {
        CurrentUser user = requesters.user(auth);
        return view(user, applications.view(user, id, Requesters.actor(user, req)));
    }

    @PutMapping("/api/v1/applications/{id}")
    @Operation(summary = "Write the draft; send the version you started from (409 with the stored one if stale)")
    ApplicationView write(@PathVariable long id, @RequestBody ApplicationForm body, Authentication auth,
                          HttpServletRequest req) {
        CurrentUser user = requesters.user(auth);
        return view(user, applications.write(user, id, body, Requesters.actor(user, req)));
    }

    @PostMapping(path = "/api/v1/applications/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Attach a document (PDF, HWP, HWPX, DOCX, XLSX, PNG, JPG; recognised by content)")
    ResponseEntity<ApplicationView.DocumentView> attach(@PathVariable long id, @RequestPart("file") MultipartFile file,
                                                        Authentication auth, HttpServletRequest req) throws IOException {
        CurrentUser user = requesters.user(auth);
        var d = documents.attach(user, id, file.getOriginalFilename(), file.getInputStream(),
                Requesters.actor(user, req));
        return ResponseEntity.created(URI.create("/api/v1/applications/" + id + "/documents/" + d.id()))
                .body(ApplicationView.DocumentView.of(d));
    }

    @GetMapping("/api/v1/applications/{id}/documents/{documentId}")
    ResponseEntity<InputStreamResource> download(@PathVariable long id, @PathVariable long documentId,
                                                 Authentication auth, HttpServletRequest req) {
        CurrentUser user = requesters.user(auth);
        return Downloads.attachment(documents.download(user, id, documentId, Requesters.actor(user, req)));
    }

    @DeleteMapping("/api/v1/applications/{id}/documents/{documentId}")
    ResponseEntity<Void> remove(@PathVariable long id, @PathVariable long documentId, Authentication auth,
                                HttpServletRequest req) {
        CurrentUser user = requesters.user(auth);
        documents.remove(user, id, documentId, Requesters.actor(user, req));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/applications/{id}/submit")
    @Operation(summary = "Submit; returns the receipt only after it is committed")
    ReceiptView submit(@PathVariable long id, @RequestHeader(name = "Idempotency-Key", required = false) String key,
                       Authentication auth, HttpServletRequest req) {
        CurrentUser user = requesters.user(auth);
        if (key != null && (key.isBlank() || key.length() > 100)) {
            throw InvalidInputException.of("Idempotency-Key", "application.badKey");
        }
        return ReceiptView.of(submission.submit(user, id, key, Requesters.startedAt(req), Requesters.actor(user, req)));
    }

    @PostMapping("/api/v1/applications/{id}/withdraw")
    ApplicationView withdraw(@PathVariable long id, @RequestBody(required = false) ReasonRequest body,
                             Authentication auth, HttpServletRequest req) {
        CurrentUser user = requesters.user(auth);
        return view(user, submission.withdraw(user, id, body == null ? null : body.reason(),
                Requesters.actor(user, req)));
    }

    @PostMapping("/api/v1/applications/{id}/reopen")
    ApplicationView reopen(@PathVariable long id, Authentication auth, HttpServletRequest req) {
        CurrentUser user = requesters.user(auth);
        return view(user, submission.reopen(user, id, Requesters.actor(user, req)));
    }

    @PostMapping("/api/v1/applications/{id}/status")
    @Operation(summary = "Officers: move to SCREENING, ELIGIBLE or INELIGIBLE with a reason")
    ApplicationView changeStatus(@PathVariable long id, @RequestBody StatusRequest body, Authentication auth,
                                 HttpServletRequest req) {
        CurrentUser user = requesters.user(auth);
        if (body.status() == null) {
            throw InvalidInputException.of("status", "field.required");
        }
        return view(user, screening.changeStatus(user, id, body.status(), body.reason(), Requesters.actor(user, req)));
    }

    record ScreeningView(long id, String receiptNumber, String company, String businessRegistrationNumber,
                         String region, boolean declineArea, String trackCode, String title, Long requestedAmount,
                         ApplicationStatus status, OffsetDateTime submittedAt) {
    }

    @GetMapping("/api/v1/calls/{callId}/applications")
    @Operation(summary = "Officers: the handed-in applications of a call, filtered")
    List<ScreeningView> screeningList(@PathVariable long callId, ScreeningFilter filter, Authentication auth,
                                      HttpServletRequest req) {
        CurrentUser user = requesters.user(auth);
        return screening.list(user, callId, filter, Requesters.actor(user, req)).stream()
                .map(r -> new ScreeningView(r.application().id(), r.application().receiptNumber(), r.company().name(),
                        r.company().businessRegistrationNumber().formatted(), r.region().name(),
                        r.region().declineArea(), r.application().trackCode(), r.application().title(),
                        r.application().requestedAmount() == null ? null : r.application().requestedAmount().amount(),
                        r.application().status(), SeoulTime.toOffset(r.application().submittedAt())))
                .toList();
    }

    @GetMapping("/api/v1/calls/{callId}/applications.xlsx")
    ResponseEntity<byte[]> export(@PathVariable long callId, ScreeningFilter filter, Authentication auth,
                                  HttpServletRequest req) {
        CurrentUser user = requesters.user(auth);
        return Downloads.xlsx(screening.export(user, callId, filter, Requesters.actor(user, req)),
                "신청목록-" + callId + ".xlsx");
    }
}
