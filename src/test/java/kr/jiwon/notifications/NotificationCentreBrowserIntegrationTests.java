package kr.jiwon.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import kr.jiwon.testing.Journey;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The header counts a user's unseen notifications (their own and their company's); opening 알림 shows which are new
 * and makes them read, so the count goes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"embedded", "test"})
class NotificationCentreBrowserIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    Notifications notifications;
    @Autowired
    JdbcTemplate jdbc;

    private long unread(long company) {
        return jdbc.queryForObject("select count(*) from notification where read_at is null and (username ="
                + " 'applicant' or company_id = ?)", Long.class, company);
    }

    @Test
    void theHeaderCountsUnseenNotificationsUntilTheyAreOpened() {
        long company = jdbc.queryForObject("select company_id from account where username = 'applicant'", Long.class);
        notifications.toCompany(kr.jiwon.notifications.NotificationKind.SCREENING, company, null, "요건검토 결과 안내",
                "요건검토를 통과했습니다.", "/my/applications");
        notifications.toUser(kr.jiwon.notifications.NotificationKind.REPORT, "applicant", null, "보고서 제출 안내",
                "중간보고서 제출 기한이 다가옵니다.", "/my/projects");
        long expected = unread(company);
        assertThat(expected).isGreaterThanOrEqualTo(2);
        try (Journey j = new Journey("http://localhost:" + port, "notification-centre")) {
            j.signIn("applicant", "jiwon-applicant-demo");
            j.open("/");
            assertThat(j.find("#nav-notifications .unread-count").getText()).isEqualTo(String.valueOf(expected));
            assertThat(j.find("#nav-notifications .unread-count").getDomAttribute("aria-label"))
                    .isEqualTo("읽지 않은 알림 " + expected + "건");
            j.check("1-badge");
            j.click("#nav-notifications");
            j.waitForText("새 알림 " + expected + "건");
            assertThat(j.all(".notification-list li[data-unread='true']")).hasSize((int) expected);
            assertThat(j.text()).contains("요건검토 결과 안내").contains("보고서 제출 안내");
            j.check("2-list");
            assertThat(unread(company)).as("opened: read").isZero();
            j.open("/");
            assertThat(j.all("#nav-notifications .unread-count")).as("no count once read").isEmpty();
        }
    }

    @Test
    void companiesHearTheirScreeningResultAndReviewersTheirAssignment() {
        // the demo screened 소부장 1차 and assigned its reviewers through the same services officers use
        long eligible = jdbc.queryForObject("select count(*) from application a join account u on u.company_id ="
                + " a.company_id where u.username = 'applicant' and a.status in ('ELIGIBLE', 'SELECTED',"
                + " 'NOT_SELECTED')", Long.class);
        assertThat(eligible).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from notification n join account u on u.company_id ="
                + " n.company_id where u.username = 'applicant' and n.subject like '요건검토 결과 안내%'", Long.class))
                .isGreaterThanOrEqualTo(eligible);
        long assigned = jdbc.queryForObject("select count(*) from review_assignment ra join reviewer r on r.id ="
                + " ra.reviewer_id where r.account_username = 'reviewer'", Long.class);
        assertThat(assigned).isPositive();
        try (Journey j = new Journey("http://localhost:" + port, "notification-reviewer")) {
            j.signIn("reviewer", "jiwon-reviewer-demo");
            j.click("#nav-notifications");
            j.waitForText("평가 배정 안내");
            for (var perCall : jdbc
                    .queryForList("select f.title, count(*) as n from review_assignment ra join reviewer r"
                            + " on r.id = ra.reviewer_id join funding_call f on f.id = ra.call_id where r.account_username ="
                            + " 'reviewer' group by f.title")) {
                assertThat(j.text()).as("per call").contains("“" + perCall.get("TITLE") + "”의 신청서 " + perCall.get(
                        "N") + "건이 배정되었습니다");
            }
            j.check("1-assigned");
        }
    }
}
