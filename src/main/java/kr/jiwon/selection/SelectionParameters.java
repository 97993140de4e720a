package kr.jiwon.selection;

import java.util.Map;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.Violations;

/**
 * What the officer decides for a call's selection: the budget, the minimum score, the minimum share of the funded
 * amount for companies in 인구감소지역 (0–1), re-weighted rubric criteria (what-if), and the objection period.
 */
public record SelectionParameters(long budget, double minScore, double declineShare, Map<String, Integer> weights,
                                  int objectionDays) {

    public SelectionParameters {
        weights = weights == null ? Map.of() : Map.copyOf(weights);
    }

    void validate() {
        Violations v = new Violations();
        v.check(budget > 0, "budget", "selection.budgetPositive");
        v.check(minScore >= 0 && minScore <= 120, "minScore", "selection.minScoreRange");
        v.check(declineShare >= 0 && declineShare <= 1, "declineShare", "selection.shareRange");
        v.check(objectionDays >= 1 && objectionDays <= 60, "objectionDays", "selection.objectionDaysRange");
        weights.forEach((k, w) -> v.check(w != null && w >= 0 && w <= 100, "weights[" + k + "]",
                "selection.weightRange"));
        if (!v.isEmpty()) {
            throw new InvalidInputException(v.list());
        }
    }

    /** The parameters as text, kept with a confirmed result. */
    String describe() {
        return "budget=" + budget + " minScore=" + minScore + " declineShare=" + declineShare + " weights=" + weights
                + " objectionDays=" + objectionDays;
    }
}
