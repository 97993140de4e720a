package kr.jiwon.selection;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import kr.jiwon.applications.Application;
import kr.jiwon.applications.ApplicationManagement;
import kr.jiwon.applications.ApplicationStatus;
import kr.jiwon.audit.AuditLog;
import kr.jiwon.notifications.Notifications;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.CurrentUser;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.NotFoundException;
import kr.jiwon.shared.Role;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Objections (이의신청): a company objects to its decision within the call's period; an officer answers; an upheld
 * objection reopens the decision for that application (it is ELIGIBLE again and decided anew). All audited.
 */
@Service
@Transactional(readOnly = true)
public class Objections {

    private final ObjectionStore store;
    private final SelectionResults results;
    private final ApplicationManagement applications;
    private final Notifications notifications;
    private final MessageSource messages;
    private final AuditLog audit;
    private final kr.jiwon.programs.CallManagement calls;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    Objections(ObjectionStore store, SelectionResults results, ApplicationManagement applications,
            Notifications notifications, MessageSource messages, AuditLog audit,
            kr.jiwon.programs.CallManagement calls, Clock clock,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.calls = calls;
        this.store = store;
        this.results = results;
        this.applications = applications;
        this.notifications = notifications;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /** The company's objection to its application's decision (view access is checked, then the rules). */
    @Transactional
    public Objection lodge(CurrentUser user, long applicationId, String text, Actor actor) {
        Application a = applications.view(user, applicationId, actor);
        if (user.role() != Role.APPLICANT) {
            throw new org.springframework.security.access.AccessDeniedException("only the company may object");
        }
        ConfirmedResult r = results.result(a.callId()).orElseThrow(() -> InvalidInputException.of("text",
                "objection.noResult"));
        if (a.status() != ApplicationStatus.SELECTED && a.status() != ApplicationStatus.NOT_SELECTED) {
            throw InvalidInputException.of("text", "objection.noResult");
        }
        if (clock.instant().isAfter(r.objectionUntil())
                || calls.call(a.callId()).status() != kr.jiwon.programs.CallStatus.ANNOUNCED) {
            throw InvalidInputException.of("text", "objection.periodOver");
        }
        if (store.findByApplicationIdOrderByIdAsc(applicationId).stream()
                .anyMatch(o -> o.status() == Objection.Status.OPEN)) {
            throw InvalidInputException.of("text", "objection.alreadyOpen");
        }
        Objection saved = store.save(Objection.lodge(a.callId(), applicationId, a.companyId(), text,
                user.username(), clock.instant()));
        audit.recordChange(actor, "OBJECTION_LODGE", "APPLICATION", applicationId, "objection " + saved.id());
        // the officers answer objections: they learn of each one as it is filed, with the date it is due by
        notifications.toOfficers(kr.jiwon.notifications.NotificationKind.OBJECTION,
                messages.getMessage("notify.objectionFiled.subject", new Object[]{a.receiptNumber(), a.title()},
                        Locale.KOREAN),
                messages.getMessage("notify.objectionFiled.body", new Object[]{a.receiptNumber(), a.title(),
                        calls.call(a.callId()).title(), kr.jiwon.shared.SeoulTime.notice(r.objectionUntil())},
                        Locale.KOREAN),
                "/office/calls/" + a.callId() + "/selection#objections");
        return saved;
    }

    /** Officer: answers an objection; upholding it reopens the application's decision. */
    @Transactional
    public Objection answer(long objectionId, boolean upheld, String answer, Actor actor) {
        Objection o = objection(objectionId);
        calls.requireAnnounced(o.callId());
        o.answer(upheld, answer, actor.username(), clock.instant());
        Objection saved = store.save(o);
        Application a = upheld
                ? applications.reopenDecision(o.applicationId(), answer.strip(), actor)
                : applications.forMatching(o.applicationId());
        String subject = messages.getMessage("notify.objection.subject", new Object[]{a.title()}, Locale.KOREAN);
        String body = messages.getMessage(upheld ? "notify.objection.upheld" : "notify.objection.rejected",
                new Object[]{a.title(), answer.strip()}, Locale.KOREAN);
        notifications.toCompany(kr.jiwon.notifications.NotificationKind.OBJECTION, a.companyId(), a.contactEmail(),
                subject, body,
                "/my/applications/" + a.id() + "/result");
        audit.recordChange(actor, upheld ? "OBJECTION_UPHELD" : "OBJECTION_REJECTED", "APPLICATION",
                o.applicationId(), "objection " + objectionId + ": " + answer.strip());
        events.publishEvent(new ObjectionDecided(objectionId, o.callId(), o.applicationId(), upheld));
        return saved;
    }

    public List<Objection> ofCall(long callId) {
        return store.findByCallIdOrderByIdAsc(callId);
    }

    public List<Objection> ofApplication(long applicationId) {
        return store.findByApplicationIdOrderByIdAsc(applicationId);
    }

    public Objection objection(long id) {
        return store.findById(id).orElseThrow(() -> new NotFoundException("objection.notFound", id));
    }
}
