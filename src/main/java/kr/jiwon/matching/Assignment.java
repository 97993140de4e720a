package kr.jiwon.matching;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import java.util.ArrayList;
import java.util.Arrays;
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
 * giving a convergent request its institutes from different fields, exactly as many as it needs or none.
 *
 * <p>
 * The integer programme's linear relaxation (GLOP) is nearly integral on real shapes: most requests get a whole
 * institute set or nothing. Those are kept as the relaxation gives them; the few requests it splits are solved
 * exactly by CP-SAT in the room that is left, and requests still unassigned take any institutes that have room
 * (LP-and-fix). The relaxation's value bounds every assignment, so the gap is known. When the gap is larger than
 * asked (none by default) and time is left, CP-SAT solves the whole programme from that answer and may prove it
 * optimal. The arrival-order baseline — each request to its top institute(s) while they have room — is computed
 * beside it and is the answer if nothing better is found in time.
 */
public final class Assignment {

    private static final double SCALE = 1000.0;

    private static final double INTEGRAL = 1e-6;

    private final double timeLimitSeconds;

    private final double relativeGap;

    /** Solves to a proven optimum if it can within the time limit. */
    public Assignment(double timeLimitSeconds) {
        this(timeLimitSeconds, 0);
    }

    /** Stops as soon as the answer is within {@code relativeGap} (e.g. 0.005) of the bound. */
    public Assignment(double timeLimitSeconds, double relativeGap) {
        this.timeLimitSeconds = timeLimitSeconds;
        this.relativeGap = relativeGap;
    }

    public AssignmentResult solve(AssignmentProblem p) {
        long start = System.nanoTime();
        long deadline = start + (long) (timeLimitSeconds * 1e9);
        Loader.loadNativeLibraries();
        Model m = new Model(p);
        int[][] baseline = m.emptyChoice();
        m.fill(baseline, m.allRequests(), new int[m.institutes], new long[m.institutes], false);
        double baselineTotal = m.total(baseline);
        int baselineAssigned = m.assignedCount(baseline);

        long bound = Long.MAX_VALUE;
        int[][] best = baseline;
        double[][] lp = m.relax(seconds(deadline));
        if (lp != null) {
            bound = (long) Math.floor(m.lpValue + INTEGRAL);
            int[][] fixed = m.fixAndSolve(lp, seconds(deadline), relativeGap);
            if (fixed != null && m.scaled(fixed) > m.scaled(best)) {
                best = fixed;
            }
        }
        if (m.scaled(best) < bound && gap(m.scaled(best), bound) > relativeGap && seconds(deadline) > 0.05) {
            CpResult full = m.cpSat(m.allRequests(), m.capacity, m.budget, best, seconds(deadline), relativeGap);
            if (full.choice != null && m.scaled(full.choice) > m.scaled(best)) {
                best = full.choice;
            }
            bound = Math.min(bound, full.bound);
        }
        boolean optimal = m.scaled(best) >= bound;
        Map<String, List<String>> assigned = m.asMap(best);
        Map<String, String> unassigned = new LinkedHashMap<>();
        Map<String, AssignmentResult.Why> why = new LinkedHashMap<>();
        Map<String, Institute> byId = new HashMap<>();
        p.institutes().forEach(i -> byId.put(i.id(), i));
        for (Request r : p.requests()) {
            if (!assigned.containsKey(r.id())) {
                unassigned.put(r.id(), reason(r, byId, assigned, why));
            }
        }
        double shownBound = bound == Long.MAX_VALUE ? m.total(best) : bound / SCALE;
        return new AssignmentResult(assigned, round(m.total(best)), round(Math.max(shownBound, m.total(best))),
                optimal, round(baselineTotal), baselineAssigned, unassigned, why,
                (System.nanoTime() - start) / 1_000_000);
    }

    private static double seconds(long deadline) {
        return Math.max(0, (deadline - System.nanoTime()) / 1e9);
    }

