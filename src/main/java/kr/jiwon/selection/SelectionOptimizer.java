package kr.jiwon.selection;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.jiwon.selection.SelectionInstance.Candidate;
import kr.jiwon.selection.SelectionInstance.InstituteRule;
import kr.jiwon.selection.SelectionInstance.MinShare;
import kr.jiwon.selection.SelectionInstance.TrackRule;

/**
 * Maximises the total score of the funded applications, exactly (SCIP on the MIP, or OR-Tools CP-SAT): Σ amount ≤
 * budget; an application above its track's cap or below the minimum score is never funded, an award kept from before
 * always is; per track with a budget, Σ amount ≤ that budget; per company at most maxPerCompany; per institute at most
 * its capacity of funded applications naming it; per minimum share, the tagged amount ≥ share × the funded amount.
 */
public final class SelectionOptimizer {

    static final long SCORE_SCALE = 100;
    static final long SHARE_SCALE = 10_000;

    private final double timeLimitSeconds;

    public SelectionOptimizer(double timeLimitSeconds) {
        this.timeLimitSeconds = timeLimitSeconds;
    }

    /**
     * Whether an application may be funded at all: its track known and, unless it is an award kept from before,
     * within its cap and at or above the minimum score.
     */
    static boolean admissible(SelectionInstance in, Candidate a, Map<String, TrackRule> tracks) {
        TrackRule t = tracks.get(a.track());
        return t != null && a.amount() >= 0 && (a.kept()
                || a.amount() <= t.cap() && (in.minScore() == null || a.score() >= in.minScore()));
    }

    /** Which exact solver to use: SCIP on the MIP (default, with CP-SAT as fallback) or CP-SAT only. */
    public enum Engine {
        MIP, CP_SAT
    }

    /**
     * Solves exactly. With {@link Engine#MIP}, SCIP (through OR-Tools, relative gap 0) solves the linear model; its
     * answer is then checked in exact integer arithmetic against every constraint, and if SCIP finds nothing or
     * its floating-point answer breaks a constraint, CP-SAT (exact integer arithmetic) solves it instead.
     */
    public SelectionResult solve(SelectionInstance in, Engine engine) {
        if (engine == Engine.MIP) {
            SelectionResult mip = MipSelection.solve(in, timeLimitSeconds);
            if ((!mip.selected().isEmpty() || mip.optimal()) && Feasibility.feasible(in, mip.selected())) {
                return mip;
            }
        }
        return solveCpSat(in);
    }

    public SelectionResult solve(SelectionInstance in) {
        return solve(in, Engine.MIP);
    }

    SelectionResult solveCpSat(SelectionInstance in) {
        long start = System.nanoTime();
        Loader.loadNativeLibraries();
        Map<String, TrackRule> tracks = new HashMap<>();
        in.tracks().forEach(t -> tracks.put(t.id(), t));
        CpModel model = new CpModel();
        List<Candidate> eligible = in.applications().stream().filter(a -> admissible(in, a, tracks)).toList();
        BoolVar[] x = new BoolVar[eligible.size()];
        long[] amounts = new long[eligible.size()];
        long[] scores = new long[eligible.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = model.newBoolVar("x" + i);
            amounts[i] = eligible.get(i).amount();
            scores[i] = Math.round(eligible.get(i).score() * SCORE_SCALE);
            if (eligible.get(i).kept()) {
                model.addEquality(x[i], 1);
            }
        }
        model.addLessOrEqual(LinearExpr.weightedSum(x, amounts), in.budget());
        for (TrackRule t : in.tracks()) {
            if (t.budget() != null) {
                addSubset(model, x, amounts, eligible, a -> a.track().equals(t.id()), t.budget());
            }
        }
        if (in.maxPerCompany() != null) {
            Map<String, List<BoolVar>> byCompany = new HashMap<>();
            for (int i = 0; i < x.length; i++) {
                byCompany.computeIfAbsent(eligible.get(i).company(), k -> new ArrayList<>()).add(x[i]);
            }
            byCompany.values().forEach(vs -> model.addLessOrEqual(LinearExpr.sum(vs.toArray(BoolVar[]::new)),
                    in.maxPerCompany()));
        }
        for (InstituteRule r : in.institutes()) {
            List<BoolVar> vs = new ArrayList<>();
            for (int i = 0; i < x.length; i++) {
                if (eligible.get(i).institutes().contains(r.id())) {
                    vs.add(x[i]);
                }
            }
            if (!vs.isEmpty()) {
                model.addLessOrEqual(LinearExpr.sum(vs.toArray(BoolVar[]::new)), r.capacity());
            }
        }
        for (MinShare s : in.minShares()) {
            long share = Math.round(s.share() * SHARE_SCALE);
            long[] coeff = new long[x.length];
            for (int i = 0; i < x.length; i++) {
                long tagged = eligible.get(i).tags().contains(s.tag()) ? SHARE_SCALE : 0;
                coeff[i] = (tagged - share) * amounts[i];
            }
            model.addGreaterOrEqual(LinearExpr.weightedSum(x, coeff), 0);
        }
        model.maximize(LinearExpr.weightedSum(x, scores));
        CpSolver solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(timeLimitSeconds);
        solver.getParameters().setNumWorkers(2);
        CpSolverStatus status = solver.solve(model);
        List<String> selected = new ArrayList<>();
        double objective = 0;
        if (status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE) {
            for (int i = 0; i < x.length; i++) {
                if (solver.booleanValue(x[i])) {
                    selected.add(eligible.get(i).id());
                    objective += eligible.get(i).score();
                }
            }
        }
        double bound = status == CpSolverStatus.OPTIMAL ? objective : solver.bestObjectiveBound() / SCORE_SCALE;
        return new SelectionResult(selected, Math.round(objective * 1000) / 1000.0, Math.round(bound * 1000) / 1000.0,
                status == CpSolverStatus.OPTIMAL, (System.nanoTime() - start) / 1_000_000);
    }

