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
    private final Notifications notifications;
    private final MessageSource messages;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    SelectionResults(CallSelection selection, CallManagement calls, ApplicationManagement applications,
                     ScoreAggregation scores, Notifications notifications, MessageSource messages, JdbcClient jdbc,
                     AuditLog audit, Clock clock) {
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

    /** Confirms the optimum for these parameters; every assigned score sheet must be submitted first. */
    @Transactional
    public ConfirmedResult confirm(long callId, SelectionParameters p, Actor actor) {
        if (result(callId).isPresent()) {
            throw InvalidInputException.of("result", "selection.alreadyConfirmed");
        }
        long incomplete = scores.scores(callId).values().stream().filter(s -> !s.complete()).count();
        if (incomplete > 0) {
            throw InvalidInputException.of("result", "selection.scoringIncomplete", incomplete);
        }
        SelectionComparison c = selection.compare(callId, p);
        if (c.rows().isEmpty()) {
            throw InvalidInputException.of("result", "selection.nothingToSelect");
        }
        Instant now = clock.instant();
        Instant until = now.plus(Duration.ofDays(p.objectionDays()));
        jdbc.sql("insert into selection_result (call_id, confirmed_at, confirmed_by, parameters, objective, bound,"
                        + " optimal, funded_amount, objection_days, objection_until) values (?,?,?,?,?,?,?,?,?,?)")
                .params(callId, Timestamp.from(now), actor.username(), p.describe(), c.optimum().objective(),
                        Double.isNaN(c.optimum().bound()) ? c.optimum().objective() : c.optimum().bound(),
                        c.optimum().optimal(), c.fundedAmount(), p.objectionDays(), Timestamp.from(until))
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

    /** Decides again an application whose decision an upheld objection reopened. */
    @Transactional
    public Decision redecide(long callId, long applicationId, boolean selected, String reason, Actor actor) {
        ConfirmedResult result = result(callId).orElseThrow(() -> InvalidInputException.of("result",
                "selection.notConfirmed"));
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "review.reasonRequired");
        }
        Application a = applications.forMatching(applicationId);
        if (a.callId() != callId || a.status() != ApplicationStatus.ELIGIBLE) {
            throw InvalidInputException.of("status", "selection.notReopened");
        }
        Decision last = result.decisions().stream().filter(d -> d.applicationId() == applicationId).findFirst()
                .orElseThrow(() -> InvalidInputException.of("status", "selection.notReopened"));
        Instant now = clock.instant();
        record(callId, applicationId, selected, last.score(), last.amount(), "selection.reason.redecided",
                new Object[] {reason.strip()}, actor, now);
        applications.decide(applicationId, selected, reason.strip(), actor);
        notifyCompany(calls.call(callId), a, selected, reason.strip(), null);
        audit.recordChange(actor, "SELECTION_REDECIDE", "APPLICATION", applicationId,
                (selected ? "SELECTED: " : "NOT_SELECTED: ") + reason.strip());
        return decisionOf(applicationId).orElseThrow();
    }

    public Optional<ConfirmedResult> result(long callId) {
        return jdbc.sql("select call_id, confirmed_at, confirmed_by, parameters, objective, bound, optimal,"
                        + " funded_amount, objection_days, objection_until from selection_result where call_id = ?")
                .param(callId)
                .query((rs, n) -> new ConfirmedResult(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getString(4), rs.getDouble(5), rs.getDouble(6), rs.getBoolean(7), rs.getLong(8),
                        rs.getInt(9), rs.getTimestamp(10).toInstant(), decisions(callId)))
                .optional();
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
                new Object[] {SeoulTime.toOffset(objectionUntil).toLocalDateTime().toString().replace('T', ' ')}));
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
