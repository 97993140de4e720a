package kr.jiwon.selection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.jiwon.shared.Won;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where confirmed selection rounds are kept: the round (never updated), its decisions (only ever added: the current
 * decision of an application is its latest row) and its budget changes (each its own row).
 */
@Component
class SelectionRounds {

    private static final String SELECT_DECISION = "select id, call_id, application_id, selected, score, amount,"
            + " explanation, decided_at, decided_by from selection_decision";

    private final JdbcClient jdbc;

    SelectionRounds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long callId, SelectionParameters p, SelectionComparison c, Instant at, Instant objectionUntil,
            String by) {
        jdbc.sql("insert into selection_result (call_id, confirmed_at, confirmed_by, parameters, objective, bound,"
                + " optimal, funded_amount, objection_days, objection_until, budget, min_score, decline_share,"
                + " instance_json, result_json) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                .params(callId, Timestamp.from(at), by, p.describe(), c.optimum().objective(),
                        Double.isNaN(c.optimum().bound()) ? c.optimum().objective() : c.optimum().bound(),
                        c.optimum().optimal(), c.fundedAmount(), p.objectionDays(), Timestamp.from(objectionUntil),
                        p.budget().amount(), p.minScore(), p.declineShare(),
                        c.instance() == null ? null : JSON.writeValueAsString(c.instance()), resultJson(c))
                .update();
    }

    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper
            .builder().build();

    /** The solver's answer as the select command prints it, with the greedy ranking's beside it. */
    private static String resultJson(SelectionComparison c) {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("selected", c.optimum().selected());
        m.put("objective", c.optimum().objective());
        m.put("bound", Double.isNaN(c.optimum().bound()) ? null : c.optimum().bound());
        m.put("optimal", c.optimum().optimal());
        m.put("millis", c.optimum().millis());
        m.put("greedySelected", c.greedy().selected());
        m.put("greedyObjective", c.greedy().objective());
        return JSON.writeValueAsString(m);
    }

    /** The instance and the solver's answer kept at confirmation (JSON), if the round kept them. */
    Optional<String[]> model(long callId) {
        return jdbc.sql("select instance_json, result_json from selection_result where call_id = ?").param(callId)
                .query((rs, n) -> new String[]{rs.getString(1), rs.getString(2)}).optional()
                .filter(m -> m[0] != null);
    }

    /**
     * Holds the call's confirmed round until the caller's transaction ends, so that decisions that spend its budget
     * (a re-decision, a selection in place) take turns and each sees what the other funded.
     */
    void lock(long callId) {
        jdbc.sql("select call_id from selection_result where call_id = ? for update").param(callId).query(Long.class)
                .list();
    }

    void addDecision(long callId, long applicationId, boolean selected, Double score, Won amount, String key,
            Object[] args, String by, Instant at) {
        jdbc.sql("insert into selection_decision (call_id, application_id, selected, score, amount, explanation,"
                + " decided_at, decided_by) values (?,?,?,?,?,?,?,?)")
                .params(callId, applicationId, selected, score, amount == null ? null : amount.amount(),
                        Decision.encode(key, args), Timestamp.from(at),
                        by)
                .update();
    }

    void addBudgetChange(long callId, Won oldBudget, Won newBudget, String reason, String by, Instant at) {
        jdbc.sql("insert into selection_budget_change (call_id, old_budget, new_budget, reason, changed_at,"
                + " changed_by) values (?,?,?,?,?,?)")
                .params(callId, oldBudget.amount(), newBudget.amount(), reason, Timestamp.from(at), by)
                .update();
    }

    Optional<ConfirmedResult> find(long callId) {
        return jdbc.sql("select call_id, confirmed_at, confirmed_by, parameters, objective, bound, optimal,"
                + " funded_amount, objection_days, objection_until, budget, min_score, decline_share"
                + " from selection_result where call_id = ?")
                .param(callId)
                .query((rs, n) -> new ConfirmedResult(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getString(4), rs.getDouble(5), rs.getDouble(6), rs.getBoolean(7), rs.getLong(8),
                        rs.getInt(9), rs.getTimestamp(10).toInstant(), Won.of(rs.getLong(11)),
                        (Double) rs.getObject(12, Double.class), (Double) rs.getObject(13, Double.class),
                        budgetChanges(callId), decisions(callId)))
                .optional();
    }

    long openObjections(long callId) {
        return jdbc.sql("select count(*) from objection where call_id = ? and status = 'OPEN'").param(callId)
                .query(Long.class).single();
    }

    Optional<Decision> latestDecision(long applicationId) {
        return jdbc.sql(SELECT_DECISION + " where application_id = ? order by id desc").param(applicationId)
                .query(SelectionRounds::decision).list().stream().findFirst();
    }

    List<Decision> history(long applicationId) {
        return jdbc.sql(SELECT_DECISION + " where application_id = ? order by id").param(applicationId)
                .query(SelectionRounds::decision).list();
    }

    private List<ConfirmedResult.BudgetChange> budgetChanges(long callId) {
        return jdbc.sql("select old_budget, new_budget, reason, changed_at, changed_by from selection_budget_change"
                + " where call_id = ? order by id").param(callId)
                .query((rs, n) -> new ConfirmedResult.BudgetChange(Won.of(rs.getLong(1)), Won.of(rs.getLong(2)),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getString(5)))
                .list();
    }

    /** The current decision of each application of the call, funded first, then by score. */
    private List<Decision> decisions(long callId) {
        Map<Long, Decision> latest = new LinkedHashMap<>();
        jdbc.sql(SELECT_DECISION + " where call_id = ? order by id").param(callId)
                .query(SelectionRounds::decision).list()
                .forEach(d -> latest.put(d.applicationId(), d));
        List<Decision> out = new ArrayList<>(latest.values());
        out.sort(Comparator.comparing(Decision::selected).reversed()
                .thenComparing(d -> d.score() == null ? -1 : d.score(), Comparator.reverseOrder()));
        return out;
    }

    private static Decision decision(ResultSet rs, int n) throws SQLException {
        double score = rs.getDouble(5);
        Double s = rs.wasNull() ? null : score;
        long amount = rs.getLong(6);
        Won a = rs.wasNull() ? null : Won.of(amount);
        String expl = rs.getString(7);
        return new Decision(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getBoolean(4), s, a, Decision.key(expl),
                Decision.args(expl), rs.getTimestamp(8).toInstant(), rs.getString(9));
    }
}
