package kr.jiwon.selection;

import java.util.List;
import kr.jiwon.shared.Won;

/**
 * One application in a selection: the amount it would be funded with (the requested one, or less after 감액), its
 * score, the institutes that accepted it, whether the optimum and the greedy ranking fund it, and why the optimum
 * does or does not (a message key and its arguments).
 */
public record SelectionRow(long applicationId, String receiptNumber, String title, String companyName, String track,
        Won amount, Won requested, Double score, List<String> bonusRules, boolean declineArea,
        List<String> institutes, boolean selected, boolean selectedByGreedy, String reasonKey,
        Object[] reasonArgs) {

    /** Funded with less than it asked for (감액). */
    public boolean reduced() {
        return amount.amount() < requested.amount();
    }

    /** Funded by one and not the other. */
    public boolean differs() {
        return selected != selectedByGreedy;
    }
}
