package kr.jiwon.stats;

import kr.jiwon.shared.Won;

/** A program in one year: its calls' budgets and what they drew, summed over its calls opened that year. */
public record ProgramFigures(String programCode, String programName, int year, int calls, Won callBudgets,
        int handedIn, int selected, int signed, Won committed, Won paid) {
}
