package kr.jiwon.selection;

import java.time.Instant;
import java.util.List;

/**
 * A call's confirmed selection round: when and by whom, its conditions (budget, minimum score, 인구감소지역 share,
 * objection period), the budget as changed since (with reasons), and the current decisions. It guards its budget:
 * a re-decision that would fund more than the budget needs an explicit budget change.
 */
public record ConfirmedResult(long callId, Instant confirmedAt, String confirmedBy, String parameters,
                              double objective, double bound, boolean optimal, long fundedAmount, int objectionDays,
                              Instant objectionUntil, long confirmedBudget, Double minScore, Double declineShare,
                              List<BudgetChange> budgetChanges, List<Decision> decisions) {

    /** A change of the round's budget after confirmation, with its reason. */
    public record BudgetChange(long oldBudget, long newBudget, String reason, Instant changedAt, String changedBy) {
    }

    public long selectedCount() {
        return decisions.stream().filter(Decision::selected).count();
    }

    /** The budget now: the confirmed one, or the latest change. */
    public long budget() {
        return budgetChanges.isEmpty() ? confirmedBudget : budgetChanges.get(budgetChanges.size() - 1).newBudget();
    }

    /** What the current decisions fund. */
    public long fundedNow() {
        return decisions.stream().filter(Decision::selected).mapToLong(d -> d.amount() == null ? 0 : d.amount()).sum();
    }

    /** What would be funded if the application were decided anew as given (0 = not selected). */
    long fundedIf(long applicationId, long amount) {
        return decisions.stream().filter(d -> d.selected() && d.applicationId() != applicationId)
                .mapToLong(d -> d.amount() == null ? 0 : d.amount()).sum() + amount;
    }
}
