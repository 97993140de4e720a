package kr.jiwon.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.jiwon.programs.CallManagement;
import kr.jiwon.shared.Regions;
import kr.jiwon.shared.TextList;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each eligible application's score from its submitted sheets, aggregated as the call's plan says (mean or
 * trimmed mean, optionally z-normalised per reviewer), plus the bonus points its facts earn. The sheet of a pairing
 * suspended by a conflict found after the assignment does not count until the conflict is dismissed.
 */
@Service
@Transactional(readOnly = true)
public class ScoreAggregation {

    private final ScoreSheets sheets;
    private final ConflictCheck conflicts;
    private final ReviewCases cases;
    private final ReviewPlanning planning;
    private final CallManagement calls;
    private final Regions regions;
    private final JdbcClient jdbc;

    ScoreAggregation(ScoreSheets sheets, ReviewCases cases, ReviewPlanning planning, CallManagement calls,
            Regions regions, JdbcClient jdbc, ConflictCheck conflicts) {
        this.conflicts = conflicts;
        this.sheets = sheets;
        this.cases = cases;
        this.planning = planning;
        this.calls = calls;
        this.regions = regions;
        this.jdbc = jdbc;
    }

    /** Scores with the plan's own weights. */
    public Map<Long, ApplicationScore> scores(long callId) {
        return scores(callId, Map.of());
    }

    /** Scores with some criteria re-weighted (what-if); sheets keep their points, rescaled to the new weights. */
    public Map<Long, ApplicationScore> scores(long callId, Map<String, Integer> weightOverride) {
        ReviewPlan plan = planning.plan(callId);
        Map<String, Integer> weights = new LinkedHashMap<>(plan.weights());
        weightOverride.forEach((k, v) -> {
            if (weights.containsKey(k) && v != null && v >= 0) {
                weights.put(k, v);
            }
        });
        Map<Long, Integer> suspended = new HashMap<>();
        java.util.Set<String> excluded = new java.util.HashSet<>();
        conflicts.suspended(callId).forEach(x -> {
            excluded.add(x.key());
            suspended.merge(x.applicationId(), 1, Integer::sum);
        });
        List<Aggregations.Mark> marks = new ArrayList<>();
        for (ScoreSheet s : sheets.findByCallIdAndRoundOrderByApplicationIdAscReviewerIdAsc(callId,
                ScoreSheet.Round.SELECTION)) {
            if (s.submitted() && !excluded.contains(ConflictCheck.Suspension.key(s.applicationId(), s.reviewerId()))) {
                marks.add(new Aggregations.Mark(s.applicationId(), s.reviewerId(), s.total(weights, plan.weights())));
            }
        }
        if (plan.zNormalise()) {
            marks = Aggregations.zNormalise(marks);
        }
        Map<Long, List<Double>> byApp = new HashMap<>();
        marks.forEach(m -> byApp.computeIfAbsent(m.applicationId(), a -> new ArrayList<>()).add(m.total()));
        Map<Long, Integer> assigned = new HashMap<>();
        jdbc.sql("select application_id, count(*) from review_assignment where call_id = ? group by application_id")
                .param(callId).query((rs, n) -> assigned.put(rs.getLong(1), rs.getInt(2))).list();
        TextList priority = calls.call(callId).eligibility().priorityFields();
        Map<Long, ApplicationScore> out = new LinkedHashMap<>();
        for (ReviewCase c : cases.eligible(callId)) {
            List<Double> totals = byApp.getOrDefault(c.applicationId(), List.of());
            Double review = totals.isEmpty()
                    ? null
                    : Math.round(Aggregations.combine(totals, plan.aggregation()) * 100) / 100.0;
            List<String> rules = new ArrayList<>();
            double bonus = 0;
            for (ReviewPlan.Bonus b : plan.bonuses()) {
                if (earns(b.rule(), c, priority)) {
                    rules.add(b.rule());
                    bonus += b.points();
                }
            }
            int off = suspended.getOrDefault(c.applicationId(), 0);
            out.put(c.applicationId(), new ApplicationScore(c.applicationId(), review, bonus, rules, totals.size(),
                    assigned.getOrDefault(c.applicationId(), 0) - off, off));
        }
        return out;
    }

    private boolean earns(String rule, ReviewCase c, TextList priorityFields) {
        return switch (rule) {
            case "DECLINE_AREA" -> c.regionCode() != null
                    && regions.find(c.regionCode()).map(r -> r.declineArea()).orElse(false);
            case "PRIORITY_FIELD" -> c.fields().values().stream().anyMatch(priorityFields::containsIgnoreCase);
            case "CONVERGENT_TRACK" -> c.convergent();
            default -> false;
        };
    }
}
