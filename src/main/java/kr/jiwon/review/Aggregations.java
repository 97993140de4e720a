package kr.jiwon.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Combining reviewers' totals: mean, trimmed mean (5+ reviewers), and per-reviewer z-normalisation. */
final class Aggregations {

    /** A reviewer's total for an application. */
    record Mark(long applicationId, long reviewerId, double total) {
    }

    private Aggregations() {
    }

    static double combine(List<Double> totals, ReviewPlan.Aggregation how) {
        if (totals.isEmpty()) {
            throw new IllegalArgumentException("no totals");
        }
        List<Double> sorted = new ArrayList<>(totals);
        sorted.sort(null);
        if (how == ReviewPlan.Aggregation.TRIMMED_MEAN && sorted.size() >= 5) {
            sorted = sorted.subList(1, sorted.size() - 1);
        }
        return sorted.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    /**
     * Replaces each mark by the reviewer's z-score mapped back onto the call's scale (overall mean + z × overall
     * standard deviation), so a harsh and a lenient reviewer count alike. A reviewer with fewer than two marks or
     * no spread keeps their marks unchanged.
     */
    static List<Mark> zNormalise(List<Mark> marks) {
        if (marks.size() < 2) {
            return marks;
        }
        double mean = mean(marks.stream().map(Mark::total).toList());
        double sd = sd(marks.stream().map(Mark::total).toList(), mean);
        Map<Long, List<Double>> byReviewer = new HashMap<>();
        marks.forEach(m -> byReviewer.computeIfAbsent(m.reviewerId(), r -> new ArrayList<>()).add(m.total()));
        return marks.stream().map(m -> {
            List<Double> own = byReviewer.get(m.reviewerId());
            double rm = mean(own);
            double rsd = sd(own, rm);
            if (own.size() < 2 || rsd == 0 || sd == 0) {
                return m;
            }
            return new Mark(m.applicationId(), m.reviewerId(), mean + (m.total() - rm) / rsd * sd);
        }).toList();
    }

    private static double mean(List<Double> xs) {
        return xs.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    private static double sd(List<Double> xs, double mean) {
        return Math.sqrt(xs.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum() / xs.size());
    }
}
