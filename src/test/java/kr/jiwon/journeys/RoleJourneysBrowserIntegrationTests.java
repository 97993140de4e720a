package kr.jiwon.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kr.jiwon.applications.ApplicationsFixtures;
import kr.jiwon.programs.CallManagement;
import kr.jiwon.review.ReviewFixtures;
import kr.jiwon.testing.Journey;
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
import org.springframework.test.context.ActiveProfiles;

/**
 * The README's "what to try", walked in headless Chromium by each role on the demo data, through links and buttons
 * only: a reviewer scores a sheet with its documents; the KITECH coordinator accepts one request and declines
 * another; the applicant meets a refused submission without an attachment, then submits and withdraws; an officer
 * takes a call from open to screened (the stage guards show in the pages) and exports Excel; an administrator reads
 * the audit log; error pages. The selection and its aftermath are {@link CallLifeJourneysBrowserIntegrationTests}.
 * Every page passes {@link Journey#check} at desktop width and at 360 px.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"embedded", "test"})
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
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    private Journey journey(String prefix) {
        return new Journey("http://localhost:" + port, prefix);
    }

    /** The office's link for a call's row, e.g. 선정 of the 1차 call. */
    static void callLink(Journey j, String callTitle, String linkText) {
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
            j.signOut();

            // the officer sends it back with a reason; the reviewer corrects it and submits it again
            long sheet = jdbc.queryForObject("select s.id from score_sheet s join application a on a.id ="
                    + " s.application_id join reviewer r on r.id = s.reviewer_id where a.title = ?"
                    + " and r.account_username = 'reviewer'", Long.class, title);
            String call = jdbc.queryForObject("select c.title from funding_call c join score_sheet s on s.call_id"
                    + " = c.id where s.id = ?", String.class, sheet);
            j.signIn("officer", "jiwon-officer-demo");
            j.clickText("사업 관리");
            callLink(j, call, "평가");
            j.waitForText("평가 진행");
            // the assignment as a file, loaded back unchanged: clean; with a reviewer outside the panel: refused whole
            var download = j.download(j.find("a[href$='/review/assignment.csv']").getDomAttribute("href"));
            String assignment = new String(download.body(), java.nio.charset.StandardCharsets.UTF_8);
            java.nio.file.Path file = Files.createTempFile("assignment", ".csv");
            Files.writeString(file, assignment);
            j.upload("#file", file);
            j.clickTextAndWaitForNextPage("검사만 하기");
            j.waitForText("문제가 없습니다");
            String application = assignment.lines().skip(1).findFirst().orElseThrow().split(",")[0];
            Files.writeString(file, assignment + application + ",,,,999999,,\n");
            j.upload("#file", file);
            j.clickTextAndWaitForNextPage("검사 후 적용");
            j.waitForText("아무것도 적용하지 않았습니다");
            assertThat(j.text()).contains("이 공고의 심사위원단에 없는 심사위원입니다: 999999");
            assertThat(new String(j.download(j.find("a[href$='/review/assignment.csv']").getDomAttribute("href"))
                    .body(), java.nio.charset.StandardCharsets.UTF_8)).as("the assignment as it was")
                    .isEqualTo(assignment);
            j.type("#ro-" + sheet, "항목 2의 점수 근거가 의견과 맞지 않습니다");
            j.find("#ro-" + sheet).findElement(By.xpath("./ancestor::form//button")).click();
            j.waitForText("재개방 1회");
            assertThat(j.text()).contains("재개방 1회: 항목 2의 점수 근거가 의견과 맞지 않습니다");
            j.scrollTo("#scoring"); // the sheet, open again, has no form to send it back
            j.check("4-officer-reopened");
            j.signOut();

            j.signIn("reviewer", "jiwon-reviewer-demo");
            j.clickText("평가");
            j.driver().findElement(By.linkText(title)).click();
            j.waitForUrl(".*/review/applications/\\d+");
            assertThat(j.find("#score1").isEnabled()).as("open again").isTrue();
            j.type("#score1", "22");
            j.clickText("제출");
            j.waitForText("평가표를 제출했습니다");
            assertThat(j.find("#score1").getDomProperty("value")).isEqualTo("22");
            j.check("5-submitted-again");
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
            j.waitForText("요청을 수락했습니다");
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
            // the call asks for 확인·서약: each is ticked by the company (refused above until then)
            assertThat(j.text()).contains("확인·서약 “참여제한 없음”에 동의해야 제출할 수 있습니다.");
            j.all("input[name=declarations]").forEach(org.openqa.selenium.WebElement::click);
            j.clickText("제출하기");
            j.waitForUrl(".*/applications/\\d+/receipt");
            assertThat(j.text()).containsPattern("SBJ-\\d{4}-2-\\d{6}");
            java.util.regex.Matcher receipt = java.util.regex.Pattern.compile("SBJ-\\d{4}-2-\\d{6}").matcher(j.text());
            assertThat(receipt.find()).isTrue();
            j.check("4-receipt");

            j.clickText("내 신청");
            j.check("5-mine");
            j.driver().findElement(By.linkText("열처리 변형 저감 2차")).click();
            j.clickText("신청 철회");
            assertThat(j.text()).as("nothing is withdrawn without the confirmation").contains("제출 완료");
            j.click("#withdraw-confirm");
            j.clickTextAndWaitForNextPage("신청 철회");
            j.waitForText("철회");
            assertThat(j.find("p .badge").getText()).isEqualTo("철회");
            j.check("6-withdrawn");

            // the company was told of both, with the receipt number and until when it may submit again
            j.click("#nav-notifications");
            j.waitForText("신청 철회");
            assertThat(j.text()).contains("신청 접수 완료 (접수번호 " + receipt.group() + ")")
                    .contains("“열처리 변형 저감 2차” 신청이").contains("다시 제출하면 새 접수번호가 부여됩니다");
            j.check("7-told");

            // before the close the company takes it up again: a draft once more, changed, saved, a document
            // replaced, and submitted under a new receipt number
            j.clickText("내 신청");
            j.driver().findElement(By.linkText("열처리 변형 저감 2차")).click();
            j.clickTextAndWaitForNextPage("다시 작성하기");
            j.waitForUrl(".*/applications/\\d+/edit");
            assertThat(j.find("#title").getDomProperty("value")).as("what was handed in is kept")
                    .isEqualTo("열처리 변형 저감 2차");
            j.check("8-reopened");
            j.type("#title", "열처리 변형 저감 2차 (보완)");
            j.clickTextAndWaitForNextPage("임시 저장");
            j.waitForText("저장했습니다");
            assertThat(j.find("#title").getDomProperty("value")).isEqualTo("열처리 변형 저감 2차 (보완)");
            j.check("9-saved");
            j.find("form[action$='/delete'] button").click();
            j.waitForText("첨부 파일을 삭제했습니다");
            assertThat(j.text()).doesNotContain(pdf.getFileName().toString());
            j.check("10-document-removed");
            j.find("#upload").sendKeys(pdf.toString());
            j.find("#upload").submit();
            j.waitForText(pdf.getFileName().toString());
            j.all("input[name=declarations]").stream().filter(e -> !e.isSelected())
                    .forEach(org.openqa.selenium.WebElement::click);
            j.clickText("제출하기");
            j.waitForUrl(".*/applications/\\d+/receipt");
            java.util.regex.Matcher again = java.util.regex.Pattern.compile("SBJ-\\d{4}-2-\\d{6}").matcher(j.text());
            assertThat(again.find()).isTrue();
            assertThat(again.group()).as("a new receipt number").isNotEqualTo(receipt.group());
            j.check("11-submitted-again");
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
    void anAdministratorReadsTheAuditLogOfTheDecisions() throws Exception {
        try (Journey j = journey("admin")) {
            j.signIn("admin", "jiwon-admin-demo");
            j.clickText("사업 관리");
            j.clickText("감사 로그");
            j.waitForUrl(".*/office/audit.*");
            assertThat(j.text()).contains("officer");
            var csv = j.download(j.find("a[href^='/office/audit.csv']").getDomAttribute("href"));
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("officer");
            j.check("1-audit");
            // the seal chain is checked from the page: nothing in the demo's log was changed or deleted
            j.clickTextAndWaitForNextPage("지금 검사하기");
            j.waitForText("감사 로그 봉인 사슬");
            assertThat(j.find("#audit-chain-report").getText()).contains("이상 없음")
                    .containsPattern("따로 기록해 둘 머리: \\d+:[0-9a-f]{64}");
            j.check("2-audit-chain-intact");
        }
    }

}
