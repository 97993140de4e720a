package kr.jiwon.selection;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import kr.jiwon.applications.Application;
import kr.jiwon.applications.ApplicationManagement;
import kr.jiwon.applications.ApplicationStatus;
import kr.jiwon.audit.AuditLog;
import kr.jiwon.notifications.Notifications;
import kr.jiwon.programs.Call;
import kr.jiwon.programs.CallManagement;
import kr.jiwon.review.ApplicationScore;
import kr.jiwon.review.ScoreAggregation;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.ApplicationId;
import kr.jiwon.shared.CallId;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.SeoulTime;
import kr.jiwon.shared.Won;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Confirming a call's selection: the result, one decision per application and the applications' new states
 * (SELECTED / NOT_SELECTED) are written in one transaction with the applicants' notifications; the result is
 * never changed afterwards. A decision reopened by an upheld objection is decided again as a new row.
 */
@Service
@Transactional(readOnly = true)
public class SelectionResults {

    private final CallSelection selection;
    private final CallManagement calls;
    private final ApplicationManagement applications;
    private final ScoreAggregation scores;
    private final kr.jiwon.companies.CompanyManagement companies;
    private final Notifications notifications;
    private final MessageSource messages;
    private final SelectionRounds rounds;
    private final AuditLog audit;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    SelectionResults(CallSelection selection, CallManagement calls, ApplicationManagement applications,
            ScoreAggregation scores, kr.jiwon.companies.CompanyManagement companies,
            Notifications notifications, MessageSource messages, SelectionRounds rounds, AuditLog audit,
            Clock clock, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.companies = companies;
        this.selection = selection;
        this.calls = calls;
        this.applications = applications;
        this.scores = scores;
        this.notifications = notifications;
        this.messages = messages;
        this.rounds = rounds;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Confirms the optimum for these parameters and announces it: only while the call is under review, with every
     * handed-in application screened and every eligible one fully scored (the call's stage guard).
     */
    @Transactional
    public ConfirmedResult confirm(CallId id, SelectionParameters p, Actor actor) {
        long callId = id.value();
        if (rounds.find(callId).isPresent()) {
            throw InvalidInputException.of("result", "selection.alreadyConfirmed");
        }
        calls.announceSelection(callId, applications.awaitingScreening(callId), unscored(callId));
        SelectionComparison c = selection.compare(callId, p);
        if (c.rows().isEmpty()) {
            throw InvalidInputException.of("result", "selection.nothingToSelect");
        }
        Instant now = clock.instant();
        Instant until = now.plus(Duration.ofDays(p.objectionDays()));
        rounds.insert(callId, p, c, now, until, actor.username());
        Call call = calls.call(callId);
        for (SelectionRow r : c.rows()) {
            rounds.addDecision(callId, r.applicationId(), r.selected(), r.score(), r.amount(), r.reasonKey(),
                    r.reasonArgs(), actor.username(), now);
            Application a = applications.decide(r.applicationId(), r.selected(), text(r.reasonKey(), r.reasonArgs()),
                    actor);
            notifyCompany(call, a, r.selected(), text(r.reasonKey(), r.reasonArgs()), until);
        }
        audit.recordChange(actor, "SELECTION_CONFIRM", "CALL", callId, c.fundedCount() + " selected, "
                + c.fundedAmount() + " won; " + p.describe());
        events.publishEvent(new ResultsConfirmed(callId, (int) c.rows().stream().filter(SelectionRow::selected)
                .count(), (int) c.rows().stream().filter(r -> !r.selected()).count(), until));
        return result(callId).orElseThrow();
    }

    /** Whether the selection can be confirmed now, and what is still missing if not. */
    public record Readiness(kr.jiwon.programs.CallPhase phase, long unscreened, long unscored) {

        public boolean canConfirm() {
            return phase == kr.jiwon.programs.CallPhase.UNDER_REVIEW && unscreened == 0 && unscored == 0;
        }
    }

    public Readiness readiness(CallId call) {
        long callId = call.value();
        return new Readiness(calls.call(callId).phase(clock.instant()), applications.awaitingScreening(callId),
                unscored(callId));
    }

    /** Eligible applications of the call without a complete score. */
    private long unscored(long callId) {
        Map<Long, ApplicationScore> scored = scores.scores(callId);
        return applications.handedIn(callId).stream().filter(a -> a.status() == ApplicationStatus.ELIGIBLE)
                .filter(a -> scored.get(a.id()) == null || !scored.get(a.id()).complete()).count();
    }

    /**
     * Decides again an application whose decision an upheld objection reopened, optionally with a reduced amount
     * (감액; default: the amount requested). Funding it must fit the round's budget; otherwise the officer must give
     * a new budget, which is recorded with the reason and audited.
     */
    @Transactional
    public Decision redecide(CallId call, ApplicationId application, boolean selected, Won amount, Won newBudget,
            String reason, Actor actor) {
        long callId = call.value();
        long applicationId = application.value();
        rounds.lock(callId); // the budget check below sees what a concurrent decision funded
        ConfirmedResult result = result(callId).orElseThrow(() -> InvalidInputException.of("result",
                "selection.notConfirmed"));
        calls.requireAnnounced(callId);
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "review.reasonRequired");
        }
        Application a = applications.forMatching(applicationId);
        if (a.callId() != callId || a.status() != ApplicationStatus.ELIGIBLE) {
            throw InvalidInputException.of("status", "selection.notReopened");
        }
        Decision last = result.decisions().stream().filter(d -> d.applicationId() == applicationId).findFirst()
                .orElseThrow(() -> InvalidInputException.of("status", "selection.notReopened"));
        long requested = a.requestedAmount() == null ? 0 : a.requestedAmount().amount();
        long funded = !selected ? 0 : amount == null ? requested : amount.amount();
        if (selected && (funded <= 0 || funded > requested)) {
            throw InvalidInputException.of("amount", "selection.reductionAboveRequest", Won.of(funded),
                    Won.of(requested));
        }
        Instant now = clock.instant();
        result.budgetChangeFor(applicationId, funded, newBudget).ifPresent(b -> {
            rounds.addBudgetChange(callId, result.budget(), b, reason.strip(), actor.username(), now);
            audit.recordChange(actor, "SELECTION_BUDGET_CHANGE", "CALL", callId, result.budget().amount() + " -> "
                    + b.amount() + ": " + reason.strip());
        });
        boolean reduced = selected && funded < requested;
        rounds.addDecision(callId, applicationId, selected, last.score(), Won.of(selected ? funded : requested),
                reduced ? "selection.reason.redecidedReduced" : "selection.reason.redecided",
                reduced ? new Object[]{reason.strip(), Won.of(funded)} : new Object[]{reason.strip()},
                actor.username(), now);
        applications.decide(applicationId, selected, reason.strip(), actor);
        notifyCompany(calls.call(callId), a, selected, reason.strip(), null);
        audit.recordChange(actor, "SELECTION_REDECIDE", "APPLICATION", applicationId,
                (selected ? "SELECTED " + funded + ": " : "NOT_SELECTED: ") + reason.strip());
        return decisionOf(applicationId).orElseThrow();
    }

