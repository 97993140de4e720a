package kr.jiwon.stats;

import java.math.BigDecimal;
import kr.jiwon.shared.Won;

/**
 * A plan's total against the year before, as published, with the change computed (the "+57 %"); and what its
 * programs' calls have committed (signed agreements), paid and spent so far.
 */
public record PlanFigures(String title, int fiscalYear, Won total, Won previousYear, BigDecimal changePercent,
        int programs, Won committed, Won paid, Won spent) {
}
