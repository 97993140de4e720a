package kr.jiwon.applications;

import java.util.List;
import java.util.Optional;
import kr.jiwon.applications.ApplicationMilestones.Milestone;
import kr.jiwon.shared.web.Formats;
import org.springframework.stereotype.Component;

/** The applicant's timeline as rows a page shows: state, date and sentence in the reader's language. */
@Component
public class TimelineRows {

    /**
     * One line of the timeline; {@code state} is done, now or next; {@code html} is the sentence in the reader's
     * language with its data (an institute, a receipt number) escaped and marked as Korean.
     */
    public record Row(String stage, String state, String date, String html) {
    }

    private final ApplicationTimeline timeline;
    private final Formats formats;

    TimelineRows(ApplicationTimeline timeline, Formats formats) {
        this.timeline = timeline;
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
        return new Row(m.stage().name(), m.state().name().toLowerCase(), m.at() == null ? "" : formats.date(m.at()),
                formats.withData(m.labelKey(), m.args().toArray()));
    }
}
