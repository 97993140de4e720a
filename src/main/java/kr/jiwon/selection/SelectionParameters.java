package kr.jiwon.selection;

import java.util.Map;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.Violations;
import kr.jiwon.shared.Won;

/**
 * What the officer decides for a call's selection: the budget, the minimum score, the minimum share of the funded
 * amount for companies in 인구감소지역 (0–1), re-weighted rubric criteria (what-if), the objection period, and
 * reduced amounts (감액: application id → the amount to fund instead of the requested one).
 */
public record SelectionParameters(Won budget, double minScore, double declineShare, Map<String, Integer> weights,
        int objectionDays, Map<Long, Long> reductions) {

    public SelectionParameters {
        weights = weights == null ? Map.of() : Map.copyOf(weights);
        reductions = reductions == null ? Map.of() : Map.copyOf(reductions);
    }

    public SelectionParameters(Won budget, double minScore, double declineShare, Map<String, Integer> weights,
            int objectionDays) {
        this(budget, minScore, declineShare, weights, objectionDays, Map.of());
    }

    /** The same parameters without reductions (what the greedy status quo and the comparison start from). */
    public SelectionParameters withReductions(Map<Long, Long> r) {
        return new SelectionParameters(budget, minScore, declineShare, weights, objectionDays, r);
    }

    void validate() {
        Violations v = new Violations();
        v.check(budget != null && budget.amount() > 0, "budget", "selection.budgetPositive");
        v.check(minScore >= 0 && minScore <= 120, "minScore", "selection.minScoreRange");
        v.check(declineShare >= 0 && declineShare <= 1, "declineShare", "selection.shareRange");
        v.check(objectionDays >= 1 && objectionDays <= 60, "objectionDays", "selection.objectionDaysRange");
        weights.forEach((k, w) -> v.check(w != null && w >= 0 && w <= 100, "weights[" + k + "]",
                "selection.weightRange"));
        reductions.forEach((id, amount) -> v.check(amount != null && amount > 0, "reductions[" + id + "]",
                "selection.reductionPositive"));
        if (!v.isEmpty()) {
            throw new InvalidInputException(v.list());
        }
    }

    /** The parameters as text, kept with a confirmed result. */
    String describe() {
        return "budget=" + budget.amount() + " minScore=" + minScore + " declineShare=" + declineShare + " weights="
                + weights
                + " objectionDays=" + objectionDays + (reductions.isEmpty() ? "" : " reductions=" + reductions);
    }
}
