package kr.jiwon.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import kr.jiwon.matching.Assignment;
import kr.jiwon.matching.AssignmentProblem;
import kr.jiwon.matching.AssignmentResult;

/**
 * Assignment speed (bench/matching/assign.sh): N requests, each with its top-10 candidate institutes and a fit,
 * 10% of them convergent (two institutes from different fields), over M institutes in 8 fields with capacities
 * 5–15 projects and, for half of them, a budget.
 */
public final class AssignmentBench {

    private AssignmentBench() {
    }

    public static void main(String[] args) {
        int requests = Integer.parseInt(System.getProperty("requests", "5000"));
        int institutes = Integer.parseInt(System.getProperty("institutes", "500"));
        double limit = Double.parseDouble(System.getProperty("timeLimit", "30"));
        double gap = Double.parseDouble(System.getProperty("gap", "0"));
        Random random = new Random(11);
        List<AssignmentProblem.Institute> is = new ArrayList<>();
        for (int i = 0; i < institutes; i++) {
            is.add(new AssignmentProblem.Institute("I" + i, "F" + (i % 8), 5 + random.nextInt(11),
                    random.nextBoolean() ? null : 300_000_000L + random.nextInt(500) * 1_000_000L));
        }
        List<AssignmentProblem.Request> rs = new ArrayList<>();
        for (int r = 0; r < requests; r++) {
            Map<String, Double> fit = new LinkedHashMap<>();
            int home = random.nextInt(institutes);
            while (fit.size() < 10) {
                int i = (home + random.nextInt(40)) % institutes;
                fit.put("I" + i, 1 + random.nextInt(2000) / 100.0);
            }
            rs.add(new AssignmentProblem.Request("R" + r, 30_000_000L + random.nextInt(20) * 1_000_000L,
                    random.nextInt(10) == 0 ? 2 : 1, fit));
        }
        // OR-Tools' native library is loaded once per process (the platform loads it on its first plan): timed apart
        long load = System.nanoTime();
        com.google.ortools.Loader.loadNativeLibraries();
        System.out.printf("native library loaded in %d ms%n", (System.nanoTime() - load) / 1_000_000);
        AssignmentResult result = new Assignment(limit, gap).solve(new AssignmentProblem(rs, is));
        System.out.printf("RESULT requests=%d institutes=%d gapAsked=%s millis=%d optimal=%s totalFit=%.1f bound=%.1f "
                + "gapPercent=%.3f assigned=%d baselineTotalFit=%.1f baselineAssigned=%d%n", requests, institutes, gap,
                result.millis(), result.optimal(), result.totalFit(), result.bound(),
                result.bound() == 0 ? 0 : 100 * (result.bound() - result.totalFit()) / result.bound(),
                result.assigned().size(), result.baselineTotalFit(), result.baselineAssigned());
    }
}
