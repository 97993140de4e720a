package kr.jiwon.projects;

import java.time.Clock;
import java.time.LocalDate;
import kr.jiwon.audit.AuditLog;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.CurrentUser;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.SeoulTime;
import kr.jiwon.shared.Violations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 협약 해약: an officer ends a running project's agreement as of a date that has come (the company's written request to
 * stop, its bankruptcy, a breach, a failed check), with the ground and an account of it. The settlement starts at
 * once; what was spent after the date is not recognised (each such entry is marked, with the reason); payments and
 * spending stop, and open 협약변경 requests are closed as not approved; the company and the participating institutes are told, and other modules hear
 * {@link ProjectTerminated} (reports after the date are no longer owed, integrating systems get a webhook).
 */
@Service
@Transactional
public class Terminations {

    private final Projects projects;
    private final ProjectAccess access;
    private final Spendings spending;
    private final AgreementChanges changes;
    private final ProjectNotices notices;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Terminations(Projects projects, ProjectAccess access, Spendings spending, AgreementChanges changes,
            ProjectNotices notices, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.projects = projects;
        this.access = access;
        this.spending = spending;
        this.changes = changes;
        this.notices = notices;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** What the officer entered; {@code confirmed} is the page's "this cannot be undone" box (the API sends true). */
    public record Request(Termination.Kind kind, LocalDate terminatedOn, String reason, boolean confirmed) {
    }

    public Project terminate(CurrentUser user, long id, Request r, Actor actor) {
        Project p = access.lockedForOffice(user, id);
        LocalDate today = SeoulTime.today(clock);
        Violations v = new Violations();
        v.check(r.kind() != null, "terminationKind", "field.required");
        v.check(r.terminatedOn() != null, "terminatedOn", "field.required");
        v.check(r.terminatedOn() == null || !r.terminatedOn().isAfter(today), "terminatedOn",
                "project.terminationNotYet", SeoulTime.notice(today));
        v.check(r.reason() != null && !r.reason().isBlank(), "terminationReason", "field.required");
        v.check(r.reason() == null || r.reason().strip().length() <= 1000, "terminationReason", "field.tooLong", 1000);
        v.check(r.confirmed(), "terminateConfirmed", "project.terminationConfirm");
        if (!v.isEmpty()) {
            throw new InvalidInputException(v.list());
        }
        Termination t = new Termination(r.terminatedOn(), r.kind(), r.reason().strip());
        p.terminate(t, user.username(), clock.instant());
        Project saved = projects.save(p);
        String after = SeoulTime.notice(t.on());
        int late = 0;
        for (Spending s : spending.findByProjectIdOrderBySpentOnAscIdAsc(id)) {
            if (s.spentOn().isAfter(t.on()) && !s.disallowed()) {
                s.disallow(notices.text("project.terminationLateSpending", after));
                spending.save(s);
                late++;
            }
        }
        for (AgreementChange c : changes.findByProjectIdOrderByRequestedAtDesc(id)) {
            if (c.status() == AgreementChange.Status.REQUESTED) { // nothing is left to change
                c.decide(false, notices.text("change.closedByTermination"), user.username(), clock.instant());
                changes.save(c);
            }
        }
        audit.recordChange(actor, "PROJECT_TERMINATED", "PROJECT", id, t.kind() + " " + t.on() + " " + t.reason()
                + (late == 0 ? "" : " (" + late + " spending after the date not recognised)"));
        String ground = notices.text(t.kind().messageKey());
        notices.toCompany(saved, "terminated", after, ground, t.reason());
        notices.toInstitutes(saved, "terminated", after, ground);
        events.publishEvent(new ProjectTerminated(saved.id(), saved.number(), saved.callId(), saved.applicationId(),
                saved.companyId(), t.on(), t.kind()));
        return saved;
    }
}
