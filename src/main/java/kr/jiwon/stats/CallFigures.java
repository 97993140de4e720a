package kr.jiwon.stats;

import kr.jiwon.shared.Won;

/**
 * One call in figures: applications handed in (submitted, not withdrawn), found eligible (eligible, selected or not
 * selected), selected; the amounts requested by all and by the selected; its projects, signed ones and what they
 * committed (grants agreed), were paid and spent; applications and selections from 인구감소지역, against the call's
 * rule for them (the 가점 its review gives a company in a 인구감소지역; 0 when it gives none).
 */
public record CallFigures(long callId, String programCode, String programName, int year, int round, String title,
        Won budget, int handedIn, int eligible, int selected, Won requested, Won selectedRequested, int projects,
        int signed, Won committed, Won paid, Won spent, int declineHandedIn, int declineSelected,
        double declineBonus) {

    /** The 가점 as written: "3" or "2.5". */
    public String declineBonusPoints() {
        return declineBonus == Math.rint(declineBonus)
                ? String.valueOf((long) declineBonus)
                : String.valueOf(declineBonus);
    }

    /** The share of the handed-in applications from a 인구감소지역 (0 when nothing was handed in). */
    public double declineShareOfHandedIn() {
        return handedIn == 0 ? 0 : (double) declineHandedIn / handedIn;
    }

    /** Selected ÷ handed in (0 when nothing was handed in). */
    public double selectionRate() {
        return handedIn == 0 ? 0 : (double) selected / handedIn;
    }

    /** The share of the selected that are in a 인구감소지역 (0 when none was selected). */
    public double declineShareOfSelected() {
        return selected == 0 ? 0 : (double) declineSelected / selected;
    }
}
