package kr.jiwon.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
import kr.jiwon.testing.Journey;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A conflict of interest found after the assignment, in headless Chromium: the officer records a reviewer's joint
 * project with an applicant in the reviewer pool; the officers are alerted and the notification leads to the call's
 * assignment, where the pairing shows as suspended and its submitted score as left out; the reviewer's desk shows the
 * application as suspended with no link, and the sheet and the application's documents are refused; the officer
 * dismisses the finding with a reason, the score counts again and the reviewer may open the sheet.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"embedded", "test"})
class ConflictAfterAssignmentBrowserIntegrationTests {

    @LocalServerPort
    int port;
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
    kr.jiwon.applications.DocumentManagement documents;

    @Test
    void aJointProjectRecordedAfterTheAssignmentSuspendsThePairingUntilTheOfficerDismissesIt() throws Exception {
        Call call = fixtures.openCall();
        planning.change(call.id(), 2, 5, "기술성:40\n사업화 가능성:30\n정책 부합성:30", "",
                ReviewPlan.Aggregation.MEAN, false, ReviewFixtures.OFFICE);
        Applied a = review.submitted(call.id(), "48250", Won.ofManwon(4000), List.of("기계금속"), List.of());
        review.closeAndScreen(call.id());
        Reviewer late = review.reviewer(call.id(), "나중충돌", List.of(), List.of(), List.of());
        Reviewer other = review.reviewer(call.id(), "다른위원", List.of(), List.of(), List.of());
        assignment.assign(call.id(), ReviewFixtures.OFFICE);
        scoring.save(late.accountUsername(), a.id(), Map.of("기술성", 35.0, "사업화 가능성", 25.0, "정책 부합성", 20.0),
                null, true, ReviewFixtures.OFFICE);
        scoring.save(other.accountUsername(), a.id(), Map.of("기술성", 30.0, "사업화 가능성", 15.0, "정책 부합성", 15.0),
                null, true, ReviewFixtures.OFFICE);
        String title = a.application().title();
        String review = "/office/calls/" + call.id() + "/review";
        String document = "/applications/" + a.id() + "/documents/"
                + documents.list(a.company().user(), a.id()).get(0).id();

        try (Journey j = new Journey("http://localhost:" + port, "conflict-after")) {
            j.signIn(late.accountUsername(), ApplicationsFixtures.PASSWORD);
            j.waitForText("평가");
            j.open("/review");
            j.waitForText(title);
            assertThat(j.all("a[href='/review/applications/" + a.id() + "']")).hasSize(1);
            assertThat(j.download(document).statusCode()).isEqualTo(200);
            j.signOut();

            j.signIn("officer", "jiwon-officer-demo");
            j.clickText("사업 관리");
            j.clickText("심사위원 풀");
            j.waitForText("나중충돌");
            WebElement row = j.find("#pb-" + late.id()).findElement(By.xpath("ancestor::tr"));
            row.findElement(By.cssSelector("summary")).click();
            j.type("#pb-" + late.id(), a.brn());
            j.type("#pt-" + late.id(), "스마트 금형 공동 연구");
            j.date("#pe-" + late.id(), LocalDate.now().minusMonths(8));
            WebElement page = j.find("html");
            row.findElement(By.xpath(".//button[contains(., '공동 과제 추가')]")).click();
            j.waitUntilGone(page);
            j.waitForText("저장했습니다.");
            j.check("1-joint-project-recorded");

            j.click("#nav-notifications");
            j.waitForText("이해충돌 확인으로 평가 배정 중지");
            WebElement alert = j.all(".notification-list li").stream()
                    .filter(li -> li.getText().contains(call.title()) && li.getText().contains("나중충돌"))
                    .findFirst().orElseThrow();
            assertThat(alert.getText()).contains("배정된 신청 1건", "집계에서 빠집니다");
            j.check("2-officer-alerted");
            page = j.find("html");
            alert.findElement(By.linkText("자세히 보기")).click();
            j.waitUntilGone(page);
            j.waitForText("배정 1건이 배정 뒤 확인된 이해충돌로 중지되었습니다");
            assertThat(j.driver().getCurrentUrl()).contains(review);
            WebElement suspendedRow = suspendedRow(j);
            assertThat(suspendedRow.getText()).contains("나중충돌", "중지: 이해충돌", "공동 과제",
                    "스마트 금형 공동 연구");
            assertThat(j.find("#scoring").findElement(By.xpath("following::table[1]")).getText())
                    .contains("1 / 1", "중지 1건 제외", "60.0");
            assertThat(j.text()).contains("집계 제외(이해충돌)");
            j.scrollTo("#assigned-pairs");
            j.check("3-assignment-suspended");
            j.signOut();

            j.signIn(late.accountUsername(), ApplicationsFixtures.PASSWORD);
            j.open("/review");
            j.waitForText("배정 중지(이해충돌 확인)");
            assertThat(j.all("a[href='/review/applications/" + a.id() + "']")).as("no way in").isEmpty();
            j.check("4-reviewer-desk-suspended");
            j.open("/review/applications/" + a.id());
            j.waitForText("평가 배정이 중지되었습니다");
            j.check("5-sheet-refused");
            assertThat(j.download(document).statusCode()).isIn(403, 404);
            j.signOut();

            j.signIn("officer", "jiwon-officer-demo");
            j.open(review + "#assignment");
            j.waitForText("중지: 이해충돌");
            suspendedRow = suspendedRow(j);
            WebElement reason = suspendedRow.findElement(By.cssSelector("input[name=reason]"));
            reason.sendKeys("공동 과제 상대는 사업자등록번호만 같은 다른 사업장으로 확인");
            page = j.find("html");
            suspendedRow.findElement(By.xpath(".//button[contains(., '오탐 해제')]")).click();
            j.waitUntilGone(page);
            j.waitForText("저장했습니다.");
            assertThat(j.all("#suspended-alert")).isEmpty();
            assertThat(j.text()).doesNotContain("중지: 이해충돌", "집계 제외(이해충돌)");
            assertThat(j.find("#scoring").findElement(By.xpath("following::table[1]")).getText())
                    .contains("2 / 2", "70.0");
            j.check("6-dismissed");
            j.signOut();

            j.signIn(late.accountUsername(), ApplicationsFixtures.PASSWORD);
            j.open("/review");
            j.waitForText(title);
            j.clickText(title);
            j.waitForText("기술성");
            j.check("7-reviewer-back");
        }
    }

    private static WebElement suspendedRow(Journey j) {
        return j.all("#assigned-pairs tbody tr").stream().filter(tr -> tr.getText().contains("중지: 이해충돌"))
                .findFirst().orElseThrow();
    }
}
