package kr.jiwon.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import kr.jiwon.applications.ApplicationStatus;
import kr.jiwon.applications.ApplicationsFixtures;
import kr.jiwon.applications.DocumentManagement;
import kr.jiwon.notifications.NotificationKind;
import kr.jiwon.notifications.Notifications;
import kr.jiwon.programs.Call;
import kr.jiwon.programs.CallManagement;
import kr.jiwon.review.ReviewFixtures;
import kr.jiwon.review.ReviewFixtures.Applied;
import kr.jiwon.shared.SeoulTime;
import kr.jiwon.shared.Won;
import kr.jiwon.testing.Journey;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * 보완 요청 in headless Chromium: during 요건검토 an officer opens an application from the list, asks for a document
 * by a deadline (a deadline in the past is refused beside the field, the text kept); the company is told, finds the
 * request on its application and timeline, cannot hand in an empty answer, uploads a file and hands in; the officer
 * sees the answer in the list and on the page and decides; the submitted documents stay as they were.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"embedded", "test"})
class SupplementJourneyBrowserIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationsFixtures fixtures;
    @Autowired
    ReviewFixtures review;
    @Autowired
    CallManagement calls;
    @Autowired
    Notifications notifications;
    @Autowired
    DocumentManagement documents;

    @Test
    void anOfficerAsksForASupplementAndTheCompanyHandsItInBeforeTheDeadline() throws Exception {
        Call call = fixtures.openCall();
        Applied applied = review.submitted(call.id(), "48250", Won.ofManwon(4000), List.of("기계금속"), List.of());
        calls.close(call.id());
        String title = applied.application().title();
        try (Journey j = new Journey("http://localhost:" + port, "supplement")) {
            j.signIn("officer", "jiwon-officer-demo");
            j.clickText("사업 관리");
            RoleJourneysBrowserIntegrationTests.callLink(j, call.title(), "신청 목록");
            j.waitForText(title);
            j.clickText(title);
            j.waitForText("보완 요청하기");
            j.type("#supplement-message", "사업자등록증 사본이 흐려 읽을 수 없습니다. 선명한 사본을 다시 올려 주십시오.");
            j.dateTime("#supplement-due", LocalDateTime.now(SeoulTime.ZONE).minusDays(1).withSecond(0).withNano(0));
            j.clickTextAndWaitForNextPage("보완 요청 보내기");
            assertThat(j.find("#supplement-due-error").getText()).isEqualTo("제출 기한은 지금 이후여야 합니다.");
            assertThat(j.find("#supplement-message").getDomProperty("value")).startsWith("사업자등록증 사본이 흐려");
            j.check("1-due-refused");
            LocalDateTime due = LocalDateTime.now(SeoulTime.ZONE).plusDays(3).withHour(18).withMinute(0).withSecond(0)
                    .withNano(0);
            j.dateTime("#supplement-due", due);
            j.clickTextAndWaitForNextPage("보완 요청 보내기");
            j.waitForText("보완 요청을 보냈습니다");
            assertThat(j.text()).contains("보완 요청 중", "요건검토 중").doesNotContain("보완 요청하기");
            assertThat(review.reload(applied).status()).isEqualTo(ApplicationStatus.SCREENING);
            j.check("2-requested");
            j.clickText("사업 관리");
            RoleJourneysBrowserIntegrationTests.callLink(j, call.title(), "신청 목록");
            j.waitForText(title);
            assertThat(j.find(".supplement-state").getText()).startsWith("보완 요청 중 · 기한");
            j.signOut();

            assertThat(notifications.ofCompany(applied.company().company().id())).anySatisfy(n -> {
                assertThat(n.kind()).isEqualTo(NotificationKind.SUPPLEMENT);
                assertThat(n.subject()).contains("[보완 요청]", title);
                assertThat(n.body()).contains("사업자등록증 사본이 흐려");
            });

            j.signIn(applied.company().user().username(), ApplicationsFixtures.PASSWORD);
            // the notification centre tells of the request with its deadline, and leads to the application
            j.click("#nav-notifications");
            j.waitForText("[보완 요청]");
            assertThat(j.text()).contains(title, "까지");
            j.check("3a-notification");
            j.clickText("내 신청");
            j.waitForText(title);
            j.clickText(title);
            j.waitForText("보완 요청이 있습니다");
            assertThat(j.text()).contains("사업자등록증 사본이 흐려");
            j.click("#supplement-answer");
            j.waitForText("보완 서류를 한 개 이상 올리거나");
            assertThat(j.find("#supplement-note-error").isDisplayed()).isTrue();
            j.check("3-empty-answer-refused");
            // a wrong file first, taken back before handing in
            Path wrong = attach(j, "작년 재무제표");
            j.find("form[action*='/supplement/documents/'][action$='/delete'] button").click();
            j.waitForText("첨부 파일을 삭제했습니다");
            assertThat(j.text()).doesNotContain(wrong.getFileName().toString());
            j.check("3b-wrong-file-removed");
            Path file = attach(j, "사업자등록증");
            j.type("#supplement-note", "선명한 사본으로 다시 올렸습니다.");
            j.clickTextAndWaitForNextPage("보완 제출");
            j.waitForText("보완 서류를 제출했습니다. 담당자에게 알렸습니다.");
            assertThat(j.text()).contains("보완 제출됨", "선명한 사본으로 다시 올렸습니다.",
                    "보완 서류를 제출했습니다. 요건검토가 이어집니다.");
            assertThat(j.all("#supplement-file")).as("answered once").isEmpty();
            j.check("4-answered");
            j.signOut();

            j.signIn("officer", "jiwon-officer-demo");
            j.clickText("사업 관리");
            RoleJourneysBrowserIntegrationTests.callLink(j, call.title(), "신청 목록");
            j.waitForText(title);
            assertThat(j.find(".supplement-state").getText()).startsWith("보완 제출 ·");
            j.clickText(title);
            j.waitForText("선명한 사본으로 다시 올렸습니다.");
            assertThat(j.text()).contains(file.getFileName().toString());
            j.check("5-officer-sees-answer");
            j.driver().navigate().back();
            j.waitForText(title);
            j.all("input[name=ids]").get(0).click();
            j.clickTextAndWaitForNextPage("적용");
            j.waitForText("1건을 ‘요건 적격’(으)로 처리했습니다");
        }
        assertThat(review.reload(applied).status()).isEqualTo(ApplicationStatus.ELIGIBLE);
        var user = applied.company().user();
        var docs = documents.list(user, applied.id());
        assertThat(docs).hasSize(2);
        assertThat(docs.get(0).filename()).isEqualTo("plan.pdf");
        assertThat(docs.get(0).isSupplement()).isFalse();
        assertThat(docs.get(1).isSupplement()).isTrue();
    }

    /** Attaches a PDF named after {@code name} to the supplement answer and waits until the page lists it. */
    private static Path attach(Journey j, String name) throws Exception {
        Path file = Files.createTempFile(name, ".pdf");
        Files.write(file, ApplicationsFixtures.PDF);
        j.upload("#supplement-file", file);
        var page = j.find("html");
        j.click("#supplement-attach");
        j.waitUntilGone(page);
        j.waitForText(file.getFileName().toString());
        return file;
    }
}
