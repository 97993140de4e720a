package kr.jiwon.selection;

import static kr.jiwon.review.ReviewFixtures.OFFICE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import kr.jiwon.applications.ApplicationsFixtures;
import kr.jiwon.programs.Call;
import kr.jiwon.review.ReviewFixtures;
import kr.jiwon.review.ReviewFixtures.Applied;
import kr.jiwon.review.ReviewPlan;
import kr.jiwon.review.ReviewPlanning;
import kr.jiwon.review.Reviewer;
import kr.jiwon.review.ReviewerAssignment;
import kr.jiwon.review.Scoring;
import kr.jiwon.shared.Won;
import org.springframework.stereotype.Component;

/** Scored calls for selection tests, built through the modules' façades. */
@Component
class SelectionScenarios {

    record Scenario(Call call, Applied a, Applied b, Applied c, Applied d) {
    }

    private final ApplicationsFixtures fixtures;
    private final ReviewFixtures review;
    private final ReviewPlanning planning;
    private final ReviewerAssignment assignment;
    private final Scoring scoring;

    SelectionScenarios(ApplicationsFixtures fixtures, ReviewFixtures review, ReviewPlanning planning,
            ReviewerAssignment assignment, Scoring scoring) {
        this.fixtures = fixtures;
        this.review = review;
        this.planning = planning;
        this.assignment = assignment;
        this.scoring = scoring;
    }

    /** A 90 (5천만), B 85 (5천만), C 75 in 인구감소지역 (4천만), D 60 (3천만); their institutes accepted. */
    Scenario scored() {
        Call call = fixtures.openCall();
        planning.change(call.id(), 1, 10, "기술성:100", "", ReviewPlan.Aggregation.MEAN, false, OFFICE);
        Applied a = review.submitted(call.id(), "48250", Won.ofManwon(5000), List.of("기계금속"), List.of());
        Applied b = review.submitted(call.id(), "48250", Won.ofManwon(5000), List.of("기계금속"), List.of());
        Applied c = review.submitted(call.id(), "51750", Won.ofManwon(4000), List.of("기계금속"), List.of());
        Applied d = review.submitted(call.id(), "48250", Won.ofManwon(3000), List.of("기계금속"), List.of());
        review.institutesAccept(call.id());
        review.closeAndScreen(call.id());
        Reviewer r = review.reviewer(call.id(), "평가", List.of(), List.of(), List.of());
        assertThat(assignment.assign(call.id(), OFFICE).feasible()).isTrue();
        Map.of(a, 90.0, b, 85.0, c, 75.0, d, 60.0)
                .forEach((x, s) -> scoring.save(r.accountUsername(), x.id(), Map.of("기술성", s), null, true, OFFICE));
        return new Scenario(call, a, b, c, d);
    }

    static SelectionParameters params(double share) {
        return new SelectionParameters(Won.ofEok(1), 70, share, Map.of(), 7);
    }

    static SelectionRow row(SelectionComparison c, Applied x) {
        return c.rows().stream().filter(r -> r.applicationId() == x.id()).findFirst().orElseThrow();
    }
}
