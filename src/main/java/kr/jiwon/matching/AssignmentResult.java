package kr.jiwon.matching;

import java.util.List;
import java.util.Map;

/**
 * An assignment: the institutes each request got, the total fit, whether it is proven optimal (and the bound),
 * the arrival-order baseline's total for comparison, and every unassigned request with the reason (in words, and
 * as a kind for pages to word in their language).
 */
public record AssignmentResult(Map<String, List<String>> assigned, double totalFit, double bound, boolean optimal,
        double baselineTotalFit, int baselineAssigned, Map<String, String> unassigned,
        Map<String, Why> unassignedWhy, long millis) {

    /** Why a request got no institute. */
    public enum Why {
        /** no candidate institute fits it */
        NO_CANDIDATE,
        /** a convergent request's candidates cover fewer fields than it needs */
        FIELDS,
        /** every candidate is at its capacity */
        FULL,
        /** the candidates' room went to requests with a higher total fit */
        TRADE_OFF
    }
}
