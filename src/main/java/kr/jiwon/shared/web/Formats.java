package kr.jiwon.shared.web;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import kr.jiwon.shared.SeoulTime;
import kr.jiwon.shared.Won;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formatting for templates ({@code ${@fmt.won(call.budget)}}): money in Korean units (or KRW in English), dates
 * and times in Asia/Seoul, and D-day counters.
 */
@Component("fmt")
public class Formats {

    private static final DateTimeFormatter DATE_TIME_KO = DateTimeFormatter.ofPattern("yyyy.MM.dd(E) HH:mm",
            Locale.KOREAN);
    private static final DateTimeFormatter DATE_TIME_EN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm",
            Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy.MM.dd");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final Clock clock;
    private final org.springframework.context.MessageSource messages;

    Formats(Clock clock, org.springframework.context.MessageSource messages) {
        this.clock = clock;
        this.messages = messages;
    }

    /**
     * A notice for the page in the reader's language: a message with its arguments (a resolvable), a message key,
     * or text already written.
     */
    public String msg(Object notice) {
        if (notice == null) {
            return "";
        }
        if (notice instanceof org.springframework.context.MessageSourceResolvable r) {
            return messages.getMessage(r, LocaleContextHolder.getLocale());
        }
        String s = notice.toString();
        return messages.getMessage(s, null, s, LocaleContextHolder.getLocale());
    }

    public String won(Won won) {
        if (won == null) {
            return "-";
        }
        return english() ? won.english() : won.korean();
    }

    /** A whole-won amount held as a number. */
    public String won(long amount) {
        return won(Won.of(amount));
    }

    /** A fraction (0.3) as a percentage (30%). */
    public String percent(double fraction) {
        return Math.round(fraction * 1000) / 10.0 + "%";
    }

    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        return SeoulTime.toOffset(instant).format(english() ? DATE_TIME_EN : DATE_TIME_KO) + (english() ? " KST" : "");
    }

    public String date(Instant instant) {
        return instant == null ? "" : SeoulTime.toOffset(instant).format(DATE);
    }

    public String iso(Instant instant) {
        return instant == null ? "" : SeoulTime.toOffset(instant).format(ISO);
    }

    /** "D-7", "D-day", or "" once the deadline has passed. */
    public String dday(Instant deadline) {
        if (deadline == null || !deadline.isAfter(clock.instant())) {
            return "";
        }
        long days = SeoulTime.daysUntil(deadline, clock);
        return days == 0 ? "D-day" : "D-" + days;
    }

    private static boolean english() {
        return LocaleContextHolder.getLocale().getLanguage().equals(Locale.ENGLISH.getLanguage());
    }
}
