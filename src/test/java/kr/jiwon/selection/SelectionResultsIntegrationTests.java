package kr.jiwon.selection;

import static kr.jiwon.review.ReviewFixtures.OFFICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import kr.jiwon.applications.ApplicationManagement;
import kr.jiwon.applications.ApplicationStatus;
import kr.jiwon.applications.ApplicationsFixtures;
import kr.jiwon.audit.Actor;
import kr.jiwon.audit.AuditLog;
import kr.jiwon.audit.AuditQuery;
import kr.jiwon.notifications.MailDispatcher;
import kr.jiwon.notifications.Notifications;
import kr.jiwon.programs.Call;
import kr.jiwon.review.ReviewFixtures;
import kr.jiwon.review.ReviewFixtures.Applied;
import kr.jiwon.review.ReviewPlan;
import kr.jiwon.review.ReviewPlanning;
import kr.jiwon.review.Reviewer;
import kr.jiwon.review.ReviewerAssignment;
import kr.jiwon.review.Scoring;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.Won;
import kr.jiwon.testing.MutableClock;
import kr.jiwon.testing.TestClockConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * From scored applications to a confirmed, notified result: the optimum beside the greedy ranking with an
 * explanation per application, e-mails through a real SMTP server (GreenMail), immutability, objections.
 */
