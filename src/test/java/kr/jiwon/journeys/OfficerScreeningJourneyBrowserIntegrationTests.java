package kr.jiwon.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.List;
import kr.jiwon.applications.ApplicationsFixtures;
import kr.jiwon.programs.Call;
import kr.jiwon.programs.CallManagement;
import kr.jiwon.programs.CallStatus;
import kr.jiwon.review.ReviewFixtures;
import kr.jiwon.shared.Won;
import kr.jiwon.testing.Journey;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * An officer takes a fresh call from open to screened in headless Chromium: screening and assignment are refused in
 * the pages while the call is open, 접수 조기 마감 with confirmation, 적격/부적격 in bulk with a reason, a refused
 * transition in words, selection not yet possible, the Excel export through the session with Korean labels.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"embedded", "test"})
class OfficerScreeningJourneyBrowserIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationsFixtures fixtures;
    @Autowired
    ReviewFixtures review;
    @Autowired
    CallManagement calls;

    private Journey journey(String prefix) {
        return new Journey("http://localhost:" + port, prefix);
    }

    @Test
    void anOfficerClosesACallScreensInBulkAndExportsExcelAndEveryStageIsGuardedInThePages() throws Exception {
        Call call = fixtures.openCall();
        for (String region : List.of("48250", "51750", "48250")) {
            review.submitted(call.id(), region, Won.ofManwon(4000), List.of("기계금속"), List.of());
        }
        try (Journey j = journey("officer-screening")) {
            j.signIn("officer", "jiwon-officer-demo");
            j.clickText("사업 관리");
            j.check("1-office");
            RoleJourneysBrowserIntegrationTests.callLink(j, call.title(), "신청 목록");
            j.waitForText("요건검토는 접수 마감");
            assertThat(j.find("#decision").isEnabled()).as("no screening while the call is open").isFalse();
            assertThat(j.text()).contains("요건 충족");
            j.check("2-screening-open");

            j.clickText("평가");
            j.clickText("최적 배정 계산");
            j.waitForText("접수가 마감");
            assertThat(calls.call(call.id()).status()).isEqualTo(CallStatus.PUBLISHED);
            j.check("3-review-refused");

            j.driver().navigate().back();
            j.driver().navigate().back();
            j.waitForText("요건검토는 접수 마감");
            j.click("input[name=confirmed]");
            j.clickText("접수 조기 마감");
            j.waitForText("접수를 마감했습니다");
            assertThat(calls.call(call.id()).status()).isEqualTo(CallStatus.CLOSED);
            List<WebElement> boxes = j.all("input[name=ids]");
            assertThat(boxes).hasSize(3);
            boxes.get(0).click();
            boxes.get(1).click();
            new Select(j.find("#decision")).selectByValue("ELIGIBLE");
            j.clickText("적용");
            j.waitForText("2건을 ‘요건 적격’(으)로 처리했습니다");
            j.all("input[name=ids]").get(2).click();
            new Select(j.find("#decision")).selectByValue("INELIGIBLE");
            j.clickTextAndWaitForNextPage("적용");
            j.waitForText("사유");
            assertThat(j.find(".alert-error").getText()).contains("사유");
            j.all("input[name=ids]").get(2).click();
            new Select(j.find("#decision")).selectByValue("INELIGIBLE");
            j.type("#reason", "필수 제출 서류 누락 또는 불량");
            j.clickText("적용");
            j.waitForText("1건을 ‘요건 부적격’(으)로 처리했습니다");
            j.check("4-screened");
            // its request to an institute ended with the decision; the queue offers no institute for it
            j.clickText("연구기관 배정");
            j.waitForText("배정 현황 엑셀 내려받기");
            WebElement ruledOut = j.find(".ruled-out").findElement(By.xpath("./ancestor::tr"));
            assertThat(ruledOut.getText()).contains("종료(신청이 진행되지 않음)", "요건 부적격",
                    "진행되지 않는 신청이라 배정하지 않습니다");
            assertThat(ruledOut.findElements(By.cssSelector("input[name=institute]"))).isEmpty();
            assertThat(j.all(".ruled-out")).hasSize(1);
            j.check("4a-queue-ruled-out");
            j.clickText("신청 목록");
            j.waitForText("요건검토");
            // a decision the lifecycle does not allow is refused in words, nothing changed
            j.all("input[name=ids]").get(0).click();
            new Select(j.find("#decision")).selectByValue("SCREENING");
            j.clickText("적용");
            j.waitForText("아무것도 바꾸지 않았습니다");
            assertThat(j.find(".alert-error").getText()).contains("요건 적격 상태에서는 요건검토 중(으)로 바꿀 수 없습니다");
            j.check("4b-refused-transition");
            // no selection before review: the page says what is missing and 확정 cannot be pressed
            j.clickText("선정");
            j.waitForText("평가 중 단계에서 할 수 있습니다");
            assertThat(j.find("#to-confirm").isEnabled()).isFalse();
            j.check("4c-selection-not-yet");
            j.clickText("신청 목록");

            HttpResponse<byte[]> xlsx = j.download(j.find("#export").getDomAttribute("href"));
            assertThat(xlsx.statusCode()).isEqualTo(200);
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
                var sheet = wb.getSheet("신청 목록");
                assertThat(sheet.getLastRowNum()).isEqualTo(3);
                for (int r = 1; r <= 3; r++) {
                    assertThat(sheet.getRow(r).getCell(5).getStringCellValue()).isEqualTo("일반형");
                    assertThat(sheet.getRow(r).getCell(13).getStringCellValue()).isIn("요건 적격", "요건 부적격");
                }
            }
            j.open("/calls/" + call.id());
            assertThat(j.text()).contains("접수 마감 · 요건검토");
            j.check("5-public-call-closed");
        }
    }
}
