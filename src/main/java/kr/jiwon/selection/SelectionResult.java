package kr.jiwon.selection;

import java.util.List;

/** The funded applications, the total score (objective), the solver's bound and whether optimality is proven. */
public record SelectionResult(List<String> selected, double objective, double bound, boolean optimal, long millis) {
}
