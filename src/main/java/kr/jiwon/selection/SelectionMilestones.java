package kr.jiwon.selection;

import java.time.Clock;
import java.util.List;
import kr.jiwon.applications.Application;
import kr.jiwon.applications.ApplicationMilestones;
import kr.jiwon.applications.ApplicationStatus;
import org.springframework.stereotype.Component;

/**
 * 이의신청 on the applicant's timeline: once the result is announced, until when it may be filed; a filed one while it
 * is reviewed, then its outcome.
 */
@Component
class SelectionMilestones implements ApplicationMilestones {

    private final SelectionResults results;
    private final Objections objections;
    private final Clock clock;

    SelectionMilestones(SelectionResults results, Objections objections, Clock clock) {
        this.results = results;
        this.objections = objections;
        this.clock = clock;
    }

    @Override
    public List<Milestone> of(Application a) {
        List<Objection> filed = objections.ofApplication(a.id());
        if (a.status() != ApplicationStatus.SELECTED && a.status() != ApplicationStatus.NOT_SELECTED
                && a.status() != ApplicationStatus.GAVE_UP && filed.isEmpty()) {
            return List.of();
        }
        var result = results.result(a.callId());
        if (result.isEmpty()) {
            return List.of();
        }
        if (!filed.isEmpty()) {
            Objection o = filed.get(filed.size() - 1);
            return switch (o.status()) {
                case OPEN -> List.of(new Milestone(Stage.OBJECTION, o.lodgedAt(), "appTimeline.objectionOpen",
                        List.of(o.lodgedAt()), State.NOW));
                case UPHELD -> List.of(new Milestone(Stage.OBJECTION, o.answeredAt(), "appTimeline.objectionUpheld",
                        List.of(), State.DONE));
                case REJECTED -> List.of(new Milestone(Stage.OBJECTION, o.answeredAt(),
                        "appTimeline.objectionRejected", List.of(), State.DONE));
            };
        }
        var until = result.get().objectionUntil();
        return clock.instant().isBefore(until)
                ? List.of(new Milestone(Stage.OBJECTION, until, "appTimeline.objectionUntil", List.of(until),
                        State.NOW))
                : List.of(new Milestone(Stage.OBJECTION, until, "appTimeline.objectionClosed", List.of(until),
                        State.DONE));
    }
}
