package kr.jiwon.matching;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.jiwon.matching.AssignmentProblem.Institute;
import kr.jiwon.matching.AssignmentProblem.Request;

/**
 * Assigns requests to institutes maximising the total fit, within every institute's capacity (projects and money),
 * giving a convergent request its institutes from different fields, exactly as many as it needs or none. Solved
 * exactly with OR-Tools CP-SAT (an integer programme); the arrival-order baseline — each request to its top
 * institute(s) while they have room — is computed beside it.
 */
public final class Assignment {

    private static final double SCALE = 1000.0;

    private final double timeLimitSeconds;

    public Assignment(double timeLimitSeconds) {
        this.timeLimitSeconds = timeLimitSeconds;
    }

    public AssignmentResult solve(AssignmentProblem p) {
        long start = System.nanoTime();
        Loader.loadNativeLibraries();
        Map<String, Institute> byId = new HashMap<>();
        p.institutes().forEach(i -> byId.put(i.id(), i));
        CpModel model = new CpModel();
        Map<String, Map<String, BoolVar>> x = new LinkedHashMap<>();
        Map<String, List<BoolVar>> perInstitute = new HashMap<>();
        Map<String, List<Long>> costPerInstitute = new HashMap<>();
        List<BoolVar> objectiveVars = new ArrayList<>();
        List<Long> objectiveCoeffs = new ArrayList<>();
        for (Request r : p.requests()) {
            BoolVar y = model.newBoolVar("y_" + r.id());
            Map<String, BoolVar> vars = new LinkedHashMap<>();
            Map<String, List<BoolVar>> perField = new HashMap<>();
            for (Map.Entry<String, Double> f : r.fit().entrySet()) {
                Institute inst = byId.get(f.getKey());
                if (inst == null || f.getValue() <= 0) {
                    continue;
                }
                BoolVar v = model.newBoolVar("x_" + r.id() + "_" + inst.id());
                vars.put(inst.id(), v);
                perInstitute.computeIfAbsent(inst.id(), k -> new ArrayList<>()).add(v);
                costPerInstitute.computeIfAbsent(inst.id(), k -> new ArrayList<>())
                        .add(r.amount() / r.institutesNeeded());
                perField.computeIfAbsent(inst.field(), k -> new ArrayList<>()).add(v);
                objectiveVars.add(v);
                objectiveCoeffs.add(Math.round(f.getValue() * SCALE));
            }
            BoolVar[] all = vars.values().toArray(BoolVar[]::new);
            model.addEquality(LinearExpr.sum(all), LinearExpr.term(y, r.institutesNeeded()));
            if (r.institutesNeeded() > 1) {
                perField.values().forEach(vs -> model.addLessOrEqual(LinearExpr.sum(vs.toArray(BoolVar[]::new)), 1));
            }
            x.put(r.id(), vars);
        }
        for (Institute i : p.institutes()) {
            List<BoolVar> vs = perInstitute.getOrDefault(i.id(), List.of());
            if (vs.isEmpty()) {
                continue;
            }
            BoolVar[] arr = vs.toArray(BoolVar[]::new);
            model.addLessOrEqual(LinearExpr.sum(arr), i.capacity());
            if (i.budget() != null) {
                long[] costs = costPerInstitute.get(i.id()).stream().mapToLong(Long::longValue).toArray();
                model.addLessOrEqual(LinearExpr.weightedSum(arr, costs), i.budget());
            }
        }
        model.maximize(LinearExpr.weightedSum(objectiveVars.toArray(BoolVar[]::new),
                objectiveCoeffs.stream().mapToLong(Long::longValue).toArray()));
        // (hinting the solver with the arrival-order answer was tried and made it slower to improve: see
        // docs/performance.md; the baseline is kept as a fallback below instead)
        Baseline baseline = baseline(p, byId);
        CpSolver solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(timeLimitSeconds);
        solver.getParameters().setNumWorkers(2);
        CpSolverStatus status = solver.solve(model);
        Map<String, List<String>> assigned = new LinkedHashMap<>();
        double total = 0;
        if (status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE) {
            for (Request r : p.requests()) {
                List<String> got = new ArrayList<>();
                x.get(r.id()).forEach((inst, v) -> {
                    if (solver.booleanValue(v)) {
                        got.add(inst);
                    }
                });
                if (!got.isEmpty()) {
                    assigned.put(r.id(), got);
                    for (String inst : got) {
                        total += r.fit().get(inst);
                    }
                }
            }
        }
        if (total < baseline.total()) {
            // the time limit ran out before the solver improved on arrival order: keep the better answer
            assigned = new LinkedHashMap<>(baseline.chosen());
            total = baseline.total();
        }
        Map<String, String> unassigned = new LinkedHashMap<>();
        Map<String, AssignmentResult.Why> why = new LinkedHashMap<>();
        for (Request r : p.requests()) {
            if (!assigned.containsKey(r.id())) {
                unassigned.put(r.id(), reason(r, byId, assigned, why));
            }
        }
        return new AssignmentResult(assigned, round(total), round(solver.bestObjectiveBound() / SCALE),
                status == CpSolverStatus.OPTIMAL, round(baseline.total), baseline.assigned, unassigned, why,
                (System.nanoTime() - start) / 1_000_000);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private record Baseline(double total, int assigned, Map<String, List<String>> chosen) {
    }

    /** Arrival order: each request takes its best-fitting institute(s) if they still have room, else nothing. */
    private static Baseline baseline(AssignmentProblem p, Map<String, Institute> byId) {
        Map<String, Integer> load = new HashMap<>();
        Map<String, Long> spent = new HashMap<>();
        Map<String, List<String>> picked = new HashMap<>();
        double total = 0;
        int count = 0;
        for (Request r : p.requests()) {
            List<String> ranked = r.fit().entrySet().stream()
                    .filter(e -> e.getValue() > 0 && byId.containsKey(e.getKey()))
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).map(Map.Entry::getKey).toList();
            List<String> chosen = new ArrayList<>();
            Set<String> fields = new HashSet<>();
            for (String inst : ranked) {
                if (chosen.size() == r.institutesNeeded()) {
                    break;
                }
                if (fields.add(byId.get(inst).field()) || r.institutesNeeded() == 1) {
                    chosen.add(inst);
                }
            }
            long share = r.amount() / r.institutesNeeded();
            boolean fits = chosen.size() == r.institutesNeeded() && chosen.stream().allMatch(i -> {
                Institute inst = byId.get(i);
                return load.getOrDefault(i, 0) < inst.capacity()
                        && (inst.budget() == null || spent.getOrDefault(i, 0L) + share <= inst.budget());
            });
            if (fits) {
                for (String i : chosen) {
                    load.merge(i, 1, Integer::sum);
                    spent.merge(i, share, Long::sum);
                    total += r.fit().get(i);
                }
                picked.put(r.id(), chosen);
                count++;
            }
        }
        return new Baseline(total, count, picked);
    }

