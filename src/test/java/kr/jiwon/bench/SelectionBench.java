package kr.jiwon.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import kr.jiwon.selection.SelectionInstance;
import kr.jiwon.selection.SelectionOptimizer;
import kr.jiwon.selection.SelectionResult;

/**
 * Selection speed (bench/selection): generated instances of N applications shaped like a 소부장 call — 90 % general
 * (≤ 5,000만원), 10 % convergent (≤ 2억원, own track budget), 30 % in 인구감소지역 with a 30 % minimum share, 10 % of
 * companies applying twice, institutes with capacities — budget about a quarter of the total asked.
 */
public final class SelectionBench {

    private SelectionBench() {
    }

    public static void main(String[] args) {
        double limit = Double.parseDouble(System.getProperty("timeLimit", "10"));
        for (String size : System.getProperty("sizes", "100,1000,10000").split(",")) {
            int n = Integer.parseInt(size.strip());
            Random random = new Random(n);
            List<SelectionInstance.Candidate> apps = new ArrayList<>();
            long asked = 0;
            for (int i = 0; i < n; i++) {
                boolean convergent = random.nextInt(10) == 0;
                long amount = convergent
                        ? 80_000_000L + random.nextInt(121) * 1_000_000L
                        : 20_000_000L + random.nextInt(31) * 1_000_000L;
                asked += amount;
                String company = "C" + (random.nextInt(10) == 0 && i > 0 ? random.nextInt(i) : i);
                apps.add(new SelectionInstance.Candidate("A" + i, company, convergent ? "CONVERGENT" : "GENERAL",
                        amount,
                        55 + random.nextInt(4500) / 100.0, random.nextInt(10) < 3 ? List.of("DECLINE_AREA") : List.of(),
                        List.of("I" + random.nextInt(Math.max(1, n / 10)))));
            }
            List<SelectionInstance.InstituteRule> institutes = new ArrayList<>();
            for (int i = 0; i < Math.max(1, n / 10); i++) {
                institutes.add(new SelectionInstance.InstituteRule("I" + i, 3 + random.nextInt(4)));
            }
            long budget = asked / 4;
            SelectionInstance in = new SelectionInstance(budget, 70.0, 1,
                    List.of(new SelectionInstance.TrackRule("GENERAL", 50_000_000L, null),
                            new SelectionInstance.TrackRule("CONVERGENT", 200_000_000L, budget / 3)),
                    List.of(new SelectionInstance.MinShare("DECLINE_AREA", 0.3)), institutes, apps);
            SelectionResult r = new SelectionOptimizer(limit).solve(in,
                    SelectionOptimizer.Engine.valueOf(System.getProperty("solver", "MIP")));
            SelectionResult g = SelectionOptimizer.greedy(in);
            System.out.printf("RESULT applications=%d millis=%d optimal=%s objective=%.2f bound=%.2f gapPercent=%.4f "
                    + "selected=%d greedyObjective=%.2f greedySelected=%d%n", n, r.millis(), r.optimal(),
                    r.objective(), r.bound(), 100 * (r.bound() - r.objective()) / Math.max(1e-9, r.bound()),
                    r.selected().size(), g.objective(), g.selected().size());
        }
    }
}
