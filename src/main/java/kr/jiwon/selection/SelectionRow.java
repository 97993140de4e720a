package kr.jiwon.selection;

import java.util.List;

/**
 * One application in a selection: its amount and score, whether the optimum and the greedy ranking fund it, and
 * why the optimum does or does not (a message key and its arguments).
 */
public record SelectionRow(long applicationId, String receiptNumber, String title, String companyName, String track,
                           long amount, Double score, List<String> bonusRules, boolean declineArea,
                           boolean selected, boolean selectedByGreedy, String reasonKey, Object[] reasonArgs) {

    /** Funded by one and not the other. */
    public boolean differs() {
        return selected != selectedByGreedy;
    }
}
