package kr.jiwon.outcomes;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * What a project owes after its agreement, per program ({@code outcomes/duties.csv}): reports (중간보고, 최종보고,
 * 성과활용보고) and surveys (만족도 조사, 사후 성과조사), each with the rule for its dates and how many there are.
 */
public record Duty(String programCode, Kind kind, String rule, int count, String source) {

    public enum Kind {

        INTERIM(true), FINAL(true), UTILISATION(true), SATISFACTION(false), FOLLOW_UP(false);

        private final boolean report;

        Kind(boolean report) {
            this.report = report;
        }

        public boolean report() {
            return report;
        }

        public String messageKey() {
            return "duty." + name();
        }
    }

    /** The date the {@code seq}-th one (1-based) is due (a report) or sent (a survey) for a project's period. */
    public LocalDate date(int seq, LocalDate start, LocalDate end) {
        if (rule.equals("MIDPOINT")) {
            return start.plusDays(ChronoUnit.DAYS.between(start, end) / 2);
        }
        if (rule.equals("AT_END")) {
            return end;
        }
        if (rule.equals("YEARLY_AFTER_END")) {
            return end.plusYears(seq);
        }
        if (rule.startsWith("AFTER_END_MONTHS:")) {
            return end.plusMonths(Integer.parseInt(rule.substring("AFTER_END_MONTHS:".length())));
        }
        throw new IllegalStateException("unknown rule " + rule);
    }
}
