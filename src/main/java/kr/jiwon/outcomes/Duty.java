package kr.jiwon.outcomes;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * What a project owes after its agreement, per program ({@code outcomes/duties.csv}): reports (중간보고, 최종보고,
 * 성과활용보고) and surveys (만족도 조사, 사후 성과조사), each with the rule for its dates and how many there are.
 */
public record Duty(String programCode, Kind kind, String rule, int count, String source) {

    public enum Kind {

        INTERIM(true, false), // not owed after 협약 해약: the final report covers the work
        FINAL(true, true), UTILISATION(true, true), SATISFACTION(false, true), FOLLOW_UP(false, true);

        private final boolean report;
        private final boolean owedAfterTermination;

        Kind(boolean report, boolean owedAfterTermination) {
            this.report = report;
            this.owedAfterTermination = owedAfterTermination;
        }

        public boolean report() {
            return report;
        }

        /**
         * Whether a project whose agreement was ended early (협약 해약) still owes it, from its termination date: all but
         * the mid-term report, which its final report then covers.
         */
        public boolean owedAfterTermination() {
            return owedAfterTermination;
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
