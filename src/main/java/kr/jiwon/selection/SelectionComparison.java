package kr.jiwon.selection;

import java.util.List;

/** The optimum beside the greedy ranking for the same parameters, with every application's row. */
public record SelectionComparison(long callId, SelectionParameters parameters, SelectionResult optimum,
        SelectionResult greedy, List<SelectionRow> rows, SelectionInstance instance) {

    public long fundedAmount() {
        return rows.stream().filter(SelectionRow::selected).mapToLong(r -> r.amount().amount()).sum();
    }

    public long greedyAmount() {
        return rows.stream().filter(SelectionRow::selectedByGreedy).mapToLong(r -> r.amount().amount()).sum();
    }

    public long fundedCount() {
        return rows.stream().filter(SelectionRow::selected).count();
    }

    public long greedyCount() {
        return rows.stream().filter(SelectionRow::selectedByGreedy).count();
    }

    /** The applications this comparison funds differently from {@code base} (what a what-if changed). */
    public java.util.Set<Long> changedFrom(SelectionComparison base) {
        java.util.Set<Long> before = new java.util.HashSet<>();
        base.rows().stream().filter(SelectionRow::selected).forEach(r -> before.add(r.applicationId()));
        java.util.Set<Long> changed = new java.util.HashSet<>();
        rows.forEach(r -> {
            if (r.selected() != before.contains(r.applicationId())) {
                changed.add(r.applicationId());
            }
        });
        return changed;
    }

    /** How much more total score the optimum funds than the greedy ranking, in percent (0 if equal). */
    public double scoreGainPercent() {
        return greedy.objective() <= 0 ? 0 : (optimum.objective() - greedy.objective()) / greedy.objective() * 100;
    }

    public double declineShareOptimum() {
        return share(true);
    }

    public double declineShareGreedy() {
        return share(false);
    }

    private double share(boolean optimal) {
        long total = optimal ? fundedAmount() : greedyAmount();
        long decline = rows.stream().filter(r -> optimal ? r.selected() : r.selectedByGreedy())
                .filter(SelectionRow::declineArea).mapToLong(r -> r.amount().amount()).sum();
        return total == 0 ? 0 : (double) decline / total;
    }
}
