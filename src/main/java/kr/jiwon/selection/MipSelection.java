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
        MPConstraint budget = solver.makeConstraint(0, in.budget());
        for (int i = 0; i < x.length; i++) {
            budget.setCoefficient(x[i], eligible.get(i).amount());
        }
        for (TrackRule t : in.tracks()) {
            if (t.budget() != null) {
                MPConstraint c = solver.makeConstraint(0, t.budget());
                for (int i = 0; i < x.length; i++) {
                    if (eligible.get(i).track().equals(t.id())) {
                        c.setCoefficient(x[i], eligible.get(i).amount());
                    }
                }
            }
        }
        if (in.maxPerCompany() != null) {
            Map<String, MPConstraint> byCompany = new HashMap<>();
            for (int i = 0; i < x.length; i++) {
                byCompany.computeIfAbsent(eligible.get(i).company(), k -> solver.makeConstraint(0,
                        in.maxPerCompany())).setCoefficient(x[i], 1);
            }
        }
        for (SelectionInstance.InstituteRule r : in.institutes()) {
            MPConstraint c = solver.makeConstraint(0, r.capacity());
            for (int i = 0; i < x.length; i++) {
                if (eligible.get(i).institutes().contains(r.id())) {
                    c.setCoefficient(x[i], 1);
                }
            }
        }
        for (SelectionInstance.MinShare s : in.minShares()) {
            MPConstraint c = solver.makeConstraint(0, Double.POSITIVE_INFINITY);
            for (int i = 0; i < x.length; i++) {
                double tagged = eligible.get(i).tags().contains(s.tag()) ? 1 : 0;
                c.setCoefficient(x[i], (tagged - s.share()) * eligible.get(i).amount());
            }
        }
        var objective = solver.objective();
        for (int i = 0; i < x.length; i++) {
            objective.setCoefficient(x[i], eligible.get(i).score());
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
        double bound = status == MPSolver.ResultStatus.OPTIMAL ? total : objective.bestBound();
        return new SelectionResult(selected, Math.round(total * 1000) / 1000.0, Math.round(bound * 1000) / 1000.0,
                status == MPSolver.ResultStatus.OPTIMAL, (System.nanoTime() - start) / 1_000_000);
    }
}
