package kr.jiwon.selection;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.jiwon.selection.SelectionInstance.Candidate;
import kr.jiwon.selection.SelectionInstance.TrackRule;

/** The same model as a mixed-integer program for SCIP (experiment: LP bounds prove knapsack optima quickly). */
final class MipSelection {

    private MipSelection() {
    }

    static SelectionResult solve(SelectionInstance in, double timeLimitSeconds) {
        long start = System.nanoTime();
        Loader.loadNativeLibraries();
        Map<String, TrackRule> tracks = new HashMap<>();
        in.tracks().forEach(t -> tracks.put(t.id(), t));
        List<Candidate> eligible = in.applications().stream()
                .filter(a -> SelectionOptimizer.admissible(in, a, tracks)).toList();
        MPSolver solver = MPSolver.createSolver("SCIP");
        solver.setTimeLimit((long) (timeLimitSeconds * 1000));
        MPVariable[] x = solver.makeBoolVarArray(eligible.size());
        for (int i = 0; i < x.length; i++) {
            if (eligible.get(i).kept()) {
                x[i].setLb(1);
            }
        }
        // money in units of the greatest common divisor of the amounts (whole 만원 in practice; budgets rounded
        // down to it, which no selection can tell apart): the same constraints with smaller coefficients
        long unit = 0;
        for (Candidate a : eligible) {
            unit = gcd(unit, a.amount());
        }
        unit = Math.max(1, unit);
        long[] amount = new long[x.length];
        for (int i = 0; i < x.length; i++) {
            amount[i] = eligible.get(i).amount() / unit;
        }
        MPConstraint budget = solver.makeConstraint(0, Math.floorDiv(in.budget(), unit));
        for (int i = 0; i < x.length; i++) {
            budget.setCoefficient(x[i], amount[i]);
        }
        for (TrackRule t : in.tracks()) {
            if (t.budget() != null) {
                MPConstraint c = solver.makeConstraint(0, Math.floorDiv(t.budget(), unit));
                for (int i = 0; i < x.length; i++) {
                    if (eligible.get(i).track().equals(t.id())) {
                        c.setCoefficient(x[i], amount[i]);
                    }
                }
            }
        }
        // a limit only where it can bind: companies with more applications than they may be funded for, institutes
        // named by more applications than their capacity
        if (in.maxPerCompany() != null) {
            Map<String, List<Integer>> byCompany = new HashMap<>();
            for (int i = 0; i < x.length; i++) {
                byCompany.computeIfAbsent(eligible.get(i).company(), k -> new ArrayList<>()).add(i);
            }
            addLimits(solver, x, byCompany.values(), in.maxPerCompany());
        }
        for (SelectionInstance.InstituteRule r : in.institutes()) {
            List<Integer> naming = new ArrayList<>();
            for (int i = 0; i < x.length; i++) {
                if (eligible.get(i).institutes().contains(r.id())) {
                    naming.add(i);
                }
            }
            addLimits(solver, x, List.of(naming), r.capacity());
        }
        for (SelectionInstance.MinShare s : in.minShares()) {
            MPConstraint c = solver.makeConstraint(0, Double.POSITIVE_INFINITY);
            long share = Math.round(s.share() * SelectionOptimizer.SHARE_SCALE);
            for (int i = 0; i < x.length; i++) {
                long tagged = eligible.get(i).tags().contains(s.tag()) ? SelectionOptimizer.SHARE_SCALE : 0;
                c.setCoefficient(x[i], (tagged - share) * amount[i]);
            }
        }
        var objective = solver.objective();
        for (int i = 0; i < x.length; i++) {
            // whole hundredths (scores have two decimals), so SCIP knows the objective is integral and closes the
            // gap as soon as the bound falls below the next whole value
            objective.setCoefficient(x[i], Math.round(eligible.get(i).score() * SelectionOptimizer.SCORE_SCALE));
        }
        objective.setMaximization();
        com.google.ortools.linearsolver.MPSolverParameters params = new com.google.ortools.linearsolver.MPSolverParameters();
        params.setDoubleParam(com.google.ortools.linearsolver.MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, 0);
        MPSolver.ResultStatus status = solver.solve(params);
        List<String> selected = new ArrayList<>();
        double total = 0;
        if (status == MPSolver.ResultStatus.OPTIMAL || status == MPSolver.ResultStatus.FEASIBLE) {
            for (int i = 0; i < x.length; i++) {
                if (x[i].solutionValue() > 0.5) {
                    selected.add(eligible.get(i).id());
                    total += eligible.get(i).score();
                }
            }
        }
        double bound = status == MPSolver.ResultStatus.OPTIMAL
                ? total
                : objective.bestBound() / SelectionOptimizer.SCORE_SCALE;
        return new SelectionResult(selected, Math.round(total * 1000) / 1000.0, Math.round(bound * 1000) / 1000.0,
                status == MPSolver.ResultStatus.OPTIMAL, (System.nanoTime() - start) / 1_000_000);
    }

    private static void addLimits(MPSolver solver, MPVariable[] x, java.util.Collection<List<Integer>> groups,
            int limit) {
        for (List<Integer> group : groups) {
            if (group.size() > limit) {
                MPConstraint c = solver.makeConstraint(0, limit);
                group.forEach(i -> c.setCoefficient(x[i], 1));
            }
        }
    }

    private static long gcd(long a, long b) {
        return b == 0 ? Math.abs(a) : gcd(b, a % b);
    }
}
