package kr.jiwon.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import kr.jiwon.shared.SeoulTime;
import kr.jiwon.testing.Journey;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/**
 * A company sees where each application stands: 내 신청 names the current step, the application, its receipt and its
 * result page show the timeline — receipt day, the institutes' answers, screening, the result, the objection period
 * and the agreement — each as stored. On the demo history: the demo applicant's applications under review, and a
 * company of the finished call whose project is signed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "jiwon.demo.history=true")
@ActiveProfiles({"embedded", "test"})
class ApplicantTimelineBrowserIntegrationTests {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy.MM.dd");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder passwords;

    @Test
    void theDemoApplicantSeesEachApplicationsStepAndItsTimeline() {
        try (Journey j = new Journey("http://localhost:" + port, "applicant-timeline")) {
            j.signIn("applicant", "jiwon-applicant-demo");
            j.clickText("내 신청");
            j.waitForText("현재 단계");
            List<WebElement> rows = j.all("table tbody tr");
            assertThat(rows).isNotEmpty();
            List<String> current = rows.stream().map(r -> r.findElement(By.cssSelector(".current-step")).getText())
                    .toList();
            j.check("1-mine");
            List<Map<String, Object>> apps = jdbc.queryForList("select a.id, a.title, a.status, a.submitted_at,"
                    + " a.receipt_number from application a join account u on u.company_id = a.company_id"
                    + " where u.username = 'applicant' and a.status <> 'DRAFT' order by a.id");
            assertThat(apps).isNotEmpty();
            for (Map<String, Object> app : apps) {
                long id = ((Number) app.get("ID")).longValue();
                j.open("/my/applications");
                j.clickTextAndWaitForNextPage((String) app.get("TITLE"));
                j.waitForText("진행 단계");
                WebElement submit = j.find("#app-timeline li[data-stage='SUBMIT']");
                if (app.get("SUBMITTED_AT") != null && !"WITHDRAWN".equals(app.get("STATUS"))) {
                    Object at = app.get("SUBMITTED_AT");
                    java.time.Instant instant = at instanceof java.time.OffsetDateTime o
                            ? o.toInstant()
                            : ((java.sql.Timestamp) at).toInstant();
                    LocalDate day = instant.atZone(SeoulTime.ZONE).toLocalDate();
                    assertThat(submit.getDomAttribute("data-state")).isEqualTo("done");
                    assertThat(submit.getText()).contains(day.format(DAY)).contains((String) app.get(
                            "RECEIPT_NUMBER"));
                }
                long accepted = jdbc.queryForObject("select count(*) from match_offer where application_id = ?"
                        + " and status = 'ACCEPTED'", Long.class, id);
                long waiting = jdbc.queryForObject("select count(*) from match_offer where application_id = ?"
                        + " and status = 'OFFERED'", Long.class, id);
                assertThat(j.all("#app-timeline li[data-stage='INSTITUTE']").stream()
                        .filter(li -> li.getText().contains("수락했습니다")).count()).isEqualTo(accepted);
                assertThat(j.all("#app-timeline li[data-stage='INSTITUTE'][data-state='now']")).hasSize(
                        (int) waiting);
                String screen = j.find("#app-timeline li[data-stage='SCREEN']").getDomAttribute("data-state");
                String status = (String) app.get("STATUS");
                if (status.equals("SUBMITTED") || status.equals("SCREENING")) {
                    assertThat(screen).as(status).isIn("now", "next");
                } else {
                    assertThat(screen).as(status).isEqualTo("done");
                }
                List<WebElement> notDone = j.all("#app-timeline li:not([data-state='done'])");
                String first = notDone.isEmpty()
                        ? "모든 단계가 끝났습니다."
                        : notDone.get(0)
                                .findElement(By.cssSelector(".step-text")).getText();
                assertThat(current).as("내 신청 names the first step not done").contains(first);
            }
            j.check("2-application");
        }
    }

    @Test
    void aSelectedCompanyOfTheFinishedCallSeesItsAgreementOnTheTimeline() {
        Map<String, Object> project = jdbc.queryForList("select p.number, p.application_id, p.company_id from project p"
                + " where p.status <> 'AGREEMENT' order by p.id").get(0);
        long company = ((Number) project.get("COMPANY_ID")).longValue();
        String username = jdbc.queryForObject("select username from account where company_id = ? order by id"
                + " limit 1", String.class, company);
        jdbc.update("update account set password_hash = ? where username = ?", passwords.encode("timeline-test-pw"),
                username);
        try (Journey j = new Journey("http://localhost:" + port, "applicant-timeline-selected")) {
            j.signIn(username, "timeline-test-pw");
            j.clickText("내 신청");
            j.waitForText("현재 단계");
            String title = jdbc.queryForObject("select title from application where id = ?", String.class,
                    project.get("APPLICATION_ID"));
            j.clickTextAndWaitForNextPage(title);
            j.waitForText("진행 단계");
            WebElement agreement = j.find("#app-timeline li[data-stage='AGREEMENT']");
            assertThat(agreement.getDomAttribute("data-state")).isEqualTo("done");
            assertThat(agreement.getText()).contains((String) project.get("NUMBER"));
            assertThat(j.find("#app-timeline li[data-stage='RESULT']").getText()).contains("선정되었습니다");
            assertThat(j.find("#app-timeline li[data-stage='OBJECTION']").getDomAttribute("data-state"))
                    .isEqualTo("done");
            j.clickText("선정 결과 보기");
            j.waitForText("진행 단계");
            assertThat(j.find("#app-timeline li[data-stage='AGREEMENT']").getText())
                    .contains((String) project.get("NUMBER"));
            j.check("1-result");
        }
    }
}
