package kr.jiwon.review;

import java.util.List;
import java.util.Map;

/**
 * A reviewer assignment for a call: the pairs, their total expertise fit, and — when k conflict-free reviewers
 * within the load limit cannot be found for every application — which applications fall short and why.
 */
public record AssignmentOutcome(long callId, int reviewersPerApplication, int maxLoad, List<Pair> pairs,
        long totalFit, List<Shortfall> shortfalls, int applications, int reviewers) {

    /** One reviewer on one application, with the expertise fit that made the choice. */
    public record Pair(long applicationId, long reviewerId, int fit) {
    }

    /**
     * An application that cannot get k reviewers: how many it got, how many reviewers are free of conflict with
     * it, the conflicts by policy, and whether the load limit (rather than conflicts) is what ran out.
     */
    public record Shortfall(long applicationId, String receiptNumber, String title, int assigned, int needed,
            int candidates, Map<String, Integer> conflictsByPolicy, boolean loadLimited) {
    }

    public boolean feasible() {
        return shortfalls.isEmpty();
    }

    /** The total capacity of the pool against what the call needs (k × applications). */
    public boolean capacityShort() {
        return (long) reviewers * maxLoad < (long) applications * reviewersPerApplication;
    }
}