    private static void addSubset(CpModel model, BoolVar[] x, long[] amounts, List<Candidate> eligible,
            java.util.function.Predicate<Candidate> in, long limit) {
        List<BoolVar> vs = new ArrayList<>();
        List<Long> cs = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (in.test(eligible.get(i))) {
                vs.add(x[i]);
                cs.add(amounts[i]);
            }
        }
        if (!vs.isEmpty()) {
            model.addLessOrEqual(LinearExpr.weightedSum(vs.toArray(BoolVar[]::new),
                    cs.stream().mapToLong(Long::longValue).toArray()), limit);
        }
    }

    /**
     * The status quo: fund down the ranking by score while the money, caps and limits allow (no share rule); awards
     * kept from before come first, whatever they leave.
     */
    public static SelectionResult greedy(SelectionInstance in) {
        long start = System.nanoTime();
        Map<String, TrackRule> tracks = new HashMap<>();
        in.tracks().forEach(t -> tracks.put(t.id(), t));
        Map<String, Integer> capacity = new HashMap<>();
        in.institutes().forEach(r -> capacity.put(r.id(), r.capacity()));
        Map<String, Long> trackSpent = new HashMap<>();
        Map<String, Integer> perCompany = new HashMap<>();
        Map<String, Integer> load = new HashMap<>();
        long spent = 0;
        List<String> selected = new ArrayList<>();
        double objective = 0;
        List<Candidate> ranked = in.applications().stream().filter(a -> admissible(in, a, tracks))
                .sorted(Comparator.comparing(Candidate::kept).thenComparingDouble(Candidate::score).reversed())
                .toList();
        for (Candidate a : ranked) {
            TrackRule t = tracks.get(a.track());
            boolean fits = a.kept() || spent + a.amount() <= in.budget()
                    && (t.budget() == null || trackSpent.getOrDefault(t.id(), 0L) + a.amount() <= t.budget())
                    && (in.maxPerCompany() == null || perCompany.getOrDefault(a.company(), 0) < in.maxPerCompany())
                    && a.institutes().stream().allMatch(i -> !capacity.containsKey(i)
                            || load.getOrDefault(i, 0) < capacity.get(i));
            if (fits) {
                spent += a.amount();
                trackSpent.merge(t.id(), a.amount(), Long::sum);
                perCompany.merge(a.company(), 1, Integer::sum);
                a.institutes().forEach(i -> load.merge(i, 1, Integer::sum));
                selected.add(a.id());
                objective += a.score();
            }
        }
        return new SelectionResult(selected, Math.round(objective * 1000) / 1000.0, Double.NaN, false,
                (System.nanoTime() - start) / 1_000_000);
    }
}
