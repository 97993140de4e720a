package kr.jiwon.selection;

import java.time.Instant;
import java.util.List;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.Won;

/**
 * A call's confirmed selection round: when and by whom, its conditions (budget, minimum score, 인구감소지역 share,
 * objection period), the budget as changed since (with reasons), and the current decisions. It guards its budget:
 * a re-decision that would fund more than the budget needs an explicit budget change.
 */
public record ConfirmedResult(long callId, Instant confirmedAt, String confirmedBy, String parameters,
        double objective, double bound, boolean optimal, long fundedAmount, int objectionDays,
        Instant objectionUntil, Won confirmedBudget, Double minScore, Double declineShare,
        List<BudgetChange> budgetChanges, List<Decision> decisions) {

    /** A change of the round's budget after confirmation, with its reason. */
    public record BudgetChange(Won oldBudget, Won newBudget, String reason, Instant changedAt, String changedBy) {
    }

    public long selectedCount() {
        return decisions.stream().filter(Decision::selected).count();
    }

    /** The budget now: the confirmed one, or the latest change. */
    public Won budget() {
        return budgetChanges.isEmpty() ? confirmedBudget : budgetChanges.get(budgetChanges.size() - 1).newBudget();
    }

    /** What the current decisions fund. */
    public Won fundedNow() {
        return Won.of(decisions.stream().filter(Decision::selected)
                .mapToLong(d -> d.amount() == null ? 0 : d.amount().amount()).sum());
    }

    /** What would be funded if the application were decided anew as given (0 = not selected). */
    long fundedIf(long applicationId, long amount) {
        return decisions.stream().filter(d -> d.selected() && d.applicationId() != applicationId)
                .mapToLong(d -> d.amount() == null ? 0 : d.amount().amount()).sum() + amount;
    }

    /**
     * The round's rule for a re-decision funding {@code amount}: within the budget it needs nothing; beyond it, a
     * new budget at least as large as what would then be funded, which is returned (refused without one).
     */
    java.util.Optional<Won> budgetChangeFor(long applicationId, long amount, Won newBudget) {
        long total = fundedIf(applicationId, amount);
        if (total <= budget().amount()) {
            return java.util.Optional.empty();
        }
        if (newBudget == null) {
            throw InvalidInputException.of("newBudget", "selection.overBudget", Won.of(total),
                    budget(), Won.of(total - budget().amount()));
        }
        if (newBudget.amount() < total) {
            throw InvalidInputException.of("newBudget", "selection.newBudgetTooSmall", newBudget,
                    Won.of(total));
        }
        return java.util.Optional.of(newBudget);
    }
}
