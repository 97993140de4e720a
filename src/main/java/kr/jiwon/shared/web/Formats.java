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

    private static final DateTimeFormatter DATE_TIME_EN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm",
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

    /**
     * Data in Korean (a company, a call's title, an institute) inside a sentence of the page, marked as Korean so
     * that screen readers say it in Korean on English pages (WCAG 3.1.2): escaped text in a {@code <span lang="ko">},
     * for a message argument in {@code th:utext}.
     */
    public String ko(Object data) {
        return data == null ? "" : staticKo(data);
    }

    /**
     * A message whose text arguments are data (a region, a reason someone typed, a field name): as HTML, each such
     * argument escaped and marked as Korean, a time as {@link #dateTime}, everything else written in the reader's
     * language — for {@code th:utext}.
     */
    public String withData(String key, Object[] args) {
        Object[] marked = args == null ? new Object[0] : java.util.Arrays.stream(args).map(this::marked).toArray();
        return messages.getMessage(key, marked, key, LocaleContextHolder.getLocale());
    }

    private Object marked(Object arg) {
        if (arg instanceof Instant i) {
            return org.springframework.web.util.HtmlUtils.htmlEscape(dateTime(i));
        }
        if (arg instanceof CharSequence c) {
            return staticKo(c);
        }
        if (arg instanceof java.util.Collection<?> list && !list.isEmpty()
                && list.stream().allMatch(x -> x instanceof CharSequence)) {
            return staticKo(String.join(", ", list.stream().map(String::valueOf).toList()));
        }
        return arg;
    }

    private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile("“([^”<>]*)”");

    /**
     * A message as HTML (escaped) with the data it quotes (“사업계획서”) marked as Korean, so that an English page
     * says which parts are names from the data: messages quote data in “ ” by convention.
     */
    public static String quoted(String message) {
        if (message == null) {
            return "";
        }
        String escaped = org.springframework.web.util.HtmlUtils.htmlEscape(message, "UTF-8");
        return QUOTED.matcher(escaped).replaceAll("“<span lang=\"ko\">$1</span>”");
    }

    private static String staticKo(Object data) {
        return "<span lang=\"ko\">" + org.springframework.web.util.HtmlUtils.htmlEscape(data.toString(), "UTF-8")
                + "</span>";
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
        return english() ? SeoulTime.toOffset(instant).format(DATE_TIME_EN) + " KST" : SeoulTime.notice(instant);
    }

    public String date(Instant instant) {
        return instant == null ? "" : SeoulTime.toOffset(instant).format(DATE);
    }

    /** A day: "2027.01.20(수)" in Korean, "20 Jan 2027" in English. */
    public String day(java.time.LocalDate day) {
        if (day == null) {
            return "";
        }
        return english()
                ? day.format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH))
                : SeoulTime.notice(day);
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

    /**
     * This page's address in another language, keeping its query (a search, a filter, a page number): the
     * language links in the header.
     */
    public String inLanguage(String lang) {
        var attributes = org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
        if (!(attributes instanceof org.springframework.web.context.request.ServletRequestAttributes servlet)) {
            return "?lang=" + lang;
        }
        jakarta.servlet.http.HttpServletRequest request = servlet.getRequest();
        Object original = request.getAttribute(jakarta.servlet.RequestDispatcher.FORWARD_REQUEST_URI);
        String path = original != null ? original.toString() : request.getRequestURI();
        String query = original != null
                ? (String) request.getAttribute(jakarta.servlet.RequestDispatcher.FORWARD_QUERY_STRING)
                : request.getQueryString();
        return org.springframework.web.util.UriComponentsBuilder.fromPath(path).query(query)
                .replaceQueryParam("lang", lang).build().toUriString();
    }

    /** Whether the page is in English. */
    public boolean isEnglish() {
        return english();
    }

    private static boolean english() {
        return LocaleContextHolder.getLocale().getLanguage().equals(Locale.ENGLISH.getLanguage());
    }
}
