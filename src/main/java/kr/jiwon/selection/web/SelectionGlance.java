package kr.jiwon.selection.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kr.jiwon.selection.SelectionComparison;
import kr.jiwon.selection.SelectionRow;

/**
 * The selection at a glance, for the page's pictures: the budget against what 점수순 and 최적화 fund, the scores in
 * bands of five points with the cut line at the minimum score (selected and not in each band), and the 인구감소지역
 * share against its minimum. Each picture has the same figures as text beside it.
 */
public record SelectionGlance(long budget, long greedyAmount, long optimumAmount, List<Band> bands, int maxBand,
        double minScore, double shareMinimum, double shareOptimum, double shareGreedy, List<SelectionRow> rows) {

    /** Applications whose score falls in [from, from + 5): how many were selected by 최적화 and how many not. */
    public record Band(int from, int selected, int notSelected) {

        public int total() {
            return selected + notSelected;
        }
    }

    static SelectionGlance of(SelectionComparison c, Set<Long> changed) {
        List<Band> bands = new ArrayList<>();
        List<SelectionRow> scored = c.rows().stream().filter(r -> r.score() != null).toList();
        if (!scored.isEmpty()) {
            int low = (int) Math.floor(scored.stream().mapToDouble(SelectionRow::score).min().orElse(0) / 5) * 5;
            int high = (int) Math.floor(scored.stream().mapToDouble(SelectionRow::score).max().orElse(0) / 5) * 5;
            low = Math.min(low, (int) Math.floor(c.parameters().minScore() / 5) * 5);
            for (int from = low; from <= high; from += 5) {
                int f = from;
                List<SelectionRow> in = scored.stream().filter(r -> r.score() >= f && r.score() < f + 5).toList();
                bands.add(new Band(from, (int) in.stream().filter(SelectionRow::selected).count(),
                        (int) in.stream().filter(r -> !r.selected()).count()));
            }
        }
        // the rows whose outcome the what-if changed come first, then as the comparison ordered them
        List<SelectionRow> rows = new ArrayList<>(c.rows());
        rows.sort(java.util.Comparator.comparing((SelectionRow r) -> !changed.contains(r.applicationId())));
        return new SelectionGlance(c.parameters().budget().amount(), c.greedyAmount(), c.fundedAmount(), bands,
                bands.stream().mapToInt(Band::total).max().orElse(0), c.parameters().minScore(),
                c.parameters().declineShare(), c.declineShareOptimum(), c.declineShareGreedy(), rows);
    }

    /** The largest amount, so the budget bars share one scale. */
    public long scale() {
        return Math.max(1, Math.max(budget, Math.max(greedyAmount, optimumAmount)));
    }

    /** Where the cut line falls among the bands (index from the left, fractional). */
    public double cutPosition() {
        return bands.isEmpty() ? 0 : (minScore - bands.get(0).from()) / 5.0;
    }
}
