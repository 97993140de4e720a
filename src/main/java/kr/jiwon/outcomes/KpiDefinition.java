package kr.jiwon.outcomes;

/**
 * An outcome KPI as a program defines it: its name and unit, which direction is better, and how its value is computed
 * from what a company measures (a percentage a ÷ b × 100, a ratio a ÷ b, or a value as counted).
 */
public record KpiDefinition(String code, String name, String unit, Direction direction, Formula formula,
        String numerator, String denominator, String source) {

    public enum Direction {

        UP, DOWN;

        public String messageKey() {
            return "kpiDirection." + name();
        }
    }

    public enum Formula {
        PERCENT, RATIO, VALUE
    }

    /** The KPI's value from the measured parts (the denominator is ignored for VALUE). */
    public double compute(double numerator, Double denominator) {
        if (formula == Formula.VALUE) {
            return numerator;
        }
        if (denominator == null || denominator == 0) {
            throw kr.jiwon.shared.InvalidInputException.of("denominator", "kpi.denominatorZero", this.denominator);
        }
        double ratio = numerator / denominator;
        return formula == Formula.PERCENT ? ratio * 100 : ratio;
    }

    /**
     * How much better {@code value} is than {@code baseline}, as a fraction of the baseline in the direction that is
     * better: a defect rate from 8 % to 2 % is +0.75, output from 100 to 130 is +0.30, worse is negative. Undefined
     * (NaN) on a zero baseline.
     */
    public double improvement(double baseline, double value) {
        if (baseline == 0) {
            return Double.NaN;
        }
        double change = (value - baseline) / Math.abs(baseline);
        return direction == Direction.UP ? change : -change;
    }

    /** Whether the value reaches the target in the better direction. */
    public boolean meets(double target, double value) {
        return direction == Direction.UP ? value >= target : value <= target;
    }

    /** Whether the target is better than the baseline (a target that is not is refused). */
    public boolean ambitious(double baseline, double target) {
        return direction == Direction.UP ? target > baseline : target < baseline;
    }

    /** How far the value has come from the baseline to the target: 0 at the baseline, 1 at the target. */
    public static double progress(double baseline, double target, double value) {
        return target == baseline ? (value == target ? 1 : 0) : (value - baseline) / (target - baseline);
    }
}
