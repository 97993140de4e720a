package kr.jiwon.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import kr.jiwon.applications.ApplicationsFixtures;
import kr.jiwon.programs.Call;
import kr.jiwon.programs.CallManagement;
import kr.jiwon.programs.CallStatus;
import kr.jiwon.review.ReviewFixtures;
import kr.jiwon.shared.Won;
import kr.jiwon.testing.Journey;
import kr.jiwon.testing.MutableClock;
import kr.jiwon.testing.TestClockConfiguration;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The README's "what to try", walked in headless Chromium by each role on the demo data, through links and buttons
 * only: a reviewer scores a sheet with its documents; the KITECH coordinator accepts one request and declines
 * another; the applicant meets a refused submission without an attachment, then submits and withdraws; an officer
 * takes a call from open to screened (the stage guards show in the pages), exports Excel, runs the selection of
 * the demo's scored 소부장 call with what-if and 감액 and confirms it after the confirmation step; the applicant
 * objects; the officer upholds and decides again; an administrator reads the audit log; after the objection period
 * the officer makes the results final. Every page passes {@link Journey#check} at desktop width and at 360 px.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"embedded", "test"})
@Import(TestClockConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RoleJourneysBrowserIntegrationTests {

    static final String SBJ_1 = "소부장 융합혁신지원단 심화기술지원사업 1차 공고";
    static final String SBJ_2 = "소부장 융합혁신지원단 심화기술지원사업 2차 공고";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationsFixtures fixtures;
    @Autowired
    ReviewFixtures review;
    @Autowired
    CallManagement calls;
    @Autowired
    MutableClock clock;

    @AfterAll
    void resetClock() {
        clock.reset();
    }

    private Journey journey(String prefix) {
        return new Journey("http://localhost:" + port, prefix);
    }

    /** The office's link for a call's row, e.g. 선정 of the 1차 call. */
    private static void callLink(Journey j, String callTitle, String linkText) {
        WebElement row = j.driver().findElement(By.xpath("//tr[td/a[normalize-space(.)='" + callTitle + "']]"));
        row.findElements(By.tagName("a")).stream().filter(a -> a.getText().contains(linkText)).findFirst()
                .orElseThrow().click();
    }

    @Test
    @Order(1)
    void aReviewerReadsTheDocumentsSavesAndSubmitsAScoreSheet() throws Exception {
        try (Journey j = journey("reviewer")) {
            j.signIn("reviewer", "jiwon-reviewer-demo");
            j.clickText("평가");
            j.waitForUrl(".*/review");
            j.check("1-desk");
            WebElement pending = j.driver().findElement(By.xpath(
                    "//tr[td[normalize-space(.)='작성 중']]//a"));
            String title = pending.getText();
            pending.click();
            j.waitForUrl(".*/review/applications/\\d+");
            assertThat(j.find("h1").getText()).isEqualTo("평가표: " + title);
            assertThat(j.text()).containsPattern("RPA-\\d{4}-1-\\d{6}");
            WebElement doc = j.find("ul.documents a");
            assertThat(doc.getDomAttribute("href")).matches("/applications/\\d+/documents/\\d+");
            HttpResponse<byte[]> pdf = j.download(doc.getDomAttribute("href"));
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
            j.check("2-sheet");

            j.type("#score0", "34");
            j.type("#score1", "24");
            j.type("#comment", "자동화 효과가 분명합니다.");
            j.clickText("임시 저장");
            j.waitForText("임시 저장했습니다");
            assertThat(j.find("#score0").getDomProperty("value")).isEqualTo("34");
            j.type("#score2", "25");
            j.clickText("제출");
            j.waitForText("평가표를 제출했습니다");
            assertThat(j.text()).contains("제출한 평가표입니다");
            assertThat(j.find("#score0").isEnabled()).as("locked once submitted").isFalse();
            j.check("3-submitted");
            j.clickText("평가할 신청서");
            assertThat(j.driver().findElement(By.xpath("//tr[td/a[normalize-space(.)='" + title + "']]")).getText())
                    .contains("제출 완료");
        }
    }

    @Test
    @Order(2)
    void theInstituteCoordinatorAcceptsOneRequestAndDeclinesAnother() {
        try (Journey j = journey("institute")) {
            j.signIn("institute", "jiwon-institute-demo");
            j.clickText("받은 요청");
            j.waitForUrl(".*/institute/requests");
            j.check("1-requests");
            List<WebElement> waiting = j.all("article.card form[action$='/accept']");
            assertThat(waiting).as("the demo leaves two requests waiting for KITECH").hasSizeGreaterThanOrEqualTo(2);
            waiting.get(0).findElement(By.tagName("button")).click();
            j.waitForText("수락");
            WebElement decline = j.all("article.card form[action$='/decline']").get(0);
            decline.findElement(By.cssSelector("input[name=reason]")).sendKeys("시험 장비 일정이 맞지 않습니다.");
            decline.findElement(By.tagName("button")).click();
            j.waitForText("시험 장비 일정이 맞지 않습니다.");
            assertThat(j.text()).contains("거절");
            j.check("2-answered");
        }
    }

    @Test
    @Order(3)
    void theApplicantIsToldBesideTheFieldThatADocumentIsMissingThenSubmitsAndWithdraws() throws Exception {
        try (Journey j = journey("applicant")) {
            j.signIn("applicant", "jiwon-applicant-demo");
            j.clickText("지원사업 공고");
            j.check("1-calls");
            j.driver().findElement(By.linkText(SBJ_2)).click();
            j.check("2-call");
            j.clickText("신청서 작성하기");
            j.waitForUrl(".*/applications/\\d+/edit");
            assertThat(j.find("#contactEmail").getDomProperty("value")).as("a real address, prefilled")
                    .matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
            j.type("#title", "열처리 변형 저감 2차");
            j.type("#bottleneck", "기어 부품을 침탄 열처리한 뒤 변형이 공차를 넘어 원인과 대책을 찾고 싶습니다.");
            j.type("#technologyFields", "기계금속");
            j.type("#requestedAmount", "4천만원");
            j.type("#durationMonths", "10");
            j.type("#contactPhone", "055-123-4567");
            j.clickText("제출하기");
            j.waitForText("서류를 하나 이상 첨부해 주세요");
            assertThat(j.driver().getCurrentUrl()).doesNotContain("/receipt");
            assertThat(j.find("#file").getText()).as("the missing document is named beside the documents")
                    .isNotBlank();
            assertThat(j.find("#title").getDomProperty("value")).as("what was typed is kept")
                    .isEqualTo("열처리 변형 저감 2차");
            j.check("3-refused");

            Path pdf = Files.createTempFile("plan", ".pdf");
            Files.write(pdf, ApplicationsFixtures.PDF);
            j.find("#upload").sendKeys(pdf.toString());
            j.find("#upload").submit();
            j.waitForText(pdf.getFileName().toString());
            j.clickText("제출하기");
            j.waitForUrl(".*/applications/\\d+/receipt");
            assertThat(j.text()).containsPattern("SBJ-\\d{4}-2-\\d{6}");
            j.check("4-receipt");

            j.clickText("내 신청");
            j.check("5-mine");
            j.driver().findElement(By.linkText("열처리 변형 저감 2차")).click();
            j.clickText("신청 철회");
            assertThat(j.text()).as("nothing is withdrawn without the confirmation").contains("제출 완료");
            j.click("#withdraw-confirm");
            j.clickText("신청 철회");
            j.waitForText("철회");
            assertThat(j.find("p .badge").getText()).isEqualTo("철회");
            j.check("6-withdrawn");
        }
    }

    @Test
    @Order(4)
    void anOfficerClosesACallScreensInBulkAndExportsExcelAndEveryStageIsGuardedInThePages() throws Exception {
        Call call = fixtures.openCall();
        for (String region : List.of("48250", "51750", "48250")) {
            review.submitted(call.id(), region, Won.ofManwon(4000), List.of("기계금속"), List.of());
        }
        try (Journey j = journey("officer-screening")) {
            j.signIn("officer", "jiwon-officer-demo");
            j.clickText("사업 관리");
            j.check("1-office");
            callLink(j, call.title(), "신청 목록");
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
            j.clickText("적용");
            j.waitForText("사유");
            assertThat(j.find(".alert-error").getText()).contains("사유");
            j.all("input[name=ids]").get(2).click();
            new Select(j.find("#decision")).selectByValue("INELIGIBLE");
            j.type("#reason", "필수 제출 서류 누락 또는 불량");
            j.clickText("적용");
            j.waitForText("1건을 ‘요건 부적격’(으)로 처리했습니다");
            j.check("4-screened");
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

    @Test
    @Order(5)
    void anOfficerRunsTheSelectionOfTheScoredCallWithWhatIfAndReductionAndConfirmsAfterTheConfirmationStep() {
        try (Journey j = journey("officer-selection")) {
            j.signIn("officer", "jiwon-officer-demo");
            j.clickText("사업 관리");
            callLink(j, SBJ_1, "평가");
            j.waitForText("심사위원 배정");
            assertThat(j.find("#declineBonus").getDomProperty("value")).isEqualTo("3.0");
            assertThat(j.find("ol.steps").getText()).as("one number per step").doesNotContainPattern("\\d\\.\\s*\\d\\.");
            j.check("1-review");
            j.clickText("선정");
            j.waitForText("점수순");
            assertThat(j.text()).contains("이보다 총점이 높은 조합은 없음이 증명되었습니다")
                    .contains("참여를 수락한 연구기관이 없어").containsPattern("SBJ-\\d{4}-1-\\d{6}");
            j.check("2-comparison");

            j.type("#budget", "3억");
            j.clickText("다시 계산");
            j.waitForText("결과가 바뀐 신청서");
            assertThat(j.text()).contains("남은 예산");
            j.check("3-what-if");
            WebElement cut = j.all("input[name^=cut]").get(0);
            cut.sendKeys("2천만원");
            j.clickText("다시 계산");
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
            j.clickText("이의신청 제출");
            j.waitForText("처리 중");
            assertThat(j.text()).contains("정책 부합성 점수의 근거를");
            j.check("3-objection-filed");
        }
    }

    @Test
    @Order(7)
    void theOfficerUpholdsTheObjectionAndDecidesAgainWithinTheTracksRules() {
        try (Journey j = journey("officer-objection")) {
            j.signIn("officer", "jiwon-officer-demo");
            j.clickText("사업 관리");
            callLink(j, SBJ_1, "선정");
            j.waitForText("이의신청");
            j.type("textarea[name=answer]", "정책 부합성 점수를 다시 심의하겠습니다.");
            j.clickText("인용");
            j.waitForText("재결정 사유");
            j.check("1-upheld");
            j.type("input[name=reason]", "재심의 결과 선정 유지");
            j.type("input[name=amount]", "9천만원");
            j.clickText("선정으로 결정");
            j.waitForText("신청 금액");
            assertThat(j.find(".alert-error").getText()).contains("9,000만원").contains("4,500만원");
            j.type("input[name=reason]", "재심의 결과 선정 유지");
            j.type("input[name=amount]", "4천만원");
            j.clickText("선정으로 결정");
            j.waitForText("저장했습니다");
            assertThat(j.text()).contains("감액").contains("재심의 결과 선정 유지");
            assertThat(j.find("form[action$='/finalize'] button").isEnabled())
                    .as("results become final only after the objection period").isFalse();
            j.check("2-decided-again");
        }
    }

    @Test
    @Order(10)
    void aSignedInBrowserMeetsTheSitesErrorPagesWhileTheApiKeepsProblemJson() throws Exception {
        try (Journey j = journey("errors")) {
            j.signIn("applicant", "jiwon-applicant-demo");
            j.open("/my/nothing-here");
            assertThat(j.find("h1").getText()).isEqualTo("찾을 수 없습니다");
            assertThat(j.all("header nav a[href='/my/applications']")).as("the navigation is there").isNotEmpty();
            assertThat(j.download("/my/nothing-here").statusCode()).isEqualTo(404);
            j.check("1-not-found");
            j.open("/office");
            assertThat(j.find("h1").getText()).isEqualTo("이 페이지를 볼 권한이 없습니다");
            assertThat(j.download("/office").statusCode()).isEqualTo(403);
            j.check("2-forbidden");
            j.open("/applications/999999");
            assertThat(j.find("h1").getText()).isEqualTo("찾을 수 없습니다");
            j.check("3-missing-application");
            var api = j.download("/api/v1/nothing-here");
            assertThat(api.statusCode()).isIn(401, 404);
            assertThat(api.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
            assertThat(new String(api.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("\"status\"");
        }
    }

    @Test
    @Order(8)
    void anAdministratorReadsTheAuditLogOfTheDecisions() {
        try (Journey j = journey("admin")) {
            j.signIn("admin", "jiwon-admin-demo");
            j.clickText("사업 관리");
            j.clickText("감사 로그");
            j.waitForUrl(".*/office/audit.*");
            assertThat(j.text()).contains("officer");
            j.check("1-audit");
        }
    }

    @Test
    @Order(9)
    void afterTheObjectionPeriodTheOfficerMakesTheResultsFinalAndObjectionsClose() {
        clock.advance(Duration.ofDays(8));
        try (Journey j = journey("officer-final")) {
            j.signIn("officer", "jiwon-officer-demo");
            j.clickText("사업 관리");
            callLink(j, SBJ_1, "선정");
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
}
