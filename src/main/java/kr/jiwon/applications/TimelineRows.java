package kr.jiwon.applications;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kr.jiwon.applications.ApplicationMilestones.Milestone;
import kr.jiwon.shared.web.Formats;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The applicant's timeline as rows a page shows: state, date and sentence in the reader's language. */
@Component
public class TimelineRows {

    /**
     * One line of the timeline; {@code state} is done, now or next; {@code html} is the sentence with its data (an
     * institute, a receipt number) escaped and marked as Korean.
     */
    public record Row(String stage, String state, String date, String text, String html) {
    }

    private final ApplicationTimeline timeline;
    private final MessageSource messages;
    private final Formats formats;

    TimelineRows(ApplicationTimeline timeline, MessageSource messages, Formats formats) {
        this.timeline = timeline;
        this.messages = messages;
        this.formats = formats;
    }

    public List<Row> of(Application a) {
        return timeline.of(a).stream().map(this::row).toList();
    }

    /** The first step not done yet, as a sentence (empty when every step is done). */
    public Optional<Row> current(List<Row> rows) {
        return rows.stream().filter(r -> !r.state().equals("done")).findFirst();
    }

    private Row row(Milestone m) {
        Object[] args = m.args().stream().map(x -> x instanceof Instant i ? formats.dateTime(i) : x).toArray();
        Object[] marked = m.args().stream().map(x -> x instanceof Instant i
                ? org.springframework.web.util.HtmlUtils.htmlEscape(formats.dateTime(i))
                : x instanceof CharSequence c ? formats.ko(c) : x).toArray();
        var locale = LocaleContextHolder.getLocale();
        return new Row(m.stage().name(), m.state().name().toLowerCase(), m.at() == null ? "" : formats.date(m.at()),
                messages.getMessage(m.labelKey(), args, locale), messages.getMessage(m.labelKey(), marked, locale));
    }
}
