package kr.jiwon.review;

import static org.assertj.core.api.Assertions.assertThat;

import kr.jiwon.applications.ApplicationsFixtures;
import kr.jiwon.programs.Call;
import kr.jiwon.testing.Journey;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Before a call closes, the officer prepares its review in the browser: the evaluation plan (reviewers per
 * application, the most one reviewer takes, a criterion added), a new reviewer registered in the pool — refused
 * first with the reason beside the field — with a declared conflict of interest, and the panel: the reviewer
 * invited, then removed again, each confirmed on the page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"embedded", "test"})
class ReviewSetupBrowserIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationsFixtures fixtures;

    @Test
    void theOfficerPlansTheReviewRegistersAReviewerAndFormsThePanel() throws Exception {
        Call call = fixtures.openCall();
        String brn = ApplicationsFixtures.newBrn();
        String other = ApplicationsFixtures.newBrn();
        try (Journey j = new Journey("http://localhost:" + port, "review-setup")) {
            j.signIn("officer", "jiwon-officer-demo");
            j.open("/office/calls/" + call.id());
            j.find("nav a[href$='/review']").click();
            j.waitForText("평가 계획");
            assertThat(j.find("#plan-defaults").getText()).as("a plan nobody set says so").isNotBlank();

            j.type("#k", "2");
            j.type("#maxLoad", "4");
            j.type("#criterionName-new", "현장 적용성");
            j.type("#criterionWeight-new", "20");
            j.clickTextAndWaitForNextPage("계획 저장");
            j.waitForText("저장했습니다");
            assertThat(j.find("#k").getDomProperty("value")).isEqualTo("2");
            assertThat(j.find("#maxLoad").getDomProperty("value")).isEqualTo("4");
            assertThat(j.all("input[name=criterionName]")).extracting(e -> e.getDomProperty("value"))
                    .contains("현장 적용성");
            assertThat(j.all("#plan-defaults")).as("no longer the defaults").isEmpty();
            j.check("1-plan-saved");

            // a reviewer the pool does not have yet
            j.clickText("심사위원 풀 관리");
            j.waitForUrl(".*/office/reviewers");
            j.type("#name", "정검토");
            j.type("#email", "정검토 메일");
            j.type("#affiliation", "한국대학교 기계공학과");
            j.type("#affiliationBrns", brn);
            j.type("#expertiseFields", "열처리, 주조");
            j.clickAndWaitForNextPage("form[action='/office/reviewers'] button[type=submit]");
            assertThat(j.find("#email").getDomAttribute("aria-invalid")).isEqualTo("true");
            assertThat(j.find("#name").getDomProperty("value")).as("what was typed is kept").isEqualTo("정검토");
            j.check("2-refused");
            j.type("#email", "jung.review@example.kr");
            j.clickAndWaitForNextPage("form[action='/office/reviewers'] button[type=submit]");
            j.waitForText("심사위원을 등록했습니다");
            j.check("3-registered");

            WebElement row = reviewerRow(j, "정검토");
            row.findElement(By.tagName("summary")).click();
            row.findElement(By.cssSelector("input[name=target]")).sendKeys(other);
            row.findElement(By.cssSelector("input[name=reason]")).sendKeys("최근 3년 자문 계약");
            row.findElement(By.cssSelector("form[action$='/conflicts'] button")).click();
            j.waitForText("저장했습니다");
            assertThat(reviewerRow(j, "정검토").getText()).contains(other + ": 최근 3년 자문 계약");
            j.check("4-conflict-declared");

            // the panel of the call
            j.open("/office/calls/" + call.id());
            j.find("nav a[href$='/review']").click();
            j.waitForText("심사위원단");
            new Select(j.find("#reviewerId")).getOptions().stream().filter(o -> o.getText().startsWith("정검토"))
                    .findFirst().orElseThrow().click();
            j.clickAndWaitForNextPage("form[action$='/review/panel'] button[type=submit]");
            j.waitForText("정검토 심사위원을 위촉했습니다");
            WebElement member = j.all("#panel + p + table tbody tr, table tbody tr").stream()
                    .filter(r -> r.getText().contains("정검토")).findFirst().orElseThrow();
            assertThat(member.getText()).contains("한국대학교 기계공학과");
            j.check("5-invited");
            member.findElement(By.cssSelector("form[action$='/remove'] button")).click();
            j.waitForText("정검토 심사위원을 심사위원단에서 제외했습니다");
            assertThat(j.all("form[action$='/remove']")).as("the panel is empty again").isEmpty();
            j.check("6-removed");
        }
    }

    @Autowired
    ReviewFixtures review;
    @Autowired
    ReviewPlanning planning;
    @Autowired
    ReviewerAssignment assignment;
    @Autowired
    Scoring scoring;

    /**
     * A reviewer leaves the panel after the assignment: before any sheet is submitted their pairings go with them
     * (the page says how many) and the officer assigns again; once a sheet is submitted a reviewer with pairings
     * stays, and the page says why.
     */
    @Test
    void theOfficerTakesAnAssignedReviewerOffThePanelAndAssignsAgain() throws Exception {
        Call call = fixtures.openCall();
        planning.change(call.id(), 1, 5, "기술성:100", "", ReviewPlan.Aggregation.MEAN, false, ReviewFixtures.OFFICE);
        var a = review.submitted(call.id(), "48250", kr.jiwon.shared.Won.ofManwon(4000), java.util.List.of("기계금속"),
                java.util.List.of());
        review.submitted(call.id(), "48250", kr.jiwon.shared.Won.ofManwon(4000), java.util.List.of("기계금속"),
                java.util.List.of());
        review.closeAndScreen(call.id());
        String tag = String.valueOf(System.nanoTime() % 100000);
        Reviewer leaving = review.reviewer(call.id(), "갑위원" + tag, java.util.List.of(), java.util.List.of(),
                java.util.List.of());
        try (Journey j = new Journey("http://localhost:" + port, "review-panel-change")) {
            j.signIn("officer", "jiwon-officer-demo");
            j.open("/office/calls/" + call.id());
            j.find("nav a[href$='/review']").click();
            j.waitForText("심사위원단");
            j.clickAndWaitForNextPage("form[action$='/review/assign'] button");
            j.waitForText("배정을 저장했습니다: 2건");
            assertThat(j.find("#assigned-pairs").getText()).contains("갑위원" + tag);
            scoring.save(leaving.accountUsername(), a.id(), java.util.Map.of("기술성", 60.0), "작성 중", false,
                    ReviewFixtures.OFFICE);

            Reviewer staying = review.reviewer(call.id(), "을위원" + tag, java.util.List.of(), java.util.List.of(),
                    java.util.List.of());
            j.open("/office/calls/" + call.id() + "/review");
            panelRow(j, "갑위원" + tag).findElement(By.cssSelector("form[action$='/remove'] button")).click();
            j.waitForText("갑위원" + tag + " 심사위원을 심사위원단에서 제외하고 그 배정 2건을 취소했습니다");
            assertThat(j.all("#assigned-pairs")).as("no pairings left").isEmpty();
            j.check("1-removed-with-pairings");

            j.clickAndWaitForNextPage("form[action$='/review/assign'] button");
            j.waitForText("배정을 저장했습니다: 2건");
            assertThat(j.find("#assigned-pairs").getText()).contains("을위원" + tag).doesNotContain("갑위원" + tag);
            scoring.save(staying.accountUsername(), a.id(), java.util.Map.of("기술성", 70.0), null, true,
                    ReviewFixtures.OFFICE);

            j.open("/office/calls/" + call.id() + "/review");
            panelRow(j, "을위원" + tag).findElement(By.cssSelector("form[action$='/remove'] button")).click();
            j.waitForText("이미 제출된 평가표가 1건 있어 배정된 심사위원을 제외할 수 없습니다");
            assertThat(panelRow(j, "을위원" + tag).getText()).as("still on the panel").isNotBlank();
            assertThat(j.find("#assigned-pairs").getText()).contains("을위원" + tag);
            j.check("2-refused-after-scoring");
        }
    }

    /**
     * A reviewer falls ill after scoring has begun: the officer opens the pairing's "대체 위원 지정", sees who on the
     * panel could take it (not the one in conflict with the applicant), is refused a blank reason beside the field,
     * and hands the pairing over; the substitute finds the application on their desk and opens its sheet.
     */
    @Test
    void theOfficerHandsAnIllReviewersPairingToASubstitute() throws Exception {
        Call call = fixtures.openCall();
        planning.change(call.id(), 1, 5, "기술성:100", "", ReviewPlan.Aggregation.MEAN, false, ReviewFixtures.OFFICE);
        var a = review.submitted(call.id(), "48250", kr.jiwon.shared.Won.ofManwon(4000), java.util.List.of("기계금속"),
                java.util.List.of());
        var b = review.submitted(call.id(), "48250", kr.jiwon.shared.Won.ofManwon(4000), java.util.List.of("기계금속"),
                java.util.List.of());
        review.closeAndScreen(call.id());
        String tag = String.valueOf(System.nanoTime() % 100000);
        Reviewer ill = review.reviewer(call.id(), "병가위원" + tag, java.util.List.of(), java.util.List.of(),
                java.util.List.of());
        assignment.assign(call.id(), ReviewFixtures.OFFICE);
        scoring.save(ill.accountUsername(), b.id(), java.util.Map.of("기술성", 70.0), null, true,
                ReviewFixtures.OFFICE); // scoring has begun: the assignment as a whole is fixed
        Reviewer substitute = review.reviewer(call.id(), "대체위원" + tag, java.util.List.of(), java.util.List.of(),
                java.util.List.of("기계금속"));
        review.reviewer(call.id(), "충돌위원" + tag, java.util.List.of(a.brn()), java.util.List.of(),
                java.util.List.of());
        String receipt = a.application().receiptNumber();
        try (Journey j = new Journey("http://localhost:" + port, "review-substitute")) {
            j.signIn("officer", "jiwon-officer-demo");
            j.open("/office/calls/" + call.id());
            j.find("nav a[href$='/review']").click();
            j.waitForText("심사위원단");
            WebElement row = pairRow(j, receipt);
            assertThat(pairRow(j, b.application().receiptNumber()).findElements(By.cssSelector(".substitute-link")))
                    .as("a submitted sheet is not handed over").isEmpty();
            WebElement page = j.find("html");
            row.findElement(By.cssSelector(".substitute-link")).click();
            j.waitUntilGone(page);
            j.waitForText("대체 심사위원 지정: " + receipt + " · 병가위원" + tag + " 위원");
            Select choice = new Select(j.find("#substituteId"));
            assertThat(choice.getOptions()).extracting(WebElement::getText).as("best fit first, no conflicted one")
                    .hasSize(1).first().asString().startsWith("대체위원" + tag).contains("적합도 11");
            j.type("#substituteReason", "   ");
            j.clickAndWaitForNextPage("form[action$='/review/substitute'] button[type=submit]");
            j.waitForText("사유를 입력해 주세요.");
            assertThat(j.find("#substituteReason-error").getText()).isEqualTo("사유를 입력해 주세요.");
            j.check("1-reason-refused");

            j.type("#substituteReason", "질병으로 평가 불가");
            j.clickAndWaitForNextPage("form[action$='/review/substitute'] button[type=submit]");
            j.waitForText("병가위원" + tag + " 위원의 " + receipt + " 평가를 대체위원" + tag + " 위원이 맡게 되었습니다");
            assertThat(pairRow(j, receipt).getText()).contains("대체위원" + tag).doesNotContain("병가위원" + tag);
            assertThat(j.all("#substitute")).as("the form is closed").isEmpty();
            j.check("2-substituted");
            j.signOut();

            j.signIn(substitute.accountUsername(), ApplicationsFixtures.PASSWORD);
            j.open("/review");
            j.waitForText(a.application().title());
            j.clickText(a.application().title());
            j.waitForText("기술성");
            j.check("3-substitute-desk");
        }
    }

    private static WebElement pairRow(Journey j, String receipt) {
        return j.all("#assigned-pairs tbody tr").stream().filter(r -> r.getText().startsWith(receipt)).findFirst()
                .orElseThrow();
    }

    private static WebElement panelRow(Journey j, String name) {
        return j.all("form[action$='/remove']").stream().map(f -> f.findElement(By.xpath("ancestor::tr")))
                .filter(r -> r.getText().startsWith(name)).findFirst().orElseThrow();
    }

    private static WebElement reviewerRow(Journey j, String name) {
        return j.all("tbody tr").stream().filter(r -> r.getText().startsWith(name)).findFirst().orElseThrow();
    }
}
