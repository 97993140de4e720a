package kr.jiwon.stats;

import kr.jiwon.shared.Won;

/**
 * A program in one year: its calls' budgets and what they drew, summed over its calls opened that year, and the
 * change of the calls' budgets on the program's year before (null when it had no call that year).
 */
public record ProgramFigures(String programCode, String programName, int year, int calls, Won callBudgets,
        int handedIn, int selected, int signed, Won committed, Won paid, Won spent, Double budgetChangePercent) {
}
