package kr.jiwon.selection;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import kr.jiwon.applications.Application;
import kr.jiwon.applications.ApplicationManagement;
import kr.jiwon.applications.ApplicationStatus;
import kr.jiwon.audit.AuditLog;
import kr.jiwon.notifications.NotificationKind;
import kr.jiwon.notifications.Notifications;
import kr.jiwon.programs.Call;
import kr.jiwon.programs.CallManagement;
import kr.jiwon.programs.CallStatus;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.Won;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When a selected company gives its award up before the agreement is signed (선정 포기 — it cannot raise its share,
 * its plans changed), the award's money returns to the round, and the officer may select in its place an application
 * that was not selected (추가 선정, usually the next in rank): one whose score reached the round's minimum, whose
 * request fits what the round (and its track's budget) has left, and whose company has no other award in the call.
 * The 인구감소지역 share the optimiser held is not re-checked. The decision is recorded in the round's history with its reason, the company
 * is told, and the project follows as for the first awards ({@link SelectionFinalized}).
 */
@Service
@Transactional(readOnly = true)
public class AwardReplacements {

    /**
     * An application not selected, as a candidate for an award given up, best score first: whether its score reached
     * the round's minimum, whether its request fits what the round (and its track's budget, if the track has one)
     * has left, and whether its company is free of another award in the call (one project per company, as the
     * optimiser held).
     */
    public record Candidate(long applicationId, String receiptNumber, String title, String companyName, Double score,
            Won requested, boolean reachesMinScore, boolean fits, boolean companyFree) {

        public boolean eligible() {
            return reachesMinScore && fits && companyFree;
        }
    }

    /** Where the round stands: its budget, what it funds now, what is left, the awards given up, the candidates. */
    public record Standing(long callId, Won budget, Won funded, Won left, Double minScore, int givenUp,
            List<Candidate> candidates) {

        /** The first candidate that may be selected: the next in rank. */
        public Long next() {
            return candidates.stream().filter(Candidate::eligible).map(Candidate::applicationId).findFirst()
                    .orElse(null);
        }
    }

    private final SelectionResults results;
    private final SelectionRounds rounds;
    private final ApplicationManagement applications;
    private final CallManagement calls;
    private final kr.jiwon.companies.CompanyManagement companies;
    private final Notifications notifications;
    private final MessageSource messages;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    AwardReplacements(SelectionResults results, SelectionRounds rounds, ApplicationManagement applications,
            CallManagement calls, kr.jiwon.companies.CompanyManagement companies, Notifications notifications,
            MessageSource messages, AuditLog audit, Clock clock, ApplicationEventPublisher events) {
        this.results = results;
        this.rounds = rounds;
        this.applications = applications;
        this.calls = calls;
        this.companies = companies;
        this.notifications = notifications;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /** The round's standing for replacing awards given up; empty candidates before any result is confirmed. */
    public Standing standing(long callId) {
        ConfirmedResult result = confirmed(callId);
        long left = result.budget().amount() - result.fundedNow().amount();
        List<Application> handedIn = applications.handedIn(callId);
        int givenUp = (int) handedIn.stream().filter(a -> a.status() == ApplicationStatus.GAVE_UP).count();
        java.util.Map<Long, Decision> latest = new java.util.HashMap<>();
        result.decisions().forEach(d -> latest.put(d.applicationId(), d));
        java.util.Set<Long> awardedCompanies = new java.util.HashSet<>();
        java.util.Map<String, Long> fundedByTrack = new java.util.HashMap<>();
        handedIn.stream().filter(a -> a.status() == ApplicationStatus.SELECTED).forEach(a -> {
            awardedCompanies.add(a.companyId());
            Decision d = latest.get(a.id());
            fundedByTrack.merge(String.valueOf(a.trackCode()),
                    d == null || d.amount() == null ? 0 : d.amount().amount(),
                    Long::sum);
        });
        Call call = calls.call(callId);
        List<Candidate> candidates = handedIn.stream().filter(a -> a.status() == ApplicationStatus.NOT_SELECTED)
                .map(a -> {
                    Double score = latest.containsKey(a.id()) ? latest.get(a.id()).score() : null;
                    long requested = a.requestedAmount() == null ? 0 : a.requestedAmount().amount();
                    boolean reaches = result.minScore() == null || score != null && score >= result.minScore();
                    long trackLeft = call.track(a.trackCode()).map(t -> t.budget() == null
                            ? Long.MAX_VALUE
                            : t.budget().amount() - fundedByTrack.getOrDefault(t.code(), 0L)).orElse(Long.MAX_VALUE);
                    return new Candidate(a.id(), a.receiptNumber(), a.title(),
                            companies.company(a.companyId()).name(), score, Won.of(requested), reaches,
                            requested > 0 && requested <= left && requested <= trackLeft,
                            !awardedCompanies.contains(a.companyId()));
                })
                .sorted(Comparator.comparing((Candidate c) -> c.score() == null ? Double.NEGATIVE_INFINITY : c.score())
                        .reversed().thenComparing(Candidate::receiptNumber))
                .toList();
        return new Standing(callId, result.budget(), result.fundedNow(), Won.of(Math.max(0, left)),
                result.minScore(), givenUp, candidates);
    }

    /**
     * The selected company gives its award up (선정 포기) — before its agreement is signed; the projects module
     * guards that. Recorded as a decision of the round with the reason; officers are told that the money is free.
     */
    @Transactional
    public Decision giveUp(long applicationId, String reason, Actor actor) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "review.reasonRequired");
        }
        Application a = applications.forMatching(applicationId);
        Decision last = results.decisionOf(applicationId).filter(d -> d.selected()
                && a.status() == ApplicationStatus.SELECTED)
                .orElseThrow(() -> InvalidInputException.of("reason", "selection.giveUpNotSelected"));
        Instant now = clock.instant();
        rounds.addDecision(a.callId(), applicationId, false, last.score(), last.amount(), "selection.reason.gaveUp",
                new Object[]{reason.strip()}, actor.username(), now);
        applications.giveUp(applicationId, reason.strip(), actor);
        audit.recordChange(actor, "SELECTION_GAVE_UP", "APPLICATION", applicationId,
                (last.amount() == null ? 0 : last.amount().amount()) + ": " + reason.strip());
        Call call = calls.call(a.callId());
        Object[] args = {call.title(), a.receiptNumber(), last.amount() == null ? Won.ZERO : last.amount(),
                reason.strip()};
        notifications.toOfficers(NotificationKind.GENERAL, text("notify.gaveUp.subject", args),
                text("notify.gaveUp.body", args), "/office/calls/" + a.callId() + "/selection#replace");
        events.publishEvent(new AwardGivenUp(a.callId(), applicationId,
                last.amount() == null ? 0 : last.amount().amount()));
        return results.decisionOf(applicationId).orElseThrow();
    }

    /**
     * Officer, once the results are final: selects an application not selected in the place of awards given up (추가
     * 선정), funding its request. Refused unless its score reached the round's minimum and its request fits what the
     * round has left; the reason (e.g. "차순위, 협약 포기 1건 대체") is recorded with the decision.
     */
    @Transactional
    public Decision selectInPlace(long callId, long applicationId, String reason, Actor actor) {
        Call call = calls.call(callId);
        if (call.status() != CallStatus.FINALIZED) {
            throw InvalidInputException.of("applicationId", "selection.replaceNotFinal");
        }
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "review.reasonRequired");
        }
        rounds.lock(callId);
        Standing standing = standing(callId);
        Candidate c = standing.candidates().stream().filter(x -> x.applicationId() == applicationId).findFirst()
                .orElseThrow(() -> InvalidInputException.of("applicationId", "selection.replaceNotCandidate"));
        if (!c.reachesMinScore()) {
            throw InvalidInputException.of("applicationId", "selection.replaceBelowMinScore", c.receiptNumber(),
                    standing.minScore());
        }
        if (!c.companyFree()) {
            throw InvalidInputException.of("applicationId", "selection.replaceCompanyAwarded", c.receiptNumber());
        }
        if (!c.fits()) {
            throw InvalidInputException.of("applicationId", "selection.replaceOverBudget", c.receiptNumber(),
                    c.requested(), standing.left());
        }
        Instant now = clock.instant();
        rounds.addDecision(callId, applicationId, true, c.score(), c.requested(), "selection.reason.inPlace",
                new Object[]{reason.strip()}, actor.username(), now);
        applications.selectAdditionally(applicationId, reason.strip(), actor);
        audit.recordChange(actor, "SELECTION_IN_PLACE", "APPLICATION", applicationId,
                c.requested().amount() + ": " + reason.strip());
        Application a = applications.forMatching(applicationId);
        notifications.toCompany(NotificationKind.RESULT, a.companyId(), a.contactEmail(),
                text("notify.inPlace.subject", new Object[]{call.title()}),
                text("notify.inPlace.body", new Object[]{a.title(), a.receiptNumber(), c.requested()}),
                "/my/applications/" + a.id() + "/result");
        events.publishEvent(new SelectionFinalized(callId, List.of(new SelectionFinalized.Award(applicationId,
                c.requested()))));
        return results.decisionOf(applicationId).orElseThrow();
    }

    private ConfirmedResult confirmed(long callId) {
        return results.result(callId).orElseThrow(() -> InvalidInputException.of("result",
                "selection.notConfirmed"));
    }

    private String text(String key, Object[] args) {
        return messages.getMessage(key, args, key, Locale.KOREAN);
    }
}
