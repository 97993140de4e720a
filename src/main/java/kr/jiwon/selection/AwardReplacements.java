package kr.jiwon.selection;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
 * that was not selected (추가 선정): one whose score reached the round's minimum, whose request fits what the round
 * (and its track's budget) has left, whose company has no other award in the call or the program, that keeps the
 * round's 인구감소지역 share (or raises it) and whose institutes have room — the rules the optimiser held when the
 * round was confirmed. Besides the next in rank, the optimiser proposes the best completion of the round: the
 * applications that, added to the awards held, give the highest total score under those rules (two smaller requests
 * may together outscore the next in rank). The decision is recorded in the round's history with its reason, the
 * company is told, and the project follows as for the first awards ({@link SelectionFinalized}).
 */
@Service
@Transactional(readOnly = true)
public class AwardReplacements {

    /**
     * An application not selected, as a candidate for an award given up, best score first: whether its score reached
     * the round's minimum, whether its request fits what the round (and its track's budget, if the track has one)
     * has left, whether its company is free of another award in the call or the program (one project per company,
     * as the optimiser held), whether selecting it keeps the 인구감소지역 share (an application from such an area
     * always does), whether the institutes it named have room left, and whether the optimiser's proposal has it.
     */
    public record Candidate(long applicationId, String receiptNumber, String title, String companyName, Double score,
            Won requested, boolean reachesMinScore, boolean fits, boolean companyFree, boolean keepsShare,
            boolean institutesFree, boolean proposed) {

        public boolean eligible() {
            return reachesMinScore && fits && companyFree && keepsShare && institutesFree;
        }
    }

    /**
     * The optimiser's completion of the round: the applications to add (best score first), what they cost and
     * score, and whether the optimum is proven. {@code found} is false when no addition can keep the round's rules
     * with the awards held (their 인구감소지역 share already broken and nothing that would mend it).
     */
    public record Proposal(List<Long> applicationIds, Won amount, double score, boolean optimal, boolean found) {
    }

    /**
     * Where the round stands: its budget, what it funds now, what is left, the awards given up, the 인구감소지역 share
     * it must keep (0 if none) and the share the awards held have now, the candidates and the optimiser's proposal
     * (none when nothing is left to decide).
     */
    public record Standing(long callId, Won budget, Won funded, Won left, Double minScore, int givenUp,
            double declineShare, double declineShareNow, List<Candidate> candidates, Proposal proposal) {

        /** The first candidate that may be selected: the next in rank. */
        public Long next() {
            return candidates.stream().filter(Candidate::eligible).map(Candidate::applicationId).findFirst()
                    .orElse(null);
        }
    }

    private final SelectionResults results;
    private final SelectionRounds rounds;
    private final CallSelection selection;
    private final ApplicationManagement applications;
    private final CallManagement calls;
    private final kr.jiwon.companies.CompanyManagement companies;
    private final Notifications notifications;
    private final MessageSource messages;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    AwardReplacements(SelectionResults results, SelectionRounds rounds, CallSelection selection,
            ApplicationManagement applications, CallManagement calls, kr.jiwon.companies.CompanyManagement companies,
            Notifications notifications, MessageSource messages, AuditLog audit, Clock clock,
            ApplicationEventPublisher events) {
        this.results = results;
        this.rounds = rounds;
        this.selection = selection;
        this.applications = applications;
        this.calls = calls;
        this.companies = companies;
        this.notifications = notifications;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /**
     * The round's standing for replacing awards given up, with the optimiser's proposal; empty candidates before any
     * result is confirmed.
     */
    public Standing standing(long callId) {
        return standing(callId, true);
    }

    private Standing standing(long callId, boolean propose) {
        ConfirmedResult result = confirmed(callId);
        long left = result.budget().amount() - result.fundedNow().amount();
        List<Application> handedIn = applications.handedIn(callId);
        int givenUp = (int) handedIn.stream().filter(a -> a.status() == ApplicationStatus.GAVE_UP).count();
        Map<Long, Decision> latest = new HashMap<>();
        result.decisions().forEach(d -> latest.put(d.applicationId(), d));
        Call call = calls.call(callId);
        SelectionInstance round = selection.standing(call, result, handedIn, latest);
        Map<String, SelectionInstance.Candidate> inRound = new HashMap<>();
        round.applications().forEach(c -> inRound.put(c.id(), c));
        Set<Long> fundedElsewhere = selection.companiesFundedElsewhere(call);
        Set<Long> awardedCompanies = new HashSet<>();
        Map<String, Long> fundedByTrack = new HashMap<>();
        handedIn.stream().filter(a -> a.status() == ApplicationStatus.SELECTED).forEach(a -> {
            awardedCompanies.add(a.companyId());
            Decision d = latest.get(a.id());
            fundedByTrack.merge(String.valueOf(a.trackCode()),
                    d == null || d.amount() == null ? 0 : d.amount().amount(),
                    Long::sum);
        });
        // what the awards held take: money in and out of 인구감소지역, and each institute's projects
        long heldTotal = 0;
        long heldTagged = 0;
        Map<String, Integer> load = new HashMap<>();
        for (SelectionInstance.Candidate k : round.applications()) {
            if (k.kept()) {
                heldTotal += k.amount();
                heldTagged += k.tags().contains(CallSelection.DECLINE_AREA) ? k.amount() : 0;
                k.institutes().forEach(i -> load.merge(i, 1, Integer::sum));
            }
        }
        Map<String, Integer> capacity = new HashMap<>();
        round.institutes().forEach(r -> capacity.put(r.id(), r.capacity()));
        double share = round.minShares().isEmpty() ? 0 : round.minShares().get(0).share();
        long shareScaled = Math.round(share * SelectionOptimizer.SHARE_SCALE);
        Proposal proposal = propose ? propose(round, inRound) : null;
        Set<Long> proposed = proposal == null ? Set.of() : Set.copyOf(proposal.applicationIds());
        long total = heldTotal;
        long tagged = heldTagged;
        List<Candidate> candidates = handedIn.stream().filter(a -> a.status() == ApplicationStatus.NOT_SELECTED)
                .map(a -> {
                    Double score = latest.containsKey(a.id()) ? latest.get(a.id()).score() : null;
                    long requested = a.requestedAmount() == null ? 0 : a.requestedAmount().amount();
                    boolean reaches = score != null && (result.minScore() == null || score >= result.minScore());
                    long trackLeft = call.track(a.trackCode()).map(t -> t.budget() == null
                            ? Long.MAX_VALUE
                            : t.budget().amount() - fundedByTrack.getOrDefault(t.code(), 0L)).orElse(Long.MAX_VALUE);
                    boolean fits = requested > 0 && requested <= left && requested <= trackLeft;
                    boolean companyFree = !awardedCompanies.contains(a.companyId())
                            && !fundedElsewhere.contains(a.companyId());
                    SelectionInstance.Candidate c = inRound.get(String.valueOf(a.id()));
                    boolean decline = c != null && c.tags().contains(CallSelection.DECLINE_AREA);
                    boolean keepsShare = shareScaled == 0 || decline
                            || tagged * SelectionOptimizer.SHARE_SCALE >= shareScaled * (total + requested);
                    // outside the round's instance with every other rule met, only its institutes can be why: the
                    // institutes its track needs have not accepted
                    boolean institutesFree = c == null
                            ? !(reaches && requested > 0 && companyFree)
                            : c.institutes().stream().allMatch(
                                    i -> load.getOrDefault(i, 0) < capacity.getOrDefault(i, Integer.MAX_VALUE));
                    return new Candidate(a.id(), a.receiptNumber(), a.title(),
                            companies.company(a.companyId()).name(), score, Won.of(requested), reaches, fits,
                            companyFree, keepsShare, institutesFree, proposed.contains(a.id()));
                })
                .sorted(Comparator.comparing((Candidate c) -> c.score() == null ? Double.NEGATIVE_INFINITY : c.score())
                        .reversed().thenComparing(Candidate::receiptNumber))
                .toList();
        return new Standing(callId, result.budget(), result.fundedNow(), Won.of(Math.max(0, left)),
                result.minScore(), givenUp, share, heldTotal == 0 ? 0 : (double) heldTagged / heldTotal, candidates,
                proposal);
    }

    /** The optimiser's best completion of the round; none when there is nothing to add to it. */
    private Proposal propose(SelectionInstance round, Map<String, SelectionInstance.Candidate> byId) {
        if (round.applications().stream().allMatch(SelectionInstance.Candidate::kept)) {
            return null;
        }
        SelectionResult r = selection.solve(round);
        boolean found = r.optimal() || !r.selected().isEmpty();
        List<SelectionInstance.Candidate> added = r.selected().stream().map(byId::get).filter(c -> !c.kept())
                .sorted(Comparator.comparingDouble(SelectionInstance.Candidate::score).reversed()).toList();
        return new Proposal(added.stream().map(c -> Long.valueOf(c.id())).toList(),
                Won.of(added.stream().mapToLong(SelectionInstance.Candidate::amount).sum()),
                Math.round(added.stream().mapToDouble(SelectionInstance.Candidate::score).sum() * 100) / 100.0,
                r.optimal(), found);
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
        Standing standing = standing(callId, false);
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
        if (!c.keepsShare()) {
            throw InvalidInputException.of("applicationId", "selection.replaceBreaksShare", c.receiptNumber(),
                    Math.round(standing.declineShare() * 100));
        }
        if (!c.institutesFree()) {
            throw InvalidInputException.of("applicationId", "selection.replaceInstitutesFull", c.receiptNumber());
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
