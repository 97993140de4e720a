package kr.jiwon.projects;

import java.util.List;
import kr.jiwon.applications.Application;
import kr.jiwon.applications.ApplicationMilestones;
import kr.jiwon.applications.ApplicationStatus;
import org.springframework.stereotype.Component;

/** 협약 on the applicant's timeline: awaited once selected, under way, then signed (with its project number). */
@Component
class ProjectMilestones implements ApplicationMilestones {

    private final Projects projects;

    ProjectMilestones(Projects projects) {
        this.projects = projects;
    }

    @Override
    public List<Milestone> of(Application a) {
        var project = projects.findByApplicationId(a.id());
        if (project.isEmpty()) {
            return a.status() == ApplicationStatus.SELECTED
                    ? List.of(new Milestone(Stage.AGREEMENT, null, "appTimeline.agreementNext", List.of(), State.NEXT))
                    : List.of();
        }
        Project p = project.get();
        if (p.status() == ProjectStatus.AGREEMENT) {
            return List.of(new Milestone(Stage.AGREEMENT, null, "appTimeline.agreementNow", List.of(p.number()),
                    State.NOW));
        }
        if (p.status() == ProjectStatus.GIVEN_UP) {
            var at = p.events().stream().filter(e -> e.kind().equals("GIVEN_UP")).reduce((x, y) -> y)
                    .map(ProjectEvent::at).orElse(null);
            return List.of(new Milestone(Stage.AGREEMENT, at, "appTimeline.agreementGivenUp", List.of(p.number()),
                    State.DONE));
        }
        var signed = p.events().stream().filter(e -> e.kind().equals("SIGNED")).reduce((x, y) -> y)
                .map(ProjectEvent::at).orElse(null);
        return List.of(new Milestone(Stage.AGREEMENT, signed, "appTimeline.agreementSigned", List.of(p.number()),
                State.DONE));
    }
}
