package kr.jiwon.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import kr.jiwon.matching.InstituteRequests;
import kr.jiwon.notifications.NotificationKind;
import kr.jiwon.notifications.Notifications;
import kr.jiwon.testing.Journey;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The events people are told of beyond results: an institute hears of each request passed to it with its answer
 * deadline and is reminded once a day before; the officer reminds reviewers with unsubmitted sheets; and people
 * choose which kinds also come by e-mail (official decisions always do).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"embedded", "test"})
class NotificationEventsBrowserIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Notifications notifications;
    @Autowired
    InstituteRequests requests;
    @Autowired
    Clock clock;

    private Journey journey(String name) {
        return new Journey("http://localhost:" + port, "notification-events-" + name);
    }

    @Autowired
    kr.jiwon.review.ReviewFixtures review;

    @Test
    void anInstituteHearsOfEveryRequestPassedToItWithItsDeadlineAndIsRemindedOnce() {
        // a company names KITECH for its die-casting problem: the request is passed to KITECH
        long open = jdbc.queryForObject("select id from funding_call where title like '%심화기술지원사업 2차%'",
                Long.class);
        var applied = review.submitted(open, "48250", kr.jiwon.shared.Won.ofManwon(5000), List.of("기계금속"),
                List.of("KITECH"));
        // independent count: every request ever passed to KITECH, and the notifications its coordinator got
        long offers = jdbc.queryForObject("select count(*) from match_offer where institute = 'KITECH'", Long.class);
        long told = jdbc.queryForObject("select count(*) from notification where username = 'institute' and kind ="
                + " 'INSTITUTE_REQUEST'", Long.class);
        assertThat(offers).isPositive();
        assertThat(told).isEqualTo(offers);

        // an open request due within a day gets one reminder, however often the check runs
        Long offer = jdbc.queryForObject("select id from match_offer where application_id = ? and institute ="
                + " 'KITECH' and status = 'OFFERED'", Long.class, applied.id());
        jdbc.update("update match_offer set respond_by = ?, reminded_at = null where id = ?",
                Timestamp.from(clock.instant().plus(Duration.ofHours(5))), offer);
        long before = jdbc.queryForObject("select count(*) from notification where username = 'institute' and kind ="
                + " 'REMINDER'", Long.class);
        assertThat(requests.remindDueSoon()).isGreaterThanOrEqualTo(1);
        assertThat(requests.remindDueSoon()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from notification where username = 'institute' and kind ="
                + " 'REMINDER'", Long.class)).isGreaterThan(before);

        try (Journey j = journey("institute")) {
            j.signIn("institute", "jiwon-institute-demo");
            j.click("#nav-notifications");
            j.waitForText("응답 기한 임박");
            assertThat(j.text()).contains("기술지원 요청:").containsPattern("\\d{4}\\.\\d{2}\\.\\d{2}\\([월화수목금토일]\\)"
                    + " \\d{2}:\\d{2}까지 수락 또는 거절해 주세요");
            j.check("1-institute");
        }
    }

    @Test
    void theOfficerRemindsTheReviewersWhoHaveNotSubmitted() {
        // the call under review where most reviewers still have sheets to submit (the demo's 뿌리 자동화 1차)
        long callId = jdbc.queryForObject("select a.call_id from review_assignment a join funding_call f on f.id ="
                + " a.call_id left join score_sheet s on s.application_id = a.application_id and s.reviewer_id ="
                + " a.reviewer_id where f.status = 'UNDER_REVIEW' and (s.id is null or s.status <> 'SUBMITTED')"
                + " group by a.call_id order by count(distinct a.reviewer_id) desc, a.call_id limit 1", Long.class);
        String title = jdbc.queryForObject("select title from funding_call where id = ?", String.class, callId);
        long late = jdbc.queryForObject("select count(distinct a.reviewer_id) from review_assignment a join reviewer r"
                + " on r.id = a.reviewer_id left join score_sheet s on s.application_id = a.application_id and"
                + " s.reviewer_id = a.reviewer_id where a.call_id = ? and r.account_username is not null and"
                + " (s.id is null or s.status <> 'SUBMITTED')", Long.class, callId);
        assertThat(late).as("the demo leaves sheets to submit in the call under review").isPositive();
        long reminders = jdbc.queryForObject("select count(*) from notification where kind = 'REMINDER' and username"
                + " in (select account_username from reviewer)", Long.class);
        try (Journey j = journey("officer")) {
            j.signIn("officer", "jiwon-officer-demo");
            j.clickText("사업 관리");
            RoleJourneysBrowserIntegrationTests.callLink(j, title, "평가");
            j.waitForText("평가 진행");
            j.scrollTo("#remind-reviewers");
            j.clickTextAndWaitForNextPage("제출 요청 알림 보내기");
            j.waitForText("심사위원 " + late + "명에게 제출 요청 알림을 보냈습니다.");
            j.check("2-reminded");
        }
        assertThat(jdbc.queryForObject("select count(*) from notification where kind = 'REMINDER' and username in"
                + " (select account_username from reviewer)", Long.class)).isEqualTo(reminders + late);
    }

    @Test
    void aCompanyChoosesWhichKindsAlsoComeByEmailButOfficialNoticesAlwaysDo() {
        long company = jdbc.queryForObject("select company_id from account where username = 'applicant'", Long.class);
        try (Journey j = journey("settings")) {
            j.signIn("applicant", "jiwon-applicant-demo");
            j.click("#nav-notifications");
            j.click("#notification-settings");
            j.waitForText("이메일로도 받을 알림");
            assertThat(j.find("#email-RESULT").isEnabled()).as("the selection result is official notice").isFalse();
            assertThat(j.find("#email-RESULT").isSelected()).isTrue();
            assertThat(j.find("#email-SUBMITTED").isSelected()).as("on until turned off").isTrue();
            j.check("3-settings");
            j.click("#email-SUBMITTED");
            j.click("#email-REPORT");
            j.clickTextAndWaitForNextPage("설정 저장");
            j.waitForText("이메일 수신 설정을 저장했습니다.");
            assertThat(j.find("#email-SUBMITTED").isSelected()).isFalse();
            assertThat(j.find("#email-REPORT").isSelected()).isFalse();
            assertThat(j.find("#email-SCREENING").isSelected()).isTrue();
        }
        assertThat(notifications.byEmail(company, null, NotificationKind.SUBMITTED)).isFalse();
        var quiet = notifications.toCompany(NotificationKind.SUBMITTED, company, "ceo@hanbit.example", "접수", "본문",
                null);
        var official = notifications.toCompany(NotificationKind.RESULT, company, "ceo@hanbit.example", "결과", "본문",
                null);
        assertThat(quiet.email()).as("in the app only").isNull();
        assertThat(official.email()).isEqualTo("ceo@hanbit.example");
        // the choice is the company's: its other users see it too, and it can be turned on again
        jdbc.update("update notification_preference set by_email = true where company_id = ?", company);
        assertThat(notifications.byEmail(company, null, NotificationKind.SUBMITTED)).isTrue();
    }
}
