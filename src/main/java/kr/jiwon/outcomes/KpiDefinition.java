package kr.jiwon.outcomes;

/**
 * An outcome KPI as a program defines it: its name and unit, which direction is better, and how its value is computed
 * from what a company measures (a percentage a ÷ b × 100, a ratio a ÷ b, or a value as counted).
 */
public record KpiDefinition(String code, String name, String unit, Direction direction, Formula formula,
        String numerator, String denominator, String source, String nameEn, String unitEn, String numeratorEn,
        String denominatorEn) {

    /** What the company counts above the line, in the reader's language. */
    public String numerator(boolean english) {
        return english ? numeratorEn : numerator;
    }

    /** What the company counts below the line (null for a value as counted), in the reader's language. */
    public String denominator(boolean english) {
        return denominator == null ? null : english ? denominatorEn : denominator;
    }

    /** The unit in the reader's language. */
    public String unit(boolean english) {
        return english ? unitEn : unit;
    }

    /** The KPI's name in the reader's language. */
    public String name(boolean english) {
        return english ? nameEn : name;
    }

    /** A value in the reader's language: in English money as KRW 300 million, a yes/no KPI as yes or no. */
    public String display(double value, boolean english) {
        if (!english) {
            return display(value);
        }
        if (unit.equals("원")) {
            return kr.jiwon.shared.Won.of(Math.round(value)).english();
        }
        if (unit.endsWith("=1")) {
            return value >= 1 ? "yes" : "no";
        }
        if (unitEn.equals("count") || unitEn.equals("people")) {
            return String.format(java.util.Locale.ROOT, "%,d%s", Math.round(value),
                    unitEn.equals("people") ? " people" : "");
        }
        return String.format(java.util.Locale.ROOT, "%,.2f %s", value, unitEn);
    }

    public enum Direction {

        UP, DOWN;

        public String messageKey() {
            return "kpiDirection." + name();
        }
    }

    public enum Formula {
        PERCENT, RATIO, VALUE
    }

    /**
     * A value as people read it, with its unit: money in won as 3억원, counts as whole numbers (3건), a yes/no KPI
     * (unit {@code 해결=1}) as 해결 or 미해결, anything else with two decimals (4.00 %).
     */
    public String display(double value) {
        if (unit.equals("원")) {
            return kr.jiwon.shared.Won.of(Math.round(value)).korean();
        }
        if (unit.endsWith("=1")) {
            String yes = unit.substring(0, unit.length() - 2);
            return value >= 1 ? yes : "미" + yes;
        }
        if (unit.equals("건") || unit.equals("명")) {
            return String.format(java.util.Locale.ROOT, "%,d%s", Math.round(value), unit);
        }
        return String.format(java.util.Locale.ROOT, "%,.2f %s", value, unit);
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