@SpringBootTest(properties = {"spring.mail.host=localhost", "spring.mail.port=3025"})
@ActiveProfiles({"embedded", "test"})
@Import(TestClockConfiguration.class)
class SelectionResultsIntegrationTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

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
    Objections objections;
    @Autowired
    ApplicationManagement applications;
    @Autowired
    Notifications notifications;
    @Autowired
    MailDispatcher mail;
    @Autowired
    AuditLog audit;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    record Scenario(Call call, Applied a, Applied b, Applied c, Applied d) {
    }

    /** A 90 (5천만), B 85 (5천만), C 75 in 인구감소지역 (4천만), D 60 (3천만). */
    private Scenario scored() {
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
        Map.of(a, 90.0, b, 85.0, c, 75.0, d, 60.0).forEach((x, s) ->
                scoring.save(r.accountUsername(), x.id(), Map.of("기술성", s), null, true, OFFICE));
        return new Scenario(call, a, b, c, d);
    }

    private static SelectionParameters params(double share) {
        return new SelectionParameters(Won.ofEok(1).amount(), 70, share, Map.of(), 7);
    }

    private static SelectionRow row(SelectionComparison c, Applied x) {
        return c.rows().stream().filter(r -> r.applicationId() == x.id()).findFirst().orElseThrow();
    }

    @Test
    void theOptimumHonoursTheShareRuleTheGreedyRankingBreaksItAndEveryApplicationIsExplained() {
        Scenario s = scored();
        SelectionComparison c = selection.compare(s.call().id(), params(0.3));

        assertThat(c.optimum().optimal()).isTrue();
        assertThat(c.rows()).filteredOn(SelectionRow::selected).extracting(SelectionRow::applicationId)
                .containsExactlyInAnyOrder(s.a().id(), s.c().id());
        assertThat(c.rows()).filteredOn(SelectionRow::selectedByGreedy).extracting(SelectionRow::applicationId)
                .containsExactlyInAnyOrder(s.a().id(), s.b().id());
        assertThat(c.declineShareOptimum()).isGreaterThanOrEqualTo(0.3);
        assertThat(c.declineShareGreedy()).isZero();
        assertThat(row(c, s.a()).reasonKey()).isEqualTo("selection.reason.selected");
        assertThat(row(c, s.b()).reasonKey()).isEqualTo("selection.reason.displacedByShare");
        assertThat(row(c, s.b()).differs()).isTrue();
        assertThat(row(c, s.d()).reasonKey()).isEqualTo("selection.reason.belowMinScore");

        // what-if: without the share rule the optimum funds A and B; with a smaller budget only A
        SelectionComparison noShare = selection.compare(s.call().id(), params(0));
        assertThat(noShare.rows()).filteredOn(SelectionRow::selected).extracting(SelectionRow::applicationId)
                .containsExactlyInAnyOrder(s.a().id(), s.b().id());
        SelectionComparison small = selection.compare(s.call().id(),
                new SelectionParameters(Won.ofManwon(6000).amount(), 70, 0, Map.of(), 7));
        assertThat(row(small, s.b()).reasonKey()).isEqualTo("selection.reason.budgetExhausted");
        // an application larger than the whole budget is told so, not "what is left of the budget"
        SelectionComparison tiny = selection.compare(s.call().id(),
                new SelectionParameters(Won.ofManwon(4500).amount(), 70, 0, Map.of(), 7));
        assertThat(row(tiny, s.a()).reasonKey()).isEqualTo("selection.reason.overBudget");
        assertThat(row(tiny, s.a()).reasonArgs()).containsExactly("5,000만원", "4,500만원");
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

    @Autowired
    kr.jiwon.matching.InstituteRequests requests;

    @Test
    void confirmingSetsTheStatesNotifiesByMailIsImmutableAndAnUpheldObjectionReopensOneDecision()
            throws Exception {
        Scenario s = scored();
        mail.sendPending(); // what other tests of this class left in the outbox
        smtp.purgeEmailFromAllMailboxes();
        ConfirmedResult r = results.confirm(s.call().id(), params(0.3), OFFICE);

        assertThat(r.selectedCount()).isEqualTo(2);
        assertThat(applications.forMatching(s.a().id()).status()).isEqualTo(ApplicationStatus.SELECTED);
        assertThat(applications.forMatching(s.b().id()).status()).isEqualTo(ApplicationStatus.NOT_SELECTED);
        assertThat(notifications.ofCompany(s.b().company().company().id())).singleElement()
                .satisfies(n -> assertThat(n.body()).contains("미선정").contains("인구감소지역"));
        assertThat(mail.sendPending()).isEqualTo(4);
        MimeMessage[] sent = smtp.getReceivedMessages();
        assertThat(sent).hasSize(4);
        assertThat(sent).anySatisfy(m -> {
            assertThat(m.getAllRecipients()[0].toString()).isEqualTo(s.a().company().user().username());
            assertThat(m.getSubject()).contains(s.call().title());
            assertThat(GreenMailUtil.getBody(m)).isNotBlank();
        });
        assertThat(mail.sendPending()).isZero();
        assertThatThrownBy(() -> results.confirm(s.call().id(), params(0), OFFICE))
                .isInstanceOf(InvalidInputException.class);
        assertThat(audit.search(new AuditQuery(null, "CALL", String.valueOf(s.call().id()), "SELECTION_CONFIRM",
                null, null, 10))).hasSize(1);

        Actor applicantB = new Actor(s.b().company().user().username(), "APPLICANT", "127.0.0.1");
        assertThatThrownBy(() -> objections.lodge(s.b().company().user(), s.b().id(), " ", applicantB))
                .isInstanceOf(InvalidInputException.class);
        Objection o = objections.lodge(s.b().company().user(), s.b().id(), "점수 산정에 이의가 있습니다.", applicantB);
        assertThatThrownBy(() -> objections.lodge(s.b().company().user(), s.b().id(), "또", applicantB))
                .isInstanceOf(InvalidInputException.class); // one open objection at a time
        assertThatThrownBy(() -> objections.lodge(s.a().company().user(), s.b().id(), "남의 것", applicantB))
                .isInstanceOf(kr.jiwon.shared.NotFoundException.class);

        objections.answer(o.id(), true, "예산 재배분으로 재심의", OFFICE);
        assertThat(applications.forMatching(s.b().id()).status()).isEqualTo(ApplicationStatus.ELIGIBLE);
        // A (5천만) and C (4천만) are funded from 1억: B's 5천만 would overrun the confirmed budget
        assertThatThrownBy(() -> results.redecide(s.call().id(), s.b().id(), true, null, null, "추가 예산 확보",
                OFFICE)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations().get(0).messageKey())
                        .isEqualTo("selection.overBudget"));
        assertThat(applications.forMatching(s.b().id()).status()).isEqualTo(ApplicationStatus.ELIGIBLE);
        assertThatThrownBy(() -> results.redecide(s.call().id(), s.b().id(), true, null, Won.ofManwon(12000),
                "추가 예산 확보", OFFICE)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations().get(0).messageKey())
                        .isEqualTo("selection.newBudgetTooSmall"));
        results.redecide(s.call().id(), s.b().id(), true, null, Won.ofManwon(14000), "추가 예산 확보", OFFICE);
        assertThat(applications.forMatching(s.b().id()).status()).isEqualTo(ApplicationStatus.SELECTED);
        assertThat(results.history(s.b().id())).extracting(Decision::selected).containsExactly(false, true);
        ConfirmedResult after = results.result(s.call().id()).orElseThrow();
        assertThat(after.objective()).isEqualTo(r.objective());
        assertThat(after.confirmedBudget()).isEqualTo(Won.ofEok(1).amount());
        assertThat(after.budget()).isEqualTo(Won.ofManwon(14000).amount());
        assertThat(after.fundedNow()).isEqualTo(Won.ofManwon(14000).amount());
        assertThat(audit.search(new AuditQuery(null, "CALL", String.valueOf(s.call().id()),
                "SELECTION_BUDGET_CHANGE", null, null, 10))).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("추가 예산 확보"));

        clock.advance(Duration.ofDays(8));
        Actor applicantD = new Actor(s.d().company().user().username(), "APPLICANT", "127.0.0.1");
        assertThatThrownBy(() -> objections.lodge(s.d().company().user(), s.d().id(), "늦은 이의", applicantD))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations().get(0).messageKey())
                        .isEqualTo("objection.periodOver"));
    }

    private static String key(Throwable e) {
        return ((InvalidInputException) e).violations().get(0).messageKey();
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
        assertThatThrownBy(() -> results.confirm(call.id(), params(0), OFFICE))
                .satisfies(e -> assertThat(key(e)).isEqualTo("call.stage.notClosed"));
        review.institutesAccept(call.id());
        review.closeAndScreen(call.id());
        assertThatThrownBy(() -> results.confirm(call.id(), params(0), OFFICE)).as("not under review yet")
                .satisfies(e -> assertThat(key(e)).isEqualTo("call.stage.notYet"));
        assignment.assign(call.id(), OFFICE);
        assertThatThrownBy(() -> results.confirm(call.id(), params(0), OFFICE))
                .satisfies(e -> assertThat(key(e)).isEqualTo("call.stage.unscored"));
        assertThat(results.result(call.id())).isEmpty();
        assertThat(callStatus(call)).isEqualTo(kr.jiwon.programs.CallStatus.UNDER_REVIEW);

        scoring.save(r.accountUsername(), a.id(), Map.of("기술성", 80.0), null, true, OFFICE);
        results.confirm(call.id(), params(0), OFFICE);
        assertThat(callStatus(call)).isEqualTo(kr.jiwon.programs.CallStatus.ANNOUNCED);
        assertThatThrownBy(() -> scoring.reopen(scoring.sheetsOf(call.id()).get(0).id(), "다시", OFFICE))
                .as("sheets are closed once announced").satisfies(e -> assertThat(key(e)).isEqualTo("call.stage.over"));

        // results become final only after the objection period
        assertThatThrownBy(() -> results.finalizeResults(call.id(), OFFICE))
                .satisfies(e -> assertThat(key(e)).isEqualTo("call.stage.objectionPeriod"));
        clock.advance(Duration.ofDays(8));
        results.finalizeResults(call.id(), OFFICE);
        assertThat(callStatus(call)).isEqualTo(kr.jiwon.programs.CallStatus.FINALIZED);
        assertThat(notifications.ofCompany(a.company().company().id()))
                .anySatisfy(n -> assertThat(n.subject()).contains("최종 선정 확정"));
    }

    @Autowired
    kr.jiwon.programs.CallManagement calls;

    private kr.jiwon.programs.CallStatus callStatus(Call call) {
        return calls.call(call.id()).status();
    }

    @Test
    void aReducedAmountIsFundedAndExplainedAndCannotExceedTheRequest() {
        Scenario s = scored();
        // 1억 funds A and C; with B reduced to 1천만원 A, B and C fit without the share rule
        SelectionComparison cut = selection.compare(s.call().id(), params(0).withReductions(
                Map.of(s.b().id(), Won.ofManwon(1000).amount())));
        assertThat(cut.rows()).filteredOn(SelectionRow::selected).extracting(SelectionRow::applicationId)
                .containsExactlyInAnyOrder(s.a().id(), s.b().id(), s.c().id());
        assertThat(row(cut, s.b()).amount()).isEqualTo(Won.ofManwon(1000).amount());
        assertThat(row(cut, s.b()).reduced()).isTrue();
        assertThat(row(cut, s.b()).reasonKey()).isEqualTo("selection.reason.selectedReduced");
        assertThatThrownBy(() -> selection.compare(s.call().id(), params(0).withReductions(
                Map.of(s.b().id(), Won.ofManwon(6000).amount()))))
                .satisfies(e -> assertThat(key(e)).isEqualTo("selection.reductionAboveRequest"));
    }
}
