package kr.jiwon.projects;

import java.time.Clock;
import java.time.Instant;
import kr.jiwon.audit.AuditLog;
import kr.jiwon.programs.CallManagement;
import kr.jiwon.programs.Track;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.CurrentUser;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.Violations;
import kr.jiwon.shared.Won;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 협약변경: the company requests a change with its reason; notices (참여인력, 기타) are recorded as filed; transfers,
 * extensions and prior approvals wait for the officer. An approved transfer or extension changes the project and
 * makes a new version of the agreement; the company is told of every decision.
 */
@Service
@Transactional
public class AgreementChangeDesk {

    private final Projects projects;
    private final ProjectAccess access;
    private final AgreementChanges changes;
    private final Spendings spending;
    private final Agreements agreements;
    private final CallManagement calls;
    private final ProjectNotices notices;
    private final AuditLog audit;
    private final Clock clock;

    AgreementChangeDesk(Projects projects, ProjectAccess access, AgreementChanges changes, Spendings spending,
            Agreements agreements, CallManagement calls, ProjectNotices notices, AuditLog audit, Clock clock) {
        this.projects = projects;
        this.access = access;
        this.changes = changes;
        this.spending = spending;
        this.agreements = agreements;
        this.calls = calls;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    public AgreementChange request(CurrentUser user, long id, ChangeRequest r, Actor actor) {
        Project p = access.ofCompany(user, id);
        validate(p, r);
        AgreementChange saved = changes.save(AgreementChange.request(id, r, user.username(), clock.instant()));
        audit.recordChange(actor, "AGREEMENT_CHANGE_REQUEST", "PROJECT", id, r.kind() + ": " + r.reason());
        return saved;
    }

    public AgreementChange decide(CurrentUser user, long id, long changeId, boolean approve, String answer,
            Actor actor) {
        Project p = access.lockedForOffice(user, id);
        AgreementChange c = changes.findById(changeId).filter(x -> x.projectId() == id)
                .orElseThrow(() -> InvalidInputException.of("change", "change.notOpen"));
        if (approve && p.status() != ProjectStatus.IN_PROGRESS) {
            throw InvalidInputException.of("change", "project.notInProgress");
        }
        Instant now = clock.instant();
        c.decide(approve, answer, user.username(), now);
        if (approve && c.kind() == AgreementChange.Kind.BUDGET_TRANSFER) {
            validate(p, new ChangeRequest(c.kind(), c.reason(), c.fromCategory(), c.toCategory(), c.amount(), null));
            p.transfer(c.fromCategory(), c.toCategory(), c.amount(), user.username(), now);
        } else if (approve && c.kind() == AgreementChange.Kind.PERIOD_EXTENSION) {
            p.extendTo(c.newEnd(), user.username(), now);
        }
        AgreementChange saved = changes.save(c);
        Project project = projects.save(p);
        if (approve && (c.kind() == AgreementChange.Kind.BUDGET_TRANSFER
                || c.kind() == AgreementChange.Kind.PERIOD_EXTENSION)) {
            agreements.amend(project, c.reason(), user, actor);
        }
        audit.recordChange(actor, approve ? "AGREEMENT_CHANGE_APPROVE" : "AGREEMENT_CHANGE_REJECT", "PROJECT", id,
                c.kind() + " #" + changeId);
        notices.toCompany(project, approve ? "changeApproved" : "changeRejected", answer == null ? "" : answer);
        return saved;
    }

    private void validate(Project p, ChangeRequest r) {
        Violations v = new Violations();
        v.check(r.kind() != null, "kind", "field.required");
        v.check(r.reason() != null && !r.reason().isBlank(), "reason", "field.required");
        v.check(r.reason() == null || r.reason().length() <= 2000, "reason", "field.tooLong", 2000);
        v.check(p.status() == ProjectStatus.IN_PROGRESS, "kind", "project.notInProgress");
        if (!v.isEmpty()) {
            throw new InvalidInputException(v.list());
        }
        var categories = p.budget().categories().keySet();
        switch (r.kind()) {
            case BUDGET_TRANSFER -> {
                v.check(categories.contains(r.fromCategory()), "fromCategory", "policy.CATEGORY_IN_BUDGET",
                        String.join(", ", categories));
                v.check(categories.contains(r.toCategory()) && !r.toCategory().equals(r.fromCategory()),
                        "toCategory", "change.toCategory");
                v.check(r.amount() != null && r.amount().amount() > 0, "amount", "project.amountPositive");
                if (v.isEmpty()) {
                    Won unspent = p.budget().of(r.fromCategory()).minus(spentIn(p, r.fromCategory()));
                    v.check(!r.amount().exceeds(unspent), "amount", "change.transferAboveUnspent",
                            unspent.korean());
                }
            }
            case PERIOD_EXTENSION -> {
                int max = calls.call(p.callId()).track(p.trackCode()).map(Track::maxMonths).orElse(12);
                v.check(r.newEnd() != null && r.newEnd().isAfter(p.endsOn()), "newEnd", "change.newEndAfter");
                v.check(r.newEnd() == null || !r.newEnd().isAfter(p.startsOn().plusMonths(max).minusDays(1)),
                        "newEnd", "change.newEndWithinTrack", max);
            }
            case PRIOR_APPROVAL -> {
                v.check(categories.contains(r.fromCategory()), "fromCategory", "policy.CATEGORY_IN_BUDGET",
                        String.join(", ", categories));
                v.check(r.amount() != null && r.amount().amount() > 0, "amount", "project.amountPositive");
            }
            default -> {
            }
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v.list());
        }
    }

    private Won spentIn(Project p, String category) {
        return Spending.recognisedIn(spending.findByProjectIdOrderBySpentOnAscIdAsc(p.id()), category);
    }
}
