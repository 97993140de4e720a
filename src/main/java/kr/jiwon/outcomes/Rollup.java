package kr.jiwon.outcomes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * KPIs over many projects (a call's or a program's): per KPI how many projects measured it, how many met their
 * target, and the median improvement (in the KPI's better direction); overall the share of measured KPIs that met
 * their target. KPIs without a measurement are counted as chosen, not as measured.
 */
public record Rollup(List<Line> lines, int chosen, int measured, int met) {

    public record Line(KpiDefinition definition, int chosen, int measured, int met, Double medianImprovement) {

        public double shareMet() {
            return measured == 0 ? 0 : (double) met / measured;
        }
    }

    public static Rollup of(List<KpiStatus> statuses) {
        Map<String, List<KpiStatus>> byCode = new LinkedHashMap<>();
        statuses.forEach(s -> byCode.computeIfAbsent(s.definition().code(), k -> new ArrayList<>()).add(s));
        List<Line> lines = new ArrayList<>();
        int measured = 0;
        int met = 0;
        for (List<KpiStatus> group : byCode.values()) {
            List<KpiStatus> done = group.stream().filter(s -> s.latest().isPresent()).toList();
            int groupMet = (int) done.stream().filter(KpiStatus::met).count();
            List<Double> improvements = done.stream().flatMap(s -> s.improvement().stream()).sorted().toList();
            lines.add(new Line(group.get(0).definition(), group.size(), done.size(), groupMet,
                    median(improvements)));
            measured += done.size();
            met += groupMet;
        }
        return new Rollup(lines, statuses.size(), measured, met);
    }

    static Double median(List<Double> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    public double shareMet() {
        return measured == 0 ? 0 : (double) met / measured;
    }
}
