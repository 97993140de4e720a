package kr.jiwon.selection;

import static kr.jiwon.review.ReviewFixtures.OFFICE;
import static kr.jiwon.selection.SelectionScenarios.params;
import static kr.jiwon.selection.SelectionScenarios.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Map;
import kr.jiwon.applications.ApplicationManagement;
import kr.jiwon.applications.ApplicationStatus;
import kr.jiwon.applications.ApplicationsFixtures;
import kr.jiwon.audit.AuditLog;
import kr.jiwon.audit.AuditQuery;
import kr.jiwon.notifications.MailDispatcher;
import kr.jiwon.notifications.Notifications;
import kr.jiwon.review.ReviewFixtures;
import kr.jiwon.review.ReviewPlanning;
import kr.jiwon.review.ReviewerAssignment;
import kr.jiwon.review.Scoring;
import kr.jiwon.shared.Actor;
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
@SpringBootTest(properties = {"spring.mail.host=localhost", "spring.mail.port=3025", "jiwon.mail.interval=PT24H",
        "jiwon.mail.initial-delay=PT24H"}) // the test runs the sender itself
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

    @Autowired
    SelectionScenarios scenarios;

    @Test
    void theOptimumHonoursTheShareRuleTheGreedyRankingBreaksItAndEveryApplicationIsExplained() {
        SelectionScenarios.Scenario s = scenarios.scored();
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
                new SelectionParameters(Won.ofManwon(6000), 70, 0, Map.of(), 7));
        assertThat(row(small, s.b()).reasonKey()).isEqualTo("selection.reason.budgetExhausted");
        // an application larger than the whole budget is told so, not "what is left of the budget"
        SelectionComparison tiny = selection.compare(s.call().id(),
                new SelectionParameters(Won.ofManwon(4500), 70, 0, Map.of(), 7));
        assertThat(row(tiny, s.a()).reasonKey()).isEqualTo("selection.reason.overBudget");
        // amounts stay amounts (each reader sees them in their language); in Korean:
        assertThat(java.util.Arrays.stream(row(tiny, s.a()).reasonArgs()).map(String::valueOf).toList())
                .containsExactly("5,000만원", "4,500만원");
    }

    @Test
    void confirmingSetsTheStatesNotifiesByMailIsImmutableAndAnUpheldObjectionReopensOneDecision()
            throws Exception {
        SelectionScenarios.Scenario s = scenarios.scored();
        while (mail.sendPending() > 0) {
            // what other tests of this class left in the outbox (sent 50 at a time)
        }
        smtp.purgeEmailFromAllMailboxes();
        ConfirmedResult r = results.confirm(kr.jiwon.shared.CallId.of(s.call().id()), params(0.3), OFFICE);

        assertThat(r.selectedCount()).isEqualTo(2);
        assertThat(applications.forMatching(s.a().id()).status()).isEqualTo(ApplicationStatus.SELECTED);
        assertThat(applications.forMatching(s.b().id()).status()).isEqualTo(ApplicationStatus.NOT_SELECTED);
        assertThat(notifications.ofCompany(s.b().company().company().id()))
                .filteredOn(n -> n.kind() == kr.jiwon.notifications.NotificationKind.RESULT).singleElement()
                .satisfies(n -> assertThat(n.body()).contains("미선정").contains("인구감소지역"));
        // the four companies hear their result, and the institutes that accepted their requests hear it too
        assertThat(mail.sendPending()).isEqualTo(8);
        MimeMessage[] all = smtp.getReceivedMessages();
        java.util.List<MimeMessage> toInstitutes = new java.util.ArrayList<>();
        java.util.List<MimeMessage> sentList = new java.util.ArrayList<>();
        for (MimeMessage m : all) {
            (m.getSubject().contains("수락하신 기술지원 요청") ? toInstitutes : sentList).add(m);
        }
        assertThat(toInstitutes).hasSize(4);
        MimeMessage[] sent = sentList.toArray(MimeMessage[]::new);
        assertThat(sent).hasSize(4);
        assertThat(sent).anySatisfy(m -> {
            assertThat(m.getAllRecipients()[0].toString()).isEqualTo(s.a().company().user().username());
            assertThat(m.getSubject()).contains(s.call().title());
            assertThat(GreenMailUtil.getBody(m)).isNotBlank();
        });
        assertThat(mail.sendPending()).isZero();
        assertThatThrownBy(() -> results.confirm(kr.jiwon.shared.CallId.of(s.call().id()), params(0), OFFICE))
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
        assertThatThrownBy(() -> results.redecide(kr.jiwon.shared.CallId.of(s.call().id()),
                kr.jiwon.shared.ApplicationId.of(s.b().id()), true, null, null, "추가 예산 확보",
                OFFICE)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations().get(0).messageKey())
                        .isEqualTo("selection.overBudget"));
        assertThat(applications.forMatching(s.b().id()).status()).isEqualTo(ApplicationStatus.ELIGIBLE);
        assertThatThrownBy(() -> results.redecide(kr.jiwon.shared.CallId.of(s.call().id()),
                kr.jiwon.shared.ApplicationId.of(s.b().id()), true, null, Won.ofManwon(12000),
                "추가 예산 확보", OFFICE)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations().get(0).messageKey())
                        .isEqualTo("selection.newBudgetTooSmall"));
        results.redecide(kr.jiwon.shared.CallId.of(s.call().id()), kr.jiwon.shared.ApplicationId.of(s.b().id()), true,
                null, Won.ofManwon(14000), "추가 예산 확보", OFFICE);
        assertThat(applications.forMatching(s.b().id()).status()).isEqualTo(ApplicationStatus.SELECTED);
        assertThat(results.history(s.b().id())).extracting(Decision::selected).containsExactly(false, true);
        ConfirmedResult after = results.result(s.call().id()).orElseThrow();
        assertThat(after.objective()).isEqualTo(r.objective());
        assertThat(after.confirmedBudget()).isEqualTo(Won.ofEok(1));
        assertThat(after.budget()).isEqualTo(Won.ofManwon(14000));
        assertThat(after.fundedNow()).isEqualTo(Won.ofManwon(14000));
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

}