    /**
     * Makes the results final (결과 확정) once the objection period is over, no objection is open and no reopened
     * decision awaits; the selected companies are told that their agreement (협약) follows.
     */
    @Transactional
    public ConfirmedResult finalizeResults(CallId id, Actor actor) {
        long callId = id.value();
        ConfirmedResult result = result(callId).orElseThrow(() -> InvalidInputException.of("result",
                "selection.notConfirmed"));
        long open = rounds.openObjections(callId);
        Call call = calls.finalizeResults(callId, result.objectionUntil(), open, reopened(callId).size());
        List<SelectionFinalized.Award> awards = new java.util.ArrayList<>();
        for (Decision d : result.decisions()) {
            if (d.selected()) {
                awards.add(new SelectionFinalized.Award(d.applicationId(), d.amount()));
                Application a = applications.forMatching(d.applicationId());
                notifications.toCompany(kr.jiwon.notifications.NotificationKind.RESULT, a.companyId(), a.contactEmail(),
                        text("notify.final.subject", new Object[]{call.title()}),
                        text("notify.final.selected", new Object[]{a.title(), a.receiptNumber(),
                                d.amount() == null ? Won.ZERO : d.amount()}),
                        "/my/applications/" + a.id() + "/result");
            }
        }
        audit.recordChange(actor, "SELECTION_FINAL", "CALL", callId, result.selectedCount() + " selected");
        events.publishEvent(new SelectionFinalized(callId, awards));
        return result(callId).orElseThrow();
    }