    private static double gap(long value, long bound) {
        return bound <= 0 ? 0 : (double) (bound - value) / bound;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private record CpResult(int[][] choice, long bound) {
    }

    /**
     * The problem as arrays: per request its candidate arcs (institute index, scaled fit), its share of money per
     * institute and how many institutes it needs; per institute its capacity, budget (-1: none) and field.
     */
    private static final class Model {

        final AssignmentProblem problem;

        final int requests;

        final int institutes;

        final int[][] arcInstitute;

        final long[][] arcFit;

        final double[][] arcFitRaw;

        final int[] needed;

        final long[] share;

        final int[] capacity;

        final long[] budget;

        final int[] field;

        double lpValue;

        Model(AssignmentProblem p) {
            this.problem = p;
            requests = p.requests().size();
            institutes = p.institutes().size();
            Map<String, Integer> index = new HashMap<>();
            Map<String, Integer> fields = new HashMap<>();
            capacity = new int[institutes];
            budget = new long[institutes];
            field = new int[institutes];
            for (int i = 0; i < institutes; i++) {
                Institute inst = p.institutes().get(i);
                index.put(inst.id(), i);
                capacity[i] = inst.capacity();
                budget[i] = inst.budget() == null ? -1 : inst.budget();
                field[i] = fields.computeIfAbsent(inst.field(), k -> fields.size());
            }
            arcInstitute = new int[requests][];
            arcFit = new long[requests][];
            arcFitRaw = new double[requests][];
            needed = new int[requests];
            share = new long[requests];
            for (int r = 0; r < requests; r++) {
                Request q = p.requests().get(r);
                needed[r] = q.institutesNeeded();
                share[r] = q.amount() / q.institutesNeeded();
                List<Map.Entry<String, Double>> arcs = q.fit().entrySet().stream()
                        .filter(e -> e.getValue() > 0 && index.containsKey(e.getKey()))
                        .sorted(Map.Entry.<String, Double>comparingByValue().reversed()
                                .thenComparing(Map.Entry.comparingByKey()))
                        .toList();
                arcInstitute[r] = arcs.stream().mapToInt(e -> index.get(e.getKey())).toArray();
                arcFit[r] = arcs.stream().mapToLong(e -> Math.round(e.getValue() * SCALE)).toArray();
                arcFitRaw[r] = arcs.stream().mapToDouble(Map.Entry::getValue).toArray();
            }
        }

        /** For each request, the positions of its chosen arcs (empty: unassigned). */
        int[][] emptyChoice() {
            int[][] c = new int[requests][];
            Arrays.fill(c, new int[0]);
            return c;
        }

        /** Every request, in the order they came (the arrival order). */
        int[] allRequests() {
            int[] order = new int[requests];
            for (int r = 0; r < requests; r++) {
                order[r] = r;
            }
            return order;
        }

        /** Counts the chosen arcs of a request against its institutes' projects and money. */
        private void book(int r, int[] arcs, int[] load, long[] spent) {
            for (int a : arcs) {
                load[arcInstitute[r][a]]++;
                spent[arcInstitute[r][a]] += share[r];
            }
        }

        long scaled(int[][] choice) {
            long s = 0;
            for (int r = 0; r < requests; r++) {
                for (int a : choice[r]) {
                    s += arcFit[r][a];
                }
            }
            return s;
        }

        double total(int[][] choice) {
            double s = 0;
            for (int r = 0; r < requests; r++) {
                for (int a : choice[r]) {
                    s += arcFitRaw[r][a];
                }
            }
            return s;
        }

        int assignedCount(int[][] choice) {
            int n = 0;
            for (int[] c : choice) {
                n += c.length > 0 ? 1 : 0;
            }
            return n;
        }

        Map<String, List<String>> asMap(int[][] choice) {
            Map<String, List<String>> out = new LinkedHashMap<>();
            for (int r = 0; r < requests; r++) {
                if (choice[r].length > 0) {
                    List<String> got = new ArrayList<>();
                    for (int a : choice[r]) {
                        got.add(problem.institutes().get(arcInstitute[r][a]).id());
                    }
                    out.put(problem.requests().get(r).id(), got);
                }
            }
            return out;
        }

        private boolean hasRoom(int i, long money, int[] load, long[] spent) {
            return load[i] < capacity[i] && (budget[i] < 0 || spent[i] + money <= budget[i]);
        }

        /**
         * Gives each still unassigned request, in the order given, its best-fitting institutes (from different
         * fields when it needs several). With {@code skipFull} false this is arrival order as offices do it: the top
         * institutes or nothing; with true, institutes without room are passed over for the next ones.
         */
        void fill(int[][] choice, int[] order, int[] load, long[] spent, boolean skipFull) {
            for (int r : order) {
                if (choice[r].length > 0) {
                    continue;
                }
                int[] picked = new int[needed[r]];
                int n = 0;
                Set<Integer> fields = new HashSet<>();
                for (int a = 0; a < arcInstitute[r].length && n < needed[r]; a++) {
                    int i = arcInstitute[r][a];
                    if (skipFull && !hasRoom(i, share[r], load, spent)) {
                        continue;
                    }
                    if (needed[r] == 1 || fields.add(field[i])) {
                        picked[n++] = a;
                    }
                }
                boolean fits = n == needed[r];
                for (int k = 0; fits && k < n; k++) {
                    fits = hasRoom(arcInstitute[r][picked[k]], share[r], load, spent);
                }
                if (fits) {
                    choice[r] = picked;
                    book(r, picked, load, spent);
                }
            }
        }

        /** The linear relaxation (GLOP) of the whole programme: per request and arc the fraction taken, or null. */
        double[][] relax(double seconds) {
            Linear lp = linear("GLOP", allRequests(), capacity, budget, seconds, 0);
            if (lp == null) {
                return null;
            }
            lpValue = lp.value;
            return lp.x;
        }

        private record Linear(double[][] x, double value) {
        }

        /**
         * The programme over {@code subset} with {@code room} and {@code left} (-1: no budget) per institute, as a
         * linear programme for OR-Tools' linear solvers: continuous for GLOP, in 0/1 variables for SCIP. Null when
         * it finds no answer in time.
         */
        private Linear linear(String solverId, int[] subset, int[] room, long[] left, double seconds,
                double relativeGap) {
            MPSolver solver = MPSolver.createSolver(solverId);
            if (solver == null) {
                return null;
            }
            boolean integer = !solverId.equals("GLOP");
            try {
                solver.setTimeLimit((long) (seconds * 1000));
                MPVariable[][] x = new MPVariable[requests][];
                MPConstraint[] cap = new MPConstraint[institutes];
                MPConstraint[] money = new MPConstraint[institutes];
                for (int i = 0; i < institutes; i++) {
                    cap[i] = solver.makeConstraint(0, Math.max(0, room[i]));
                    if (left[i] >= 0) {
                        money[i] = solver.makeConstraint(0, left[i]);
                    }
                }
                var objective = solver.objective();
                for (int r : subset) {
                    int arcs = arcInstitute[r].length;
                    x[r] = new MPVariable[arcs];
                    if (arcs == 0) {
                        continue;
                    }
                    MPVariable y = solver.makeVar(0, 1, integer, "");
                    MPConstraint exactly = solver.makeConstraint(0, 0);
                    exactly.setCoefficient(y, -needed[r]);
                    Map<Integer, MPConstraint> perField = new HashMap<>();
                    for (int a = 0; a < arcs; a++) {
                        int i = arcInstitute[r][a];
                        MPVariable v = solver.makeVar(0, 1, integer, "");
                        x[r][a] = v;
                        exactly.setCoefficient(v, 1);
                        cap[i].setCoefficient(v, 1);
                        if (money[i] != null) {
                            money[i].setCoefficient(v, share[r]);
                        }
                        if (needed[r] > 1) {
                            perField.computeIfAbsent(field[i], k -> solver.makeConstraint(0, 1)).setCoefficient(v,
                                    1);
                        }
                        objective.setCoefficient(v, arcFit[r][a]);
                    }
                }
                objective.setMaximization();
                var params = new com.google.ortools.linearsolver.MPSolverParameters();
                if (integer) {
                    params.setDoubleParam(
                            com.google.ortools.linearsolver.MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP,
                            relativeGap);
                }
                MPSolver.ResultStatus status = solver.solve(params);
                if (status != MPSolver.ResultStatus.OPTIMAL
                        && (!integer || status != MPSolver.ResultStatus.FEASIBLE)) {
                    return null;
                }
                double[][] values = new double[requests][];
                for (int r = 0; r < requests; r++) {
                    values[r] = new double[x[r] == null ? 0 : x[r].length];
                    for (int a = 0; a < values[r].length; a++) {
                        values[r][a] = x[r][a].solutionValue();
                    }
                }
                return new Linear(values, objective.value());
            } finally {
                solver.delete();
            }
        }

        /**
         * Keeps every request the relaxation gives a whole answer (all of its arcs 0 or 1); the few it splits are
         * solved as an integer programme (SCIP) in the room left, within the relative gap asked, and checked in
         * exact arithmetic (CP-SAT takes over if SCIP's floating-point answer breaks a limit); then unassigned
         * requests take institutes that still have room.
         */
        int[][] fixAndSolve(double[][] lp, double seconds, double relativeGap) {
            int[][] choice = emptyChoice();
            int[] load = new int[institutes];
            long[] spent = new long[institutes];
            List<Integer> split = new ArrayList<>();
            for (int r = 0; r < requests; r++) {
                boolean whole = true;
                List<Integer> taken = new ArrayList<>();
                for (int a = 0; a < lp[r].length; a++) {
                    double v = lp[r][a];
                    if (v > 1 - INTEGRAL) {
                        taken.add(a);
                    } else if (v > INTEGRAL) {
                        whole = false;
                    }
                }
                if (!whole || (!taken.isEmpty() && taken.size() != needed[r])) {
                    split.add(r);
                } else if (taken.size() == needed[r]) {
                    choice[r] = taken.stream().mapToInt(Integer::intValue).toArray();
                    book(r, choice[r], load, spent);
                }
            }
            if (!withinLimits(load, spent, capacity, budget)) {
                return null; // rounding broke a limit: leave it to the exact solver
            }
            if (!split.isEmpty()) {
                int[] room = new int[institutes];
                long[] left = new long[institutes];
                for (int i = 0; i < institutes; i++) {
                    room[i] = capacity[i] - load[i];
                    left[i] = budget[i] < 0 ? -1 : budget[i] - spent[i];
                }
                int[] subset = split.stream().mapToInt(Integer::intValue).toArray();
                int[][] rest = null;
                Linear mip = linear("SCIP", subset, room, left, Math.max(0.1, seconds), relativeGap);
                if (mip != null) {
                    rest = emptyChoice();
                    for (int r : subset) {
                        List<Integer> got = new ArrayList<>();
                        for (int a = 0; a < mip.x[r].length; a++) {
                            if (mip.x[r][a] > 0.5) {
                                got.add(a);
                            }
                        }
                        rest[r] = got.stream().mapToInt(Integer::intValue).toArray();
                    }
                    if (!fits(rest, subset, room, left)) {
                        rest = null;
                    }
                }
                if (rest == null) {
                    rest = cpSat(subset, room, left, null, Math.max(0.1, seconds), 0).choice;
                }
                if (rest != null) {
                    for (int r : subset) {
                        choice[r] = rest[r];
                        book(r, choice[r], load, spent);
                    }
                }
            }
            Integer[] byFit = new Integer[requests];
            for (int r = 0; r < requests; r++) {
                byFit[r] = r;
            }
            Arrays.sort(byFit, Comparator.comparingLong((Integer r) -> arcFit[r].length == 0 ? 0 : -arcFit[r][0]));
            fill(choice, Arrays.stream(byFit).mapToInt(Integer::intValue).toArray(), load, spent, true);
            return choice;
        }

        /** Whether a choice for the subset keeps every rule in exact arithmetic, within the room given. */
        private boolean fits(int[][] choice, int[] subset, int[] room, long[] left) {
            int[] used = new int[institutes];
            long[] paid = new long[institutes];
            for (int r : subset) {
                int[] c = choice[r];
                if (c.length != 0 && c.length != needed[r]) {
                    return false;
                }
                Set<Integer> fields = new HashSet<>();
                for (int a : c) {
                    if (needed[r] > 1 && !fields.add(field[arcInstitute[r][a]])) {
                        return false;
                    }
                }
                book(r, c, used, paid);
            }
            return withinLimits(used, paid, room, left);
        }

        /** Whether the projects and money counted stay within each institute's room (-1 money: no budget). */
        private boolean withinLimits(int[] used, long[] paid, int[] room, long[] left) {
            for (int i = 0; i < institutes; i++) {
                if (used[i] > Math.max(0, room[i]) || (left[i] >= 0 && paid[i] > left[i])) {
                    return false;
                }
            }
            return true;
        }

        /**
         * The integer programme over the given requests, with the given room per institute, solved by CP-SAT
         * (started from {@code hint} when given). Requests not in {@code subset} are left empty.
         */
        CpResult cpSat(int[] subset, int[] room, long[] left, int[][] hint, double seconds, double relativeGap) {
            CpModel model = new CpModel();
            BoolVar[][] x = new BoolVar[requests][];
            List<List<BoolVar>> perInstitute = new ArrayList<>();
            List<List<Long>> costs = new ArrayList<>();
            for (int i = 0; i < institutes; i++) {
                perInstitute.add(new ArrayList<>());
                costs.add(new ArrayList<>());
            }
            List<BoolVar> objectiveVars = new ArrayList<>();
            List<Long> objectiveCoeffs = new ArrayList<>();
            for (int r : subset) {
                int arcs = arcInstitute[r].length;
                x[r] = new BoolVar[arcs];
                BoolVar y = model.newBoolVar("y" + r);
                Map<Integer, List<BoolVar>> perField = new HashMap<>();
                Set<Integer> hinted = new HashSet<>();
                if (hint != null) {
                    Arrays.stream(hint[r]).forEach(hinted::add);
                    model.addHint(y, !hinted.isEmpty());
                }
                for (int a = 0; a < arcs; a++) {
                    int i = arcInstitute[r][a];
                    BoolVar v = model.newBoolVar("x" + r + "_" + a);
                    x[r][a] = v;
                    if (hint != null) {
                        model.addHint(v, hinted.contains(a));
                    }
                    perInstitute.get(i).add(v);
                    costs.get(i).add(share[r]);
                    perField.computeIfAbsent(field[i], k -> new ArrayList<>()).add(v);
                    objectiveVars.add(v);
                    objectiveCoeffs.add(arcFit[r][a]);
                }
                model.addEquality(LinearExpr.sum(x[r]), LinearExpr.term(y, needed[r]));
                if (needed[r] > 1) {
                    perField.values()
                            .forEach(vs -> model.addLessOrEqual(LinearExpr.sum(vs.toArray(BoolVar[]::new)), 1));
                }
            }
            for (int i = 0; i < institutes; i++) {
                List<BoolVar> vs = perInstitute.get(i);
                if (vs.isEmpty()) {
                    continue;
                }
                BoolVar[] arr = vs.toArray(BoolVar[]::new);
                model.addLessOrEqual(LinearExpr.sum(arr), Math.max(0, room[i]));
                if (left[i] >= 0) {
                    model.addLessOrEqual(
                            LinearExpr.weightedSum(arr, costs.get(i).stream().mapToLong(Long::longValue).toArray()),
                            left[i]);
                }
            }
            model.maximize(LinearExpr.weightedSum(objectiveVars.toArray(BoolVar[]::new),
                    objectiveCoeffs.stream().mapToLong(Long::longValue).toArray()));
            CpSolver solver = new CpSolver();
            solver.getParameters().setMaxTimeInSeconds(seconds);
            solver.getParameters().setNumWorkers(2);
            solver.getParameters().setRelativeGapLimit(relativeGap);
            CpSolverStatus status = solver.solve(model);
            long cpBound = (long) Math.floor(solver.bestObjectiveBound() + INTEGRAL);
            if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
                return new CpResult(null, status == CpSolverStatus.UNKNOWN ? Long.MAX_VALUE : cpBound);
            }
            int[][] choice = emptyChoice();
            for (int r : subset) {
                List<Integer> got = new ArrayList<>();
                for (int a = 0; a < x[r].length; a++) {
                    if (solver.booleanValue(x[r][a])) {
                        got.add(a);
                    }
                }
                choice[r] = got.stream().mapToInt(Integer::intValue).toArray();
            }
            return new CpResult(choice, cpBound);
        }
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
