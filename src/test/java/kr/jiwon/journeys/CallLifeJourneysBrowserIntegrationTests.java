package kr.jiwon.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import kr.jiwon.testing.Journey;
import kr.jiwon.testing.MutableClock;
import kr.jiwon.testing.TestClockConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A call's decisive days, walked in headless Chromium on the demo's scored 소부장 1차 call: the officer runs the
 * selection with what-if and 감액 and confirms it after the confirmation step; the applicant reads the result and
 * objects; the officer upholds and decides again within the track's rules; after the objection period the officer
 * makes the results final and objections close. Every page passes {@link Journey#check} at 1280 and 360 px.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"embedded", "test"})
@Import(TestClockConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CallLifeJourneysBrowserIntegrationTests {

    static final String SBJ_1 = RoleJourneysBrowserIntegrationTests.SBJ_1;

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    kr.jiwon.review.AssignmentCsv assignmentCsv;

    @AfterAll
    void resetClock() {
        clock.reset();
    }

    private Journey journey(String prefix) {
        return new Journey("http://localhost:" + port, prefix);
    }

    @Test
    @Order(5)
    void anOfficerRunsTheSelectionOfTheScoredCallWithWhatIfAndReductionAndConfirmsAfterTheConfirmationStep() {
        try (Journey j = journey("officer-selection")) {
            j.signIn("officer", "jiwon-officer-demo");
            j.clickText("사업 관리");
            RoleJourneysBrowserIntegrationTests.callLink(j, SBJ_1, "평가");
            j.waitForText("심사위원 배정");
            assertThat(j.find("#declineBonus").getDomProperty("value")).as("소부장 gives no 가점 for 인구감소지역")
                    .isEqualTo("0.0");
            assertThat(j.find("ol.steps").getText()).as("one number per step")
                    .doesNotContainPattern("\\d\\.\\s*\\d\\.");
            j.check("1-review");
            j.clickText("선정");
            j.waitForText("점수순");
            assertThat(j.text()).contains("이보다 총점이 높은 조합은 없음이 증명되었습니다")
                    .contains("참여를 수락한 연구기관이 없어").containsPattern("SBJ-\\d{4}-1-\\d{6}");
            assertThat(j.find("#budget-bars").getText()).contains("예산 17억원");
            glanceMatchesTheTable(j);
            amountsStayOnOneLine(j);
            j.check("2-comparison");
            j.scrollTo("#budget-bars");
            j.check("2b-at-a-glance");

            j.type("#budget", "3억");
            j.clickText("다시 계산");
            j.waitForText("결과가 바뀐 신청서");
            assertThat(j.text()).contains("남은 예산");
            assertThat(j.find("#budget-bars").getText()).contains("예산 3억원");
            glanceMatchesTheTable(j);
            List<Boolean> changedFirst = j.all(".selection-table tbody tr").stream()
                    .map(r -> r.getDomAttribute("class") != null && r.getDomAttribute("class").contains("changed"))
                    .toList();
            assertThat(changedFirst).as("a what-if shows the changed rows first").contains(true);
            assertThat(changedFirst.indexOf(false) == -1 || changedFirst.lastIndexOf(true) < changedFirst.indexOf(
                    false)).isTrue();
            j.check("3-what-if");
            WebElement cut = j.all("input[name^=cut]").get(0);
            cut.sendKeys("2천만원");
            // the page already says 감액 (the hint): wait for the recalculated page itself
            j.clickTextAndWaitForNextPage("다시 계산");
            j.waitForText("감액");
            assertThat(j.text()).contains("2,000만원");
            j.check("4-reduced");

            j.clickText("처음 조건");
            j.clickText("확정하기");
            j.waitForUrl(".*/selection/confirm.*");
            assertThat(j.find("#confirm-summary").getText()).contains("건을 선정하고");
            j.check("5-confirm-step");
            j.click("#confirm-final");
            j.waitForText("선정 결과를 확정하고");
            String page = j.text();
            assertThat(page).doesNotContain("신청 #").doesNotContain("budget=").contains("(주)한빛다이캐스팅")
                    .containsPattern("SBJ-\\d{4}-1-\\d{6}").contains("선정 예산: 17억원");
            j.check("6-confirmed");

            // the review is over: its assignment is a record, and nothing on the page offers to change it
            j.find("nav a[href$='/review']").click();
            j.waitForText("평가가 끝났습니다");
            assertThat(j.all("form[action$='/review/assign'], form[action$='/review/assignment.csv']")).isEmpty();
            assertThat(j.all("a[href$='/review/assignment.csv']")).as("still downloadable").hasSize(1);
            assertThat(j.find("#plan-fixed").getText()).contains("평가 계획은 고정되었습니다");
            assertThat(j.find("#k").isEnabled()).as("the plan is shown, not offered for change").isFalse();
            assertThat(j.all("#plan button[type=submit], form[action$='/review/plan'] button[type=submit]"))
                    .isEmpty();
            j.check("7-review-over");
            long callId = Long.parseLong(j.driver().getCurrentUrl().replaceAll(".*/calls/(\\d+)/review.*", "$1"));
            var report = assignmentCsv.importFile(callId, new java.io.ByteArrayInputStream(
                    "신청ID,심사위원ID\n1,1\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)), true,
                    kr.jiwon.review.ReviewFixtures.OFFICE);
            assertThat(report.applied()).isFalse();
            assertThat(report.problems()).singleElement().satisfies(p -> assertThat(p.messageKey())
                    .as("one reason, not one per line").isEqualTo("assignmentCsv.reviewOver"));
        }
    }

    @Test
    @Order(6)
    void theApplicantReadsTheResultAndFilesAnObjection() {
        try (Journey j = journey("applicant-objection")) {
            j.signIn("applicant", "jiwon-applicant-demo");
            j.click("a[href='/my/notifications']");
            j.waitForText("선정 결과 안내");
            j.check("1-notifications");
            j.clickText("내 신청");
            j.driver().findElement(By.linkText("알루미늄 다이캐스팅 기공 불량 저감")).click();
            j.clickText("선정 결과 보기");
            j.waitForUrl(".*/my/applications/\\d+/result");
            j.check("2-result");
            j.type("#text", "정책 부합성 점수의 근거를 다시 검토해 주시기 바랍니다.");
            j.clickTextAndWaitForNextPage("이의신청 제출");
            j.waitForText("처리 중");
            assertThat(j.text()).contains("정책 부합성 점수의 근거를");
            j.check("3-objection-filed");
        }
    }

    @Test
    @Order(7)
    void theOfficerUpholdsTheObjectionAndDecidesAgainWithinTheTracksRules() throws Exception {
        try (Journey j = journey("officer-objection")) {
            j.signIn("officer", "jiwon-officer-demo");
            // the officers hear of the objection as it is filed, with the period it is to be answered in
            j.click("#nav-notifications");
            j.waitForText("이의신청 접수");
            assertThat(j.text()).contains("알루미늄 다이캐스팅 기공 불량 저감").contains("검토하고 답변해 주세요");
            j.check("0-told");
            j.clickText("사업 관리");
            RoleJourneysBrowserIntegrationTests.callLink(j, SBJ_1, "선정");
            j.waitForText("이의신청");
            j.type("textarea[name=answer]", "정책 부합성 점수를 다시 심의하겠습니다.");
            j.clickText("인용");
            j.waitForText("재결정 사유");
            j.check("1-upheld");
            j.type("input[name=reason]", "재심의 결과 선정 유지");
            j.type("input[name=amount]", "9천만원");
            j.clickTextAndWaitForNextPage("선정으로 결정");
            j.waitForText("신청 금액");
            assertThat(j.find(".alert-error").getText()).contains("9,000만원").contains("4,500만원");
            j.type("input[name=reason]", "재심의 결과 선정 유지");
            j.type("input[name=amount]", "4천만원");
            j.clickTextAndWaitForNextPage("선정으로 결정");
            j.waitForText("저장했습니다");
            assertThat(j.text()).contains("감액").contains("재심의 결과 선정 유지");
            assertThat(j.find("form[action$='/finalize'] button").isEnabled())
                    .as("results become final only after the objection period").isFalse();
            j.check("2-decided-again");
            String xlsx = j.find("#decisions-xlsx").getDomAttribute("href");
            try (var book = org.apache.poi.ss.usermodel.WorkbookFactory.create(
                    new java.io.ByteArrayInputStream(j.download(xlsx).body()))) {
                org.apache.poi.ss.usermodel.Row objected = null;
                for (var row : book.getSheetAt(0)) {
                    if (row.getCell(8) != null && row.getCell(8).toString().startsWith("정책 부합성 점수의 근거를")) {
                        objected = row;
                    }
                }
                assertThat(objected).as("the objected application's row").isNotNull();
                assertThat(objected.getCell(5).getStringCellValue()).isEqualTo("선정");
                assertThat(objected.getCell(6).getNumericCellValue()).as("re-decided with 감액")
                        .isEqualTo(40_000_000.0);
                assertThat(objected.getCell(9).getStringCellValue()).isEqualTo("인용");
            }
        }
    }

    @Test
    @Order(9)
    void afterTheObjectionPeriodTheOfficerMakesTheResultsFinalAndObjectionsClose() {
        clock.advance(Duration.ofDays(8));
        try (Journey j = journey("officer-final")) {
            j.signIn("officer", "jiwon-officer-demo");
            j.clickText("사업 관리");
            RoleJourneysBrowserIntegrationTests.callLink(j, SBJ_1, "선정");
            j.waitForText("결과 확정(협약 대상 확정)");
            j.click("form[action$='/finalize'] input[name=confirmed]");
            j.clickText("결과 확정");
            j.waitForText("결과를 최종 확정했습니다");
            assertThat(j.text()).contains("결과 확정 · 협약 대상 확정");
            j.check("1-final");
        }
        try (Journey j = journey("applicant-final")) {
            j.signIn("applicant", "jiwon-applicant-demo");
            j.clickText("내 신청");
            j.driver().findElement(By.linkText("알루미늄 다이캐스팅 기공 불량 저감")).click();
            j.clickText("선정 결과 보기");
            assertThat(j.all("textarea#text")).as("no objection once the results are final").isEmpty();
            j.check("1-result-final");
        }
    }

    /** Each score band of the picture counts the table's rows in it, selected and not, by the optimum. */
    private static void glanceMatchesTheTable(Journey j) {
        List<double[]> rows = new java.util.ArrayList<>();
        for (WebElement r : j.all(".selection-table tbody tr")) {
            List<WebElement> cells = r.findElements(org.openqa.selenium.By.tagName("td"));
            String score = cells.get(5).getText();
            if (!score.equals("-")) {
                rows.add(new double[]{Double.parseDouble(score), cells.get(6).getText().contains("미선정") ? 0 : 1});
            }
        }
        List<WebElement> bands = j.all("#score-bands g[data-from]");
        assertThat(bands).isNotEmpty();
        int total = 0;
        for (WebElement b : bands) {
            int from = Integer.parseInt(b.getDomAttribute("data-from"));
            long selected = rows.stream().filter(r -> r[0] >= from && r[0] < from + 5 && r[1] == 1).count();
            long not = rows.stream().filter(r -> r[0] >= from && r[0] < from + 5 && r[1] == 0).count();
            assertThat(b.getDomAttribute("data-selected")).as("band " + from).isEqualTo(String.valueOf(selected));
            assertThat(b.getDomAttribute("data-not")).as("band " + from).isEqualTo(String.valueOf(not));
            total += (int) (selected + not);
        }
        assertThat(total).as("every scored row is in a band").isEqualTo(rows.size());
    }

    /** An amount with no space in it ("5,000만원") is laid out on one line, at desktop width and on a phone. */
    private static void amountsStayOnOneLine(Journey j) {
        String script = "var out = []; document.querySelectorAll('.selection-table tbody tr').forEach(function (tr) {"
                + " var td = tr.children[2]; var r = document.createRange(); r.selectNodeContents(td);"
                + " if (td.textContent.trim().indexOf(' ') < 0) { out.push(td.textContent.trim() + '='"
                + " + new Set(Array.from(r.getClientRects()).map(function (x) { return Math.round(x.top); })).size); } });"
                + " return out;";
        for (int width : new int[]{1280, 360}) {
            j.driver().manage().window().setSize(new org.openqa.selenium.Dimension(width, 1000));
            @SuppressWarnings("unchecked")
            List<String> lines = (List<String>) ((org.openqa.selenium.JavascriptExecutor) j.driver())
                    .executeScript(script);
            assertThat(lines).as("amounts at " + width + " px").isNotEmpty().allMatch(l -> l.endsWith("=1"));
        }
        j.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
    }
}