    /**
     * The confirmed round's selection model as the solver saw it (the instance, in the format of the select command,
     * which solves it again) and the solver's answer (selected, objective, bound, optimal), both JSON.
     */
    public Optional<SelectionModel> model(long callId) {
        return rounds.model(callId).map(m -> new SelectionModel(m[0], m[1]));
    }

    /** A confirmed round's selection instance and the solver's answer, as JSON. */
    public record SelectionModel(String instanceJson, String resultJson) {
    }

    public Optional<ConfirmedResult> result(long callId) {
        return rounds.find(callId);
    }

    /** A decision as the officer's page shows it: with the receipt number, company and requested amount. */
    public record DecisionRow(Decision decision, String receiptNumber, String title, String companyName,
            Won requested) {

        public boolean reduced() {
            return decision.selected() && decision.amount() != null && requested != null
                    && decision.amount().amount() < requested.amount();
        }
    }

    /** The current decisions of a confirmed call with what identifies each application. */
    public List<DecisionRow> decisionRows(ConfirmedResult result) {
        // the call's applications and their companies in two queries (were two per decision)
        Map<Long, Application> byId = new HashMap<>();
        applications.handedIn(result.callId()).forEach(a -> byId.put(a.id(), a));
        for (Decision d : result.decisions()) {
            byId.computeIfAbsent(d.applicationId(), applications::forMatching);
        }
        Map<Long, kr.jiwon.companies.Company> named = companies.companies(byId.values().stream()
                .map(Application::companyId).toList());
        return result.decisions().stream().map(d -> {
            Application a = byId.get(d.applicationId());
            return new DecisionRow(d, a.receiptNumber(), a.title(), named.get(a.companyId()).name(),
                    a.requestedAmount());
        }).toList();
    }

    /** The application's current decision (the latest row), if its call's result is confirmed. */
    public Optional<Decision> decisionOf(long applicationId) {
        return rounds.latestDecision(applicationId);
    }

    /** Every decision ever recorded for an application, oldest first (the history an auditor reads). */
    public List<Decision> history(long applicationId) {
        return rounds.history(applicationId);
    }

    private void notifyCompany(Call call, Application a, boolean selected, String reason, Instant objectionUntil) {
        String subject = text("notify.result.subject", new Object[]{call.title()});
        String body = text(selected ? "notify.result.selected" : "notify.result.notSelected",
                new Object[]{a.title(), a.receiptNumber(), reason})
                + (objectionUntil == null
                        ? ""
                        : "\n" + text("notify.result.objection",
                                new Object[]{SeoulTime.notice(objectionUntil)}));
        notifications.toCompany(kr.jiwon.notifications.NotificationKind.RESULT, a.companyId(), a.contactEmail(),
                subject, body,
                "/my/applications/" + a.id() + "/result");
    }

    String text(String key, Object[] args) {
        return messages.getMessage(key, args, key, Locale.KOREAN);
    }

    /** Applications of the call whose decision an upheld objection reopened and which await a new decision. */
    public java.util.Set<Long> reopened(long callId) {
        java.util.Set<Long> out = new java.util.HashSet<>();
        applications.handedIn(callId).stream().filter(a -> a.status() == ApplicationStatus.ELIGIBLE)
                .filter(a -> decisionOf(a.id()).isPresent()).forEach(a -> out.add(a.id()));
        return out;
    }

    /** The aggregated scores, for pages. */
    public Map<Long, ApplicationScore> scoresOf(long callId) {
        return scores.scores(callId);
    }
}
