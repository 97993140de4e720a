package kr.jiwon.projects;

import static kr.jiwon.review.ReviewFixtures.OFFICE;
import static kr.jiwon.testing.Refusals.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.LocalDate;
import kr.jiwon.audit.AuditLog;
import kr.jiwon.audit.AuditQuery;
import kr.jiwon.notifications.Notifications;
import kr.jiwon.outcomes.Duty;
import kr.jiwon.outcomes.ProjectReport;
import kr.jiwon.outcomes.Reports;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.SeoulTime;
import kr.jiwon.shared.Won;
import kr.jiwon.testing.Events;
import kr.jiwon.testing.MutableClock;
import kr.jiwon.testing.TestClockConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/**
 * 협약 해약: an officer ends a running agreement as of a date; the settlement starts, spending after the date is not
 * recognised, payments and spending stop, the mid-term report not handed in is no longer owed and the final report
 * is due a month after the termination; the company is told, the change is audited and integrating systems get
 * {@code project.terminated}. What may not happen is refused with a reason beside its field.
 */
@SpringBootTest(properties = "jiwon.demo.enabled=false")
@ActiveProfiles({"embedded", "test"})
@Import(TestClockConfiguration.class)
class ProjectTerminationIntegrationTests {

    @Autowired
    ProjectFixtures fixtures;
    @Autowired
    Terminations terminations;
    @Autowired
    ProjectMoney money;
    @Autowired
    AgreementChangeDesk changes;
    @Autowired
    Settlements settlements;
    @Autowired
    ProjectManagement projects;
    @Autowired
    Reports reports;
    @Autowired
    Notifications notifications;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anOfficerEndsARunningAgreementAndTheProjectIsSettledAsOfTheDate() {
        ProjectFixtures.Awarded a = fixtures.runningWithSpending("TERM");
        long id = a.project().id();
        LocalDate start = a.project().startsOn();
        Actor co = new Actor(a.company().username(), "APPLICANT", "127.0.0.1");
        AgreementChange extension = changes.request(a.company(), id, new ChangeRequest(
                AgreementChange.Kind.PERIOD_EXTENSION, "시험 일정 지연", null, null, null,
                a.project().endsOn().plusMonths(1)), co);
        assertThat(reports.of(projects.view(a.officer(), id, OFFICE))).extracting(ProjectReport::kind)
                .contains(Duty.Kind.INTERIM);
        jdbc.update("insert into webhook_subscription (owner, url, events, secret, created_at) values (?, ?, ?, ?, ?)",
                "officer", "https://erp.example.go.kr/jiwon-termination", "project.terminated", "whsec_test",
                Timestamp.from(clock.instant()));
        try {
            LocalDate on = start.plusDays(30);
            // refused: the company, nothing chosen or written, a date to come, a date before the project
            assertThatThrownBy(() -> terminations.terminate(a.company(), id, new Terminations.Request(
                    Termination.Kind.COMPANY_REQUEST, on, "중단", true), co)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> terminations.terminate(a.officer(), id, new Terminations.Request(null, null, " ",
                    false), OFFICE)).isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(
                                    e.violations()).extracting(v -> v.field() + " " + v.messageKey()).containsExactly(
                                            "terminationKind field.required", "terminatedOn field.required",
                                            "terminationReason field.required",
                                            "terminateConfirmed project.terminationConfirm"));
            assertThat(key(() -> terminations.terminate(a.officer(), id, new Terminations.Request(
                    Termination.Kind.COMPANY_REQUEST, start.plusDays(61), "중단 요청", true), OFFICE)))
                    .isEqualTo("project.terminationNotYet");
            assertThat(key(() -> terminations.terminate(a.officer(), id, new Terminations.Request(
                    Termination.Kind.COMPANY_REQUEST, start.minusDays(1), "중단 요청", true), OFFICE)))
                    .isEqualTo("project.terminationWithinPeriod");
            assertThat(projects.view(a.officer(), id, OFFICE).status()).as("nothing half-done")
                    .isEqualTo(ProjectStatus.IN_PROGRESS);

            Project p = terminations.terminate(a.officer(), id, new Terminations.Request(
                    Termination.Kind.COMPANY_REQUEST, on, " 대표 사임으로 과제 중단 요청(공문 제2027-15호) ", true),
                    OFFICE);
            assertThat(p.status()).isEqualTo(ProjectStatus.SETTLING);
            assertThat(p.termination()).isEqualTo(new Termination(on, Termination.Kind.COMPANY_REQUEST,
                    "대표 사임으로 과제 중단 요청(공문 제2027-15호)"));
            assertThat(p.effectiveEnd()).isEqualTo(on);
            assertThat(projects.spending(id)).extracting(s -> s.invoiceNumber() + " " + s.disallowed() + " "
                    + s.disallowedReason()).containsExactly("TERM1 false null",
                            "TERM2 true 협약 해약일 " + SeoulTime.notice(on) + " 이후 집행");
            assertThat(projects.changes(id)).filteredOn(c -> c.id().equals(extension.id())).singleElement()
                    .satisfies(c -> {
                        assertThat(c.status()).as("nothing is left to change").isEqualTo(
                                AgreementChange.Status.REJECTED);
                        assertThat(c.answer()).isEqualTo("협약 해약으로 종결했습니다.");
                    });
            assertThat(key(() -> changes.decide(a.officer(), id, extension.id(), true, null, OFFICE)))
                    .isEqualTo("project.notInProgress");
            assertThat(key(() -> money.pay(a.officer(), id, "중도금", start.plusDays(60), Won.ofManwon(100),
                    OFFICE))).isEqualTo("project.notInProgress");
            assertThat(key(() -> terminations.terminate(a.officer(), id, new Terminations.Request(
                    Termination.Kind.BREACH, on, "다시", true), OFFICE))).isEqualTo("project.notInProgress");
            assertThat(key(() -> money.spend(a.company(), id, new SpendingEntry(start.plusDays(20), "(주)소재",
                    Won.ofManwon(10), "재료비", null, "TERM-3", null), null, co))).as("no more spending")
                    .isEqualTo("policy.PROJECT_RUNNING");

            // reports: no mid-term report any more; the final one a month after the termination
            Project after = projects.view(a.officer(), id, OFFICE);
            assertThat(reports.of(after)).extracting(ProjectReport::kind).doesNotContain(Duty.Kind.INTERIM)
                    .contains(Duty.Kind.FINAL);
            assertThat(reports.of(after).stream().filter(r -> r.kind() == Duty.Kind.FINAL).findFirst()
                    .orElseThrow().dueOn()).isEqualTo(on.plusMonths(1));

            assertThat(notifications.ofCompany(a.project().companyId())).anySatisfy(n -> {
                assertThat(n.subject()).isEqualTo("[지원] 과제 " + p.number() + " 협약 해약");
                assertThat(n.body()).contains(SeoulTime.notice(on), "기업의 중단 요청(중도 포기)",
                        "대표 사임으로 과제 중단 요청");
                assertThat(n.link()).isEqualTo("/projects/" + id);
            });
            assertThat(audit.search(new AuditQuery(null, "PROJECT", String.valueOf(id), "PROJECT_TERMINATED", null,
                    null, 10))).singleElement().satisfies(e -> assertThat(e.detail()).contains("COMPANY_REQUEST",
                            on.toString(), "1 spending after the date not recognised"));
            Events.awaitDelivered(jdbc);
            assertThat(jdbc.queryForList("select payload from webhook_delivery where event_type = 'project.terminated'",
                    String.class)).singleElement().asString().contains("\"terminatedOn\":\"" + on + "\"",
                            "\"ground\":\"COMPANY_REQUEST\"", "\"projectId\":" + id);

            // the settlement recognises what was spent up to the date; the rest of the grant paid goes back
            SettlementStatement s = settlements.confirm(a.officer(), id, Won.ZERO, OFFICE);
            assertThat(s.recognised()).isEqualTo(Won.ofManwon(300));
            assertThat(s.paid()).isEqualTo(Won.ofManwon(2700));
            assertThat(s.toReturn()).isEqualTo(s.paid().minus(s.supportUsed()));
            assertThat(Won.ofManwon(2400).exceeds(s.toReturn())).as("at least what was paid and not spent").isFalse();
            Project closed = projects.view(a.officer(), id, OFFICE);
            assertThat(closed.status()).isEqualTo(ProjectStatus.CLOSED);
            assertThat(closed.terminated()).as("still known after the settlement").isTrue();
        } finally {
            jdbc.update("update webhook_subscription set revoked_at = ? where url = ?", Timestamp.from(clock
                    .instant()), "https://erp.example.go.kr/jiwon-termination");
        }
    }
}
