package kr.jiwon.selection;

import static kr.jiwon.review.ReviewFixtures.OFFICE;
import static kr.jiwon.selection.SelectionScenarios.params;
import static kr.jiwon.selection.SelectionScenarios.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import kr.jiwon.applications.ApplicationsFixtures;
import kr.jiwon.notifications.Notifications;
import kr.jiwon.programs.Call;
import kr.jiwon.review.ReviewFixtures;
import kr.jiwon.review.ReviewFixtures.Applied;
import kr.jiwon.review.ReviewPlan;
import kr.jiwon.review.ReviewPlanning;
import kr.jiwon.review.Reviewer;
import kr.jiwon.review.ReviewerAssignment;
import kr.jiwon.review.Scoring;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.Won;
import kr.jiwon.testing.MutableClock;
import kr.jiwon.testing.TestClockConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The rules a selection follows before and after its confirmation: the call's stages (nothing confirmed before the
 * close, the screening and every score; earlier stages locked afterwards; results final after the objection
 * period), institutes that must have accepted (융합형: from two fields), and reduced amounts (감액).
 */
@SpringBootTest(properties = {"spring.mail.host=localhost", "spring.mail.port=3025", "jiwon.mail.interval=PT24H",
        "jiwon.mail.initial-delay=PT24H"}) // the same context as
@ActiveProfiles({"embedded", "test"}) // SelectionResultsIntegrationTests
@Import(TestClockConfiguration.class)
class SelectionRulesIntegrationTests {

    @Autowired
    SelectionScenarios scenarios;
    @Autowired
    ApplicationsFixtures fixtures;
    @Autowired
    ReviewFixtures review;
    @Autowired
    ReviewPlanning planning;
    @Autowired
    ReviewerAssignment assignment;
    @Autowired
    Scoring scoring;
    @Autowired
    CallSelection selection;
    @Autowired
    SelectionResults results;
    @Autowired
    Notifications notifications;
    @Autowired
    MutableClock clock;
    @Autowired
    kr.jiwon.review.ReviewerPool reviewers;
    @Autowired
    kr.jiwon.review.ConflictCheck conflicts;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void onlyApplicationsWhoseInstitutesAcceptedAreSelectableAndAConvergentOneNeedsTwoFieldsInstitutes() {
        Call call = fixtures.openCall();
        planning.change(call.id(), 1, 10, "기술성:100", "", ReviewPlan.Aggregation.MEAN, false, OFFICE);
        Applied accepted = review.submitted(call.id(), "48250", Won.ofManwon(5000), List.of("기계금속"), List.of());
        review.institutesAccept(call.id());
        Applied waiting = review.submitted(call.id(), "48250", Won.ofManwon(4000), List.of("기계금속"), List.of());
        Applied convergent = review.submittedConvergent(call.id(), Won.ofEok(1));
        // the convergent request's first institute accepts; it is passed on to a second field, which has not answered
        var first = requests.ofApplication(convergent.id()).get(0);
        requests.accept(first.institute(), first.id(), new Actor(first.institute(), "INSTITUTE", "127.0.0.1"));
        assertThat(requests.ofApplication(convergent.id())).as("passed on to a second institute").hasSize(2);
        assertThat(requests.fieldOf(requests.ofApplication(convergent.id()).get(1).institute()))
                .isNotEqualTo(requests.fieldOf(first.institute()));
        review.closeAndScreen(call.id());
        Reviewer r = review.reviewer(call.id(), "평가", List.of(), List.of(), List.of());
        assignment.assign(call.id(), OFFICE);
        for (Applied x : List.of(accepted, waiting, convergent)) {
            scoring.save(r.accountUsername(), x.id(), Map.of("기술성", 90.0), null, true, OFFICE);
        }
        SelectionComparison c = selection.compare(call.id(), params(0));
        assertThat(c.rows()).filteredOn(SelectionRow::selected).extracting(SelectionRow::applicationId)
                .containsExactly(accepted.id());
        assertThat(row(c, waiting).reasonKey()).isEqualTo("selection.reason.noInstitute");
        assertThat(row(c, convergent).reasonKey()).isEqualTo("selection.reason.convergentInstitutes");
        assertThat(row(c, convergent).reasonArgs()).containsExactly(2, 1);
        assertThat(row(c, waiting).selectedByGreedy()).as("the status quo may not fund it either").isFalse();
    }