    private static String reason(Request r, Map<String, Institute> byId, Map<String, List<String>> assigned,
            Map<String, AssignmentResult.Why> why) {
        List<Institute> candidates = r.fit().entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> byId.get(e.getKey())).filter(java.util.Objects::nonNull).toList();
        if (candidates.isEmpty()) {
            why.put(r.id(), AssignmentResult.Why.NO_CANDIDATE);
            return "no candidate institute fits this request";
        }
        if (r.institutesNeeded() > 1
                && candidates.stream().map(Institute::field).distinct().count() < r.institutesNeeded()) {
            why.put(r.id(), AssignmentResult.Why.FIELDS);
            return "needs " + r.institutesNeeded() + " institutes from different fields; candidates cover fewer fields";
        }
        Map<String, Integer> load = new HashMap<>();
        assigned.values().forEach(list -> list.forEach(i -> load.merge(i, 1, Integer::sum)));
        boolean allFull = candidates.stream().allMatch(i -> load.getOrDefault(i.id(), 0) >= i.capacity());
        if (allFull) {
            why.put(r.id(), AssignmentResult.Why.FULL);
            return "every candidate institute is at its capacity ("
                    + String.join(", ", candidates.stream().sorted(Comparator.comparing(Institute::id))
                            .map(i -> i.id() + " " + i.capacity()).toList())
                    + ")";
        }
        why.put(r.id(), AssignmentResult.Why.TRADE_OFF);
        return "the candidates' remaining capacity or budget went to requests with a higher total fit";
    }
}
