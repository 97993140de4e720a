package kr.jiwon.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** Jiwon keeps every deadline in Asia/Seoul; these helpers convert at the edges. */
public final class SeoulTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Seoul");

    private SeoulTime() {
    }

    public static Instant toInstant(LocalDateTime seoulWallTime) {
        return seoulWallTime.atZone(ZONE).toInstant();
    }

    public static OffsetDateTime toOffset(Instant instant) {
        return instant == null ? null : instant.atZone(ZONE).toOffsetDateTime();
    }

    public static LocalDateTime toLocal(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZONE);
    }

    public static LocalDate today(java.time.Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    private static final java.time.format.DateTimeFormatter MINUTE = java.time.format.DateTimeFormatter
            .ofPattern("yyyy.MM.dd HH:mm");

    /** An instant as Seoul wall-clock time to the minute ("2026.12.20 18:00"), for messages and files. */
    public static String minute(Instant instant) {
        return instant == null ? "" : instant.atZone(ZONE).format(MINUTE);
    }

    private static final java.time.format.DateTimeFormatter NOTICE_TIME = java.time.format.DateTimeFormatter
            .ofPattern("yyyy.MM.dd(E) HH:mm", java.util.Locale.KOREAN);
    private static final java.time.format.DateTimeFormatter NOTICE_DAY = java.time.format.DateTimeFormatter
            .ofPattern("yyyy.MM.dd(E)", java.util.Locale.KOREAN);

    /** A time in a Korean notification or e-mail, with the weekday: "2026.12.08(화) 18:00". */
    public static String notice(Instant instant) {
        return instant == null ? "" : instant.atZone(ZONE).format(NOTICE_TIME);
    }

    /** A day in a Korean notification or e-mail, with the weekday: "2026.12.08(화)". */
    public static String notice(LocalDate day) {
        return day == null ? "" : day.format(NOTICE_DAY);
    }

    /** Seoul wall-clock time as ISO date and time with a space ("2026-12-20 18:00"), for lists taken to Excel. */
    public static String wallClock(Instant instant) {
        return instant == null ? "" : toLocal(instant).toString().replace('T', ' ');
    }

    /** Calendar days from today until the date of {@code deadline} in Seoul (0 = today, negative = past). */
    public static long daysUntil(Instant deadline, java.time.Clock clock) {
        LocalDate end = deadline.atZone(ZONE).toLocalDate();
        return ChronoUnit.DAYS.between(today(clock), end);
    }
}