    @Test
    void aResultIsConfirmedOnlyAfterTheCloseTheScreeningAndEveryScoreAndThenLocksTheEarlierStages() {
        Call call = fixtures.openCall();
        planning.change(call.id(), 1, 10, "기술성:100", "", ReviewPlan.Aggregation.MEAN, false, OFFICE);
        Applied a = review.submitted(call.id(), "48250", Won.ofManwon(5000), List.of("기계금속"), List.of());
        Reviewer r = review.reviewer(call.id(), "평가", List.of(), List.of(), List.of());
        // while the call is open: no assignment, no confirmation
        assertThatThrownBy(() -> assignment.assign(call.id(), OFFICE))
                .satisfies(e -> assertThat(key(e)).isEqualTo("call.stage.notClosed"));
        assertThatThrownBy(() -> results.confirm(kr.jiwon.shared.CallId.of(call.id()), params(0), OFFICE))
                .satisfies(e -> assertThat(key(e)).isEqualTo("call.stage.notClosed"));
        review.institutesAccept(call.id());
        review.closeAndScreen(call.id());
        assertThatThrownBy(() -> results.confirm(kr.jiwon.shared.CallId.of(call.id()), params(0), OFFICE))
                .as("not under review yet")
                .satisfies(e -> assertThat(key(e)).isEqualTo("call.stage.notYet"));
        assignment.assign(call.id(), OFFICE);
        assertThatThrownBy(() -> results.confirm(kr.jiwon.shared.CallId.of(call.id()), params(0), OFFICE))
                .satisfies(e -> assertThat(key(e)).isEqualTo("call.stage.unscored"));
        assertThat(results.result(call.id())).isEmpty();
        assertThat(callStatus(call)).isEqualTo(kr.jiwon.programs.CallStatus.UNDER_REVIEW);

        scoring.save(r.accountUsername(), a.id(), Map.of("기술성", 80.0), null, true, OFFICE);
        results.confirm(kr.jiwon.shared.CallId.of(call.id()), params(0), OFFICE);
        assertThat(callStatus(call)).isEqualTo(kr.jiwon.programs.CallStatus.ANNOUNCED);
        assertThatThrownBy(() -> scoring.reopen(scoring.sheetsOf(call.id()).get(0).id(), "다시", OFFICE))
                .as("sheets are closed once announced").satisfies(e -> assertThat(key(e)).isEqualTo("call.stage.over"));
        assertThatThrownBy(() -> assignment.substitute(call.id(), a.id(), r.id(), r.id(), "질병", OFFICE))
                .satisfies(e -> assertThat(key(e)).isEqualTo("reviewCall.substituteReviewOver"));
        // a conflict found during the objection period is still found, so the officers learn of it (a ground for an
        // objection); the announced decisions keep the scores they were made with
        reviewers.addJointProject(r.id(), a.brn(), "공동 연구", java.time.LocalDate.now().minusYears(1), OFFICE);
        assertThat(conflicts.suspended(call.id())).singleElement()
                .satisfies(x -> assertThat(x.applicationId()).isEqualTo(a.id()));
        assertThat(results.decisionOf(a.id()).orElseThrow().score()).isEqualTo(80.0);

        // results become final only after the objection period
        assertThatThrownBy(() -> results.finalizeResults(kr.jiwon.shared.CallId.of(call.id()), OFFICE))
                .satisfies(e -> assertThat(key(e)).isEqualTo("call.stage.objectionPeriod"));
        clock.advance(Duration.ofDays(8));
        results.finalizeResults(kr.jiwon.shared.CallId.of(call.id()), OFFICE);
        assertThat(callStatus(call)).isEqualTo(kr.jiwon.programs.CallStatus.FINALIZED);
        assertThat(notifications.ofCompany(a.company().company().id()))
                .anySatisfy(n -> assertThat(n.subject()).contains("최종 선정 확정"));
    }

    @Test
    void aReducedAmountIsFundedAndExplainedAndCannotExceedTheRequest() {
        SelectionScenarios.Scenario s = scenarios.scored();
        // 1억 funds A and C; with B reduced to 1천만원 A, B and C fit without the share rule
        SelectionComparison cut = selection.compare(s.call().id(), params(0).withReductions(
                Map.of(s.b().id(), Won.ofManwon(1000).amount())));
        assertThat(cut.rows()).filteredOn(SelectionRow::selected).extracting(SelectionRow::applicationId)
                .containsExactlyInAnyOrder(s.a().id(), s.b().id(), s.c().id());
        assertThat(row(cut, s.b()).amount()).isEqualTo(Won.ofManwon(1000));
        assertThat(row(cut, s.b()).reduced()).isTrue();
        assertThat(row(cut, s.b()).reasonKey()).isEqualTo("selection.reason.selectedReduced");
        assertThatThrownBy(() -> selection.compare(s.call().id(), params(0).withReductions(
                Map.of(s.b().id(), Won.ofManwon(6000).amount()))))
                .satisfies(e -> assertThat(key(e)).isEqualTo("selection.reductionAboveRequest"));
    }

    private static String key(Throwable e) {
        return ((InvalidInputException) e).violations().get(0).messageKey();
    }
    @Autowired
    kr.jiwon.programs.CallManagement calls;
    private kr.jiwon.programs.CallStatus callStatus(Call call) {
        return calls.call(call.id()).status();
    }
    @Autowired
    kr.jiwon.matching.InstituteRequests requests;
}
