package kr.jiwon.review;

import java.util.List;

/**
 * An application's score for selection: the reviewers' aggregated rubric score (0–100), the bonus points (가점)
 * and the rules that granted them, and how many of its assigned sheets are submitted — pairings suspended by a conflict
 * found after the assignment counted apart, neither among the assigned nor in the score.
 */
public record ApplicationScore(long applicationId, Double reviewScore, double bonus, List<String> bonusRules,
        int submitted, int assigned, int suspended) {

    /** The score selection uses, or null while no sheet is submitted. */
    public Double total() {
        return reviewScore == null ? null : Math.round((reviewScore + bonus) * 100) / 100.0;
    }

    public boolean complete() {
        return assigned > 0 && submitted == assigned;
    }
}
