package kr.jiwon.matching;

import java.util.List;
import java.util.Map;

/**
 * An assignment: the institutes each request got, the total fit, whether it is proven optimal (and the bound),
 * the arrival-order baseline's total for comparison, and every unassigned request with the reason.
 */
public record AssignmentResult(Map<String, List<String>> assigned, double totalFit, double bound, boolean optimal,
        double baselineTotalFit, int baselineAssigned, Map<String, String> unassigned,
        long millis) {
}
