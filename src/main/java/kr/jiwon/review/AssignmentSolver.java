package kr.jiwon.review;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Optimal reviewer assignment as a min-cost max-flow (OR-Tools): source → application (capacity k) → reviewer
 * (capacity 1, only for conflict-free pairs, cost = best fit − fit) → sink (capacity = load limit). The maximum
 * flow is the most reviews that can be placed; among those, the cost is minimal, so the total fit is maximal.
 */
final class AssignmentSolver {

    /** A conflict-free candidate pairing with its fit; {@code conflicts} lists the policies that block others. */
    record Candidate(int application, int reviewer, int fit) {
    }

    record Solution(List<Candidate> chosen, long flow) {
    }

    private AssignmentSolver() {
    }

    static Solution solve(int applications, int reviewers, int k, int maxLoad, List<Candidate> candidates) {
        Loader.loadNativeLibraries();
        MinCostFlow flow = new MinCostFlow();
        int source = 0;
        int sink = applications + reviewers + 1;
        int best = candidates.stream().mapToInt(Candidate::fit).max().orElse(0);
        for (int a = 0; a < applications; a++) {
            flow.addArcWithCapacityAndUnitCost(source, 1 + a, k, 0);
        }
        for (int r = 0; r < reviewers; r++) {
            flow.addArcWithCapacityAndUnitCost(1 + applications + r, sink, maxLoad, 0);
        }
        Map<Integer, Candidate> arcs = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            int arc = flow.addArcWithCapacityAndUnitCost(1 + c.application(), 1 + applications + c.reviewer(), 1,
                    best - c.fit());
            arcs.put(arc, c);
        }
        if (candidates.isEmpty()) {
            return new Solution(List.of(), 0);
        }
        // the most that could flow; solveMaxFlowWithMinCost sends as much of it as the capacities allow
        flow.setNodeSupply(source, (long) applications * k);
        flow.setNodeSupply(sink, -(long) applications * k);
        MinCostFlowBase.Status status = flow.solveMaxFlowWithMinCost();
        if (status != MinCostFlowBase.Status.OPTIMAL) {
            throw new IllegalStateException("min-cost flow failed: " + status);
        }
        List<Candidate> chosen = new ArrayList<>();
        arcs.forEach((arc, c) -> {
            if (flow.getFlow(arc) > 0) {
                chosen.add(c);
            }
        });
        return new Solution(chosen, flow.getMaximumFlow());
    }
}
