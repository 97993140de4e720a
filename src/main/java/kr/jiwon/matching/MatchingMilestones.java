package kr.jiwon.matching;

import java.util.ArrayList;
import java.util.List;
import kr.jiwon.applications.Application;
import kr.jiwon.applications.ApplicationMilestones;
import kr.jiwon.institutes.InstituteManagement;
import org.springframework.stereotype.Component;

/** The institutes' answers on the applicant's timeline: taken on, declined, or awaited until its deadline. */
@Component
class MatchingMilestones implements ApplicationMilestones {

    private final InstituteRequests requests;
    private final InstituteManagement institutes;

    MatchingMilestones(InstituteRequests requests, InstituteManagement institutes) {
        this.requests = requests;
        this.institutes = institutes;
    }

    @Override
    public List<Milestone> of(Application a) {
        List<Milestone> out = new ArrayList<>();
        for (MatchOffer o : requests.ofApplication(a.id())) {
            String name = institutes.find(o.institute()).map(i -> i.koreanName()).orElse(o.institute());
            switch (o.status()) {
                case ACCEPTED ->
                    out.add(new Milestone(Stage.INSTITUTE, o.respondedAt(), "appTimeline.instituteAccepted",
                            List.of(name), State.DONE));
                case DECLINED -> out.add(new Milestone(Stage.INSTITUTE, o.respondedAt(),
                        "appTimeline.instituteDeclined", List.of(name), State.DONE));
                case OFFERED -> out.add(new Milestone(Stage.INSTITUTE, o.respondBy(), "appTimeline.instituteWaiting",
                        List.of(name, o.respondBy()), State.NOW));
                default -> {
                }
            }
        }
        return out;
    }
}
