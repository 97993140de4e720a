package kr.jiwon.selection;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import kr.jiwon.applications.Application;
import kr.jiwon.applications.ApplicationManagement;
import kr.jiwon.applications.ApplicationStatus;
import kr.jiwon.audit.Actor;
import kr.jiwon.audit.AuditLog;
import kr.jiwon.notifications.Notifications;
import kr.jiwon.programs.Call;
import kr.jiwon.programs.CallManagement;
import kr.jiwon.review.ApplicationScore;
import kr.jiwon.review.ScoreAggregation;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.SeoulTime;
import kr.jiwon.shared.Won;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
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
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    SelectionResults(CallSelection selection, CallManagement calls, ApplicationManagement applications,
                     ScoreAggregation scores, kr.jiwon.companies.CompanyManagement companies,
                     Notifications notifications, MessageSource messages, JdbcClient jdbc, AuditLog audit,
                     Clock clock) {
        this.companies = companies;
        this.selection = selection;
        this.calls = calls;
        this.applications = applications;
        this.scores = scores;
        this.notifications = notifications;
        this.messages = messages;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Confirms the optimum for these parameters and announces it: only while the call is under review, with every
     * handed-in application screened and every eligible one fully scored (the call's stage guard).
     */
    @Transactional
    public ConfirmedResult confirm(long callId, SelectionParameters p, Actor actor) {
        if (result(callId).isPresent()) {
            throw InvalidInputException.of("result", "selection.alreadyConfirmed");
        }
        calls.announceSelection(callId, applications.awaitingScreening(callId), unscored(callId));
        SelectionComparison c = selection.compare(callId, p);
        if (c.rows().isEmpty()) {
            throw InvalidInputException.of("result", "selection.nothingToSelect");
        }
        Instant now = clock.instant();
        Instant until = now.plus(Duration.ofDays(p.objectionDays()));
        jdbc.sql("insert into selection_result (call_id, confirmed_at, confirmed_by, parameters, objective, bound,"
                        + " optimal, funded_amount, objection_days, objection_until, budget, min_score, decline_share)"
                        + " values (?,?,?,?,?,?,?,?,?,?,?,?,?)")
                .params(callId, Timestamp.from(now), actor.username(), p.describe(), c.optimum().objective(),
                        Double.isNaN(c.optimum().bound()) ? c.optimum().objective() : c.optimum().bound(),
                        c.optimum().optimal(), c.fundedAmount(), p.objectionDays(), Timestamp.from(until),
                        p.budget(), p.minScore(), p.declineShare())
                .update();
        Call call = calls.call(callId);
        for (SelectionRow r : c.rows()) {
            record(callId, r.applicationId(), r.selected(), r.score(), r.amount(), r.reasonKey(), r.reasonArgs(),
                    actor, now);
            Application a = applications.decide(r.applicationId(), r.selected(), text(r.reasonKey(), r.reasonArgs()),
                    actor);
            notifyCompany(call, a, r.selected(), text(r.reasonKey(), r.reasonArgs()), until);
        }
        audit.recordChange(actor, "SELECTION_CONFIRM", "CALL", callId, c.fundedCount() + " selected, "
                + c.fundedAmount() + " won; " + p.describe());
        return result(callId).orElseThrow();
    }

    /** Whether the selection can be confirmed now, and what is still missing if not. */
    public record Readiness(kr.jiwon.programs.CallPhase phase, long unscreened, long unscored) {

        public boolean canConfirm() {
            return phase == kr.jiwon.programs.CallPhase.UNDER_REVIEW && unscreened == 0 && unscored == 0;
        }
    }

    public Readiness readiness(long callId) {
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
    public Decision redecide(long callId, long applicationId, boolean selected, Won amount, Won newBudget,
                             String reason, Actor actor) {
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
            throw InvalidInputException.of("amount", "selection.reductionAboveRequest", Won.of(funded).korean(),
                    Won.of(requested).korean());
        }
        long total = result.fundedIf(applicationId, funded);
        Instant now = clock.instant();
        if (total > result.budget()) {
            if (newBudget == null) {
                throw InvalidInputException.of("newBudget", "selection.overBudget", Won.of(total).korean(),
                        Won.of(result.budget()).korean(), Won.of(total - result.budget()).korean());
            }
            if (newBudget.amount() < total) {
                throw InvalidInputException.of("newBudget", "selection.newBudgetTooSmall",
                        newBudget.korean(), Won.of(total).korean());
            }
            jdbc.sql("insert into selection_budget_change (call_id, old_budget, new_budget, reason, changed_at,"
                            + " changed_by) values (?,?,?,?,?,?)")
                    .params(callId, result.budget(), newBudget.amount(), reason.strip(), Timestamp.from(now),
                            actor.username())
                    .update();
            audit.recordChange(actor, "SELECTION_BUDGET_CHANGE", "CALL", callId, result.budget() + " -> "
                    + newBudget.amount() + ": " + reason.strip());
        }
        record(callId, applicationId, selected, last.score(), selected ? funded : requested,
                funded < requested && selected ? "selection.reason.redecidedReduced" : "selection.reason.redecided",
                funded < requested && selected ? new Object[] {reason.strip(), Won.of(funded).korean()}
                        : new Object[] {reason.strip()}, actor, now);
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
    public ConfirmedResult finalizeResults(long callId, Actor actor) {
        ConfirmedResult result = result(callId).orElseThrow(() -> InvalidInputException.of("result",
                "selection.notConfirmed"));
        long open = jdbc.sql("select count(*) from objection where call_id = ? and status = 'OPEN'").param(callId)
                .query(Long.class).single();
        Call call = calls.finalizeResults(callId, result.objectionUntil(), open, reopened(callId).size());
        for (Decision d : result.decisions()) {
            if (d.selected()) {
                Application a = applications.forMatching(d.applicationId());
                notifications.toCompany(a.companyId(), a.contactEmail(),
                        text("notify.final.subject", new Object[] {call.title()}),
                        text("notify.final.selected", new Object[] {a.title(), a.receiptNumber(),
                                Won.of(d.amount() == null ? 0 : d.amount()).korean()}),
                        "/my/applications/" + a.id() + "/result");
            }
        }
        audit.recordChange(actor, "SELECTION_FINAL", "CALL", callId, result.selectedCount() + " selected");
        return result(callId).orElseThrow();
    }

    public Optional<ConfirmedResult> result(long callId) {
        return jdbc.sql("select call_id, confirmed_at, confirmed_by, parameters, objective, bound, optimal,"
                        + " funded_amount, objection_days, objection_until, budget, min_score, decline_share"
                        + " from selection_result where call_id = ?")
                .param(callId)
                .query((rs, n) -> new ConfirmedResult(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getString(4), rs.getDouble(5), rs.getDouble(6), rs.getBoolean(7), rs.getLong(8),
                        rs.getInt(9), rs.getTimestamp(10).toInstant(), rs.getLong(11),
                        (Double) rs.getObject(12, Double.class), (Double) rs.getObject(13, Double.class),
                        budgetChanges(callId), decisions(callId)))
                .optional();
    }

    private List<ConfirmedResult.BudgetChange> budgetChanges(long callId) {
        return jdbc.sql("select old_budget, new_budget, reason, changed_at, changed_by from selection_budget_change"
                        + " where call_id = ? order by id").param(callId)
                .query((rs, n) -> new ConfirmedResult.BudgetChange(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getString(5)))
                .list();
    }

    /** A decision as the officer's page shows it: with the receipt number, company and requested amount. */
    public record DecisionRow(Decision decision, String receiptNumber, String title, String companyName,
                              Long requested) {

        public boolean reduced() {
            return decision.selected() && decision.amount() != null && requested != null
                    && decision.amount() < requested;
        }
    }

    /** The current decisions of a confirmed call with what identifies each application. */
    public List<DecisionRow> decisionRows(ConfirmedResult result) {
        return result.decisions().stream().map(d -> {
            Application a = applications.forMatching(d.applicationId());
            return new DecisionRow(d, a.receiptNumber(), a.title(), companies.company(a.companyId()).name(),
                    a.requestedAmount() == null ? null : a.requestedAmount().amount());
        }).toList();
    }

    /** The application's current decision (the latest row), if its call's result is confirmed. */
    public Optional<Decision> decisionOf(long applicationId) {
        return jdbc.sql(SELECT_DECISION + " where application_id = ? order by id desc").param(applicationId)
                .query(SelectionResults::decision).list().stream().findFirst();
    }

    /** Every decision ever recorded for an application, oldest first (the history an auditor reads). */
    public List<Decision> history(long applicationId) {
        return jdbc.sql(SELECT_DECISION + " where application_id = ? order by id").param(applicationId)
                .query(SelectionResults::decision).list();
    }

    private static final String SELECT_DECISION = "select id, call_id, application_id, selected, score, amount,"
            + " explanation, decided_at, decided_by from selection_decision";

    private List<Decision> decisions(long callId) {
        Map<Long, Decision> latest = new LinkedHashMap<>();
        jdbc.sql(SELECT_DECISION + " where call_id = ? order by id").param(callId)
                .query(SelectionResults::decision).list()
                .forEach(d -> latest.put(d.applicationId(), d));
        List<Decision> out = new ArrayList<>(latest.values());
        out.sort(java.util.Comparator.comparing(Decision::selected).reversed()
                .thenComparing(d -> d.score() == null ? -1 : d.score(), java.util.Comparator.reverseOrder()));
        return out;
    }

    private static Decision decision(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        double score = rs.getDouble(5);
        Double s = rs.wasNull() ? null : score;
        long amount = rs.getLong(6);
        Long a = rs.wasNull() ? null : amount;
        String expl = rs.getString(7);
        return new Decision(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getBoolean(4), s, a, Decision.key(expl),
                Decision.args(expl), rs.getTimestamp(8).toInstant(), rs.getString(9));
    }

    private void record(long callId, long applicationId, boolean selected, Double score, Long amount, String key,
                        Object[] args, Actor actor, Instant now) {
        jdbc.sql("insert into selection_decision (call_id, application_id, selected, score, amount, explanation,"
                        + " decided_at, decided_by) values (?,?,?,?,?,?,?,?)")
                .params(callId, applicationId, selected, score, amount, Decision.encode(key, args), Timestamp.from(now),
                        actor.username())
                .update();
    }

    private void notifyCompany(Call call, Application a, boolean selected, String reason, Instant objectionUntil) {
        String subject = text("notify.result.subject", new Object[] {call.title()});
        String body = text(selected ? "notify.result.selected" : "notify.result.notSelected",
                new Object[] {a.title(), a.receiptNumber(), reason})
                + (objectionUntil == null ? "" : "\n" + text("notify.result.objection",
                new Object[] {SeoulTime.minute(objectionUntil)}));
        notifications.toCompany(a.companyId(), a.contactEmail(), subject, body,
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
