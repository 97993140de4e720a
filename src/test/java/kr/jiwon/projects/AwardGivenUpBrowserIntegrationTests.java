package kr.jiwon.projects;

import static org.assertj.core.api.Assertions.assertThat;

import kr.jiwon.applications.ApplicationsFixtures;
import kr.jiwon.testing.Journey;
import kr.jiwon.testing.MutableClock;
import kr.jiwon.testing.TestClockConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * 선정 포기 and 추가 선정 in headless Chromium: the selected company, unable to raise its share, gives its award up on
 * its project page (refused first without the confirmation, the reason beside the box); the officer, told by a
 * notification, opens the call's selection where the freed money and the runner-up — marked 차순위 and, as the
 * optimiser's completion of the round, 최적안 — are shown, and
 * selects it in place with a reason; the runner-up's company is told and finds its project awaiting the agreement.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"embedded", "test"})
@Import(TestClockConfiguration.class)
class AwardGivenUpBrowserIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    ProjectFixtures fixtures;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aCompanyGivesItsAwardUpAndTheOfficerSelectsTheRunnerUpInItsPlace() throws Exception {
        ProjectFixtures.Contested c = fixtures.contested();
        String number = c.project().number();
        String runnerUpReceipt = c.runnerUp().application().receiptNumber();
        try (Journey j = new Journey("http://localhost:" + port, "award-given-up")) {
            j.signIn(c.first().company().user().username(), ApplicationsFixtures.PASSWORD);
            j.clickText("내 과제");
            j.waitForText(number);
            j.clickText(c.project().plan().planTitle());
            j.waitForText("협약 절차");
            j.find("#give-up summary").click();
            j.type("#giveUpReason", "기업부담금을 마련하지 못했습니다");
            j.clickAndWaitForNextPage("#give-up-button");
            j.waitForText("되돌릴 수 없음을 확인하는 칸에 체크해 주세요.");
            assertThat(j.find("#giveUpConfirmed-error").getText()).contains("체크해 주세요");
            assertThat(j.find("#giveUpReason").getDomProperty("value")).as("what was typed stays")
                    .isEqualTo("기업부담금을 마련하지 못했습니다");
            j.check("1-confirmation-needed");
            j.find("#give-up input[name=confirmed]").click();
            j.clickAndWaitForNextPage("#give-up-button");
            j.waitForText("선정 포기를 처리했습니다.");
            assertThat(j.find("#project-status").getText()).isEqualTo("선정 포기");
            assertThat(j.all("#give-up, #agreement-steps")).as("the agreement does not go on").isEmpty();
            j.check("2-given-up");
            // the result the company was sent now says what became of it
            j.click("#nav-notifications");
            j.waitForText("최종 선정");
            WebElement result = j.all(".notification-list li").stream()
                    .filter(li -> li.getText().contains("최종 선정")).findFirst().orElseThrow();
            WebElement before = j.find("html");
            result.findElement(By.linkText("자세히 보기")).click();
            j.waitUntilGone(before);
            j.waitForText("선정되었으나 협약 전에 선정을 포기했습니다.");
            assertThat(j.text()).contains("협약 전 선정 포기: 기업부담금을 마련하지 못했습니다");
            j.check("2b-result-given-up");
            j.signOut();

            j.signIn("officer", "jiwon-officer-demo");
            j.click("#nav-notifications");
            j.waitForText("선정 포기: " + c.call().title());
            WebElement told = j.all(".notification-list li").stream()
                    .filter(li -> li.getText().contains(c.first().application().receiptNumber())).findFirst()
                    .orElseThrow();
            assertThat(told.getText()).contains("기업부담금을 마련하지 못했습니다", "5,000만원");
            WebElement page = j.find("html");
            told.findElement(By.linkText("자세히 보기")).click();
            j.waitUntilGone(page);
            j.waitForText("선정 포기와 추가 선정");
            assertThat(j.find("#replace-standing").getText()).contains("선정 포기 1건", "남은 예산 5,000만원");
            WebElement row = j.all("#replace-candidates tbody tr").stream()
                    .filter(r -> r.getText().startsWith(runnerUpReceipt)).findFirst().orElseThrow();
            assertThat(row.getText()).contains("차순위", "최적안", "80.0", "4,000만원");
            assertThat(j.find("#replace-proposal").getText()).as("the optimiser's completion of the round")
                    .isEqualTo("최적 추가 선정안: 1건 · 4,000만원 · 점수 합계 80.00 (최적임이 증명됨)");
            j.scrollTo("#replace");
            j.check("3-runner-up");
            row.findElement(By.cssSelector("input[name=reason]")).sendKeys("차순위, 선정 포기 1건 대체");
            page = j.find("html");
            row.findElement(By.cssSelector("button[type=submit]")).click();
            j.waitUntilGone(page);
            j.waitForText("추가 선정했습니다(지원금 4,000만원)");
            assertThat(j.find("#replace-notice").getText()).as("said where the page opens")
                    .startsWith("추가 선정했습니다(지원금 4,000만원)");
            assertThat(j.find("#replace-standing").getText()).contains("남은 예산 1,000만원");
            assertThat(j.all("#replace-proposal")).as("nothing is left to propose").isEmpty();
            assertThat(j.text()).contains("추가 선정(선정 포기 대체): 차순위, 선정 포기 1건 대체");
            String firstReceipt = c.first().application().receiptNumber();
            assertThat(j.all("table tbody tr").stream().filter(r -> r.getText().startsWith(firstReceipt))
                    .findFirst().orElseThrow().findElements(By.tagName("td"))).extracting(WebElement::getText)
                    .contains("선정 포기", "협약 전 선정 포기: 기업부담금을 마련하지 못했습니다");
            j.check("4-selected-in-place");
            j.signOut();

            j.signIn(c.runnerUp().company().user().username(), ApplicationsFixtures.PASSWORD);
            j.click("#nav-notifications");
            j.waitForText("추가 선정 안내: " + c.call().title());
            j.check("5-runner-up-told");
            j.clickText("내 과제");
            j.waitForText("협약 대기");
            assertThat(j.text()).contains(c.runnerUp().application().title());
            j.check("6-runner-up-project");
        }
    }
}
