package kr.jiwon.stats;

import java.time.LocalDate;

/** Which calls the figures count: one program's (or all), opened within a date range (either end may be open). */
public record StatsFilter(String programCode, LocalDate from, LocalDate to) {

    public static StatsFilter all() {
        return new StatsFilter(null, null, null);
    }

    public static StatsFilter program(String code) {
        return new StatsFilter(code, null, null);
    }

    boolean includes(String program, LocalDate opened) {
        return (programCode == null || programCode.equals(program)) && (from == null || !opened.isBefore(from))
                && (to == null || !opened.isAfter(to));
    }
}
