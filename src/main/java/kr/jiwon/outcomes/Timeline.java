package kr.jiwon.outcomes;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import kr.jiwon.projects.Project;
import kr.jiwon.projects.ProjectEvent;
import kr.jiwon.review.FinalEvaluations;
import kr.jiwon.shared.SeoulTime;
import org.springframework.stereotype.Component;

/**
 * A project's life on one line: the agreement signed, the period, every report with its state, the final
 * evaluation, settlement and the surveys — done, now, late or next — in date order.
 */
@Component
public class Timeline {

    public enum State {
        DONE, NOW, LATE, NEXT
    }

    /** One step: its date, the message key of its label with an argument, and its state. */
    public record Entry(LocalDate on, String labelKey, Object arg, State state) {
    }

    private final Surveys surveys;
    private final FinalEvaluations finals;
    private final Clock clock;

    Timeline(Surveys surveys, FinalEvaluations finals, Clock clock) {
        this.surveys = surveys;
        this.finals = finals;
        this.clock = clock;
    }

    public List<Entry> of(Project p, List<ProjectReport> reports) {
        LocalDate today = SeoulTime.today(clock);
        List<Entry> out = new ArrayList<>();
        event(p, "SIGNED").ifPresent(at -> out.add(new Entry(day(at), "timeline.signed", null, State.DONE)));
        out.add(new Entry(p.startsOn(), "timeline.start", null, state(!today.isBefore(p.startsOn()), false)));
        out.add(p.terminated()
                ? new Entry(p.effectiveEnd(), "timeline.terminated", null, State.DONE)
                : new Entry(p.endsOn(), "timeline.end", null, state(today.isAfter(p.endsOn()), false)));
        for (ProjectReport r : reports) {
            boolean done = r.status() == ProjectReport.Status.ACCEPTED || r.status() == ProjectReport.Status.REJECTED;
            State s = done
                    ? State.DONE
                    : r.overdue(today)
                            ? State.LATE
                            : r.status() == ProjectReport.Status.SUBMITTED || !today.isBefore(r.opensOn())
                                    ? State.NOW
                                    : State.NEXT;
            out.add(new Entry(r.dueOn(), "timeline.report." + r.kind().name(), r.seq(), s));
        }
        finals.of(p.applicationId()).ifPresent(f -> out.add(f.decided()
                ? new Entry(day(f.decidedAt()), "timeline.finalDecided", f.grade(), State.DONE)
                : new Entry(day(f.openedAt()), "timeline.finalOpen", null, State.NOW)));
        event(p, "SETTLED").ifPresent(at -> out.add(new Entry(day(at), "timeline.settled", null, State.DONE)));
        for (ProjectSurvey s : surveys.of(p)) {
            out.add(new Entry(s.answered() ? day(s.answeredAt()) : s.dueOn(), "timeline.survey." + s.kind().name(),
                    s.seq(), s.answered() ? State.DONE : s.overdue(today) ? State.LATE : State.NOW));
        }
        for (Surveys.Upcoming u : surveys.upcoming(p)) {
            out.add(new Entry(u.sendsOn(), "timeline.survey." + u.kind().name(), u.seq(), State.NEXT));
        }
        out.sort(Comparator.comparing(Entry::on));
        return out;
    }

    private static State state(boolean passed, boolean late) {
        return late ? State.LATE : passed ? State.DONE : State.NEXT;
    }

    private static java.util.Optional<Instant> event(Project p, String kind) {
        return p.events().stream().filter(e -> e.kind().equals(kind)).map(ProjectEvent::at)
                .reduce((a, b) -> b);
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, SeoulTime.ZONE);
    }
}
