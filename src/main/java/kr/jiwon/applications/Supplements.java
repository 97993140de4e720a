package kr.jiwon.applications;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kr.jiwon.audit.AuditLog;
import kr.jiwon.notifications.NotificationKind;
import kr.jiwon.notifications.Notifications;
import kr.jiwon.programs.CallManagement;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.CurrentUser;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.SeoulTime;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 보완 요청 during 요건검토: an officer asks a company for a missing or faulty document by a deadline (the application
 * is then 요건검토 중), the company is told in the app and by e-mail, attaches files beside its submitted ones and
 * answers once before the deadline; the officers are told of the answer. The submitted application itself never
 * changes. One request is open at a time per application.
 */
@Service
@Transactional(readOnly = true)
public class Supplements {

    private final SupplementRequests store;
    private final ApplicationManagement management;
    private final Applications applications;
    private final ApplicationAccess access;
    private final ApplicationDocuments documents;
    private final CallManagement calls;
    private final Notifications notifications;
    private final MessageSource messages;
    private final AuditLog audit;
    private final Clock clock;

    Supplements(SupplementRequests store, ApplicationManagement management, Applications applications,
            ApplicationAccess access, ApplicationDocuments documents, CallManagement calls,
            Notifications notifications, MessageSource messages, AuditLog audit, Clock clock) {
        this.store = store;
        this.management = management;
        this.applications = applications;
        this.access = access;
        this.documents = documents;
        this.calls = calls;
        this.notifications = notifications;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Officer: asks for a supplement by {@code dueAt}; {@code slot}, when given, is one of the call's required
     * documents. Only while 요건검토 may be done and the application awaits it, and when no request is open.
     */
    @Transactional
    public SupplementRequest request(CurrentUser user, long applicationId, String message, String slot,
            Instant dueAt, Actor actor) {
        access.requireOffice(user);
        Application a = management.load(applicationId);
        calls.beginScreening(a.callId());
        if (!a.status().awaitsScreening()) {
            throw InvalidInputException.of("message", "supplement.notAwaitingScreening");
        }
        Instant now = clock.instant();
        if (open(applicationId, now).isPresent()) {
            throw InvalidInputException.of("message", "supplement.alreadyOpen");
        }
        if (slot != null && !slot.isBlank()
                && !calls.call(a.callId()).notice().requiredDocuments().contains(slot.strip())) {
            throw InvalidInputException.of("slot", "document.unknownSlot", slot.strip());
        }
        SupplementRequest saved = store.save(SupplementRequest.ask(a, message, slot, dueAt, user.username(), now));
        if (a.status() == ApplicationStatus.SUBMITTED) {
            a.screen(ApplicationStatus.SCREENING, user.username(), now,
                    messages.getMessage("supplement.transitionReason", null, Locale.KOREAN));
            applications.save(a);
        }
        audit.recordChange(actor, "SUPPLEMENT_REQUEST", "APPLICATION", applicationId,
                "request " + saved.id() + " due " + SeoulTime.minute(dueAt));
        notifications.toCompany(NotificationKind.SUPPLEMENT, a.companyId(), a.contactEmail(),
                messages.getMessage("notify.supplement.subject", new Object[]{a.title(), SeoulTime.notice(dueAt)},
                        Locale.KOREAN),
                messages.getMessage("notify.supplement.body", new Object[]{a.title(), a.receiptNumber(),
                        saved.message(), saved.slot() == null ? "-" : saved.slot(), SeoulTime.notice(dueAt)},
                        Locale.KOREAN),
                "/applications/" + a.id() + "#supplement");
        return saved;
    }

    /** Company: hands in the answer to the open request, with the files attached for it and a note. */
    @Transactional
    public SupplementRequest answer(CurrentUser user, long applicationId, String note, Actor actor) {
        Application a = management.load(applicationId);
        access.requireOwner(user, a);
        SupplementRequest r = latest(applicationId)
                .filter(x -> x.answeredAt() == null)
                .orElseThrow(() -> InvalidInputException.of("note", "supplement.noneOpen"));
        int files = documents.countForSupplement(r.id());
        r.answer(note, files, user.username(), clock.instant());
        SupplementRequest saved = store.save(r);
        audit.recordChange(actor, "SUPPLEMENT_ANSWER", "APPLICATION", applicationId,
                "request " + r.id() + ", " + files + " files");
        notifications.toOfficers(NotificationKind.SUPPLEMENT,
                messages.getMessage("notify.supplementAnswered.subject", new Object[]{a.receiptNumber(), a.title()},
                        Locale.KOREAN),
                messages.getMessage("notify.supplementAnswered.body", new Object[]{a.receiptNumber(), a.title(),
                        String.valueOf(files), saved.answerNote() == null ? "-" : saved.answerNote()}, Locale.KOREAN),
                "/applications/" + a.id() + "#supplement");
        return saved;
    }

    /** The requests of an application, oldest first (the company and the office see them; others do not). */
    public List<SupplementRequest> of(CurrentUser user, long applicationId) {
        Application a = management.load(applicationId);
        access.requireView(user, a);
        return store.findByApplicationIdOrderByIdAsc(applicationId);
    }

    /** The requests of a call, for the screening list. */
    List<SupplementRequest> ofCall(long callId) {
        return store.findByCallIdOrderByIdAsc(callId);
    }

    /** The request the company may still answer (open and not overdue), if any. */
    Optional<SupplementRequest> open(long applicationId, Instant now) {
        return latest(applicationId).filter(r -> r.acceptsAnswer(now));
    }

    private Optional<SupplementRequest> latest(long applicationId) {
        List<SupplementRequest> all = store.findByApplicationIdOrderByIdAsc(applicationId);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }
}
