package kr.jiwon.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kr.jiwon.applications.ApplicationsFixtures;
import kr.jiwon.testing.Journey;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * A company's first application, guided: five steps with what is left in each, the D-day and autosave in view, the
 * chosen track's limits, the server's own checks beside the fields already typed while typing, and a pre-submit
 * checklist that names exactly what a submission would be refused for — until it says ready and the submission
 * gets its receipt.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"embedded", "test"})
class GuidedFormBrowserIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationsFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    /** The checklist's lines, read at once (the page rebuilds the list after every autosave). */
    @SuppressWarnings("unchecked")
    private static List<String> checklist(Journey j) {
        return (List<String>) ((org.openqa.selenium.JavascriptExecutor) j.driver()).executeScript(
                "return Array.from(document.querySelectorAll('#presubmit-checklist li'), li => li.innerText.trim());");
    }

    @Test
    void theChecklistNamesWhatASubmissionWouldBeRefusedForUntilItIsReady() throws Exception {
        var company = fixtures.company();
        String call = jdbc.queryForObject("select title from funding_call where title like '%심화기술지원사업 2차%'",
                String.class);
        try (Journey j = new Journey("http://localhost:" + port, "guided-form")) {
            j.signIn(company.user().username(), ApplicationsFixtures.PASSWORD);
            j.clickText("지원사업 공고");
            j.clickText(call);
            j.clickText("신청서 작성하기");
            j.waitForText("검토·제출");
            assertThat(j.all(".form-steps li")).hasSize(5);
            assertThat(j.find("#form-progress").getText()).contains("D-").contains("자동으로 저장");
            assertThat(j.find("#track-limits").getText()).contains("한도 5,000만원").contains("최대 12개월");
            List<String> before = checklist(j);
            assertThat(before).anyMatch(s -> s.startsWith("과제명:")).anyMatch(s -> s.startsWith("첨부 서류:"))
                    .anyMatch(s -> s.startsWith("확인·서약: 확인·서약 “국세·지방세 체납 없음”에 동의해야"));
            assertThat(j.find("#presubmit-count").getText()).isEqualTo("제출 전에 확인할 항목 " + before.size() + "개");
            j.check("1-empty");

            // independent: a submission now is refused for exactly the fields the checklist names
            long fieldsNamed = j.all("#presubmit-checklist li").stream().map(li -> li.getDomAttribute("data-field"))
                    .distinct().count();
            j.clickText("제출하기");
            j.waitForText("확인할 항목이");
            assertThat(j.all("#error-summary li")).hasSize((int) fieldsNamed);

            // over the track's cap and past its longest duration: said beside the fields while typing
            j.type("#title", "다이캐스팅 기공 불량 저감");
            j.type("#bottleneck", "알루미늄 다이캐스팅 하우징의 기공 불량률이 높아 금형 온도와 사출 조건을 분석하고 싶습니다.");
            j.type("#requestedAmount", "9천만원");
            j.type("#durationMonths", "18");
            j.find("#durationMonths").sendKeys(org.openqa.selenium.Keys.TAB);
            j.waitForText("과제당 한도(5,000만원)를 넘습니다");
            assertThat(j.find("#requestedAmount-live").getText()).contains("9,000만원");
            assertThat(j.find("#durationMonths-live").getText()).contains("최장 12개월");
            assertThat(j.find("#contactName-live").getText()).as("an empty field is not scolded beside it").isEmpty();
            assertThat(checklist(j)).noneMatch(s -> s.startsWith("과제명:"));
            j.scrollTo("#step-money");
            j.check("2-over-the-cap");

            // the call's 확인·서약, ticked under 검토·제출: saved at once and gone from the checklist
            int withDeclarations = checklist(j).size();
            j.all("input[name=declarations]").forEach(org.openqa.selenium.WebElement::click);
            j.waiting().until(d -> checklist(j).size() == withDeclarations - 4);
            assertThat(checklist(j)).noneMatch(s -> s.startsWith("확인·서약:"));
            j.type("#requestedAmount", "5천만원");
            j.type("#durationMonths", "10");
            j.type("#contactName", "김담당");
            j.type("#contactPhone", "055-123-4567");
            j.type("#contactEmail", "kim@example.com");
            j.find("#contactEmail").sendKeys(org.openqa.selenium.Keys.TAB);
            j.waiting().until(d -> checklist(j).size() == 1);
            assertThat(j.find("#requestedAmount-live").getText()).isEmpty();
            assertThat(checklist(j)).containsExactly("첨부 서류: 사업계획서 등 서류를 하나 이상 첨부해 주세요.");
            assertThat(j.find(".form-steps li:first-child .step-count").getText()).isEqualTo("완료");

            Path pdf = Files.createTempFile("plan", ".pdf");
            Files.write(pdf, ApplicationsFixtures.PDF);
            j.upload("#upload", pdf);
            j.find("#upload").submit();
            j.waitForText(pdf.getFileName().toString());
            assertThat(j.find("#presubmit-ready").isDisplayed()).isTrue();
            assertThat(j.all("#presubmit-checklist li")).isEmpty();
            assertThat(j.all(".form-steps li.step-todo")).isEmpty();
            j.scrollTo("#step-review");
            j.check("3-ready");
            j.clickText("제출하기");
            j.waitForUrl(".*/applications/\\d+/receipt");
            j.check("4-receipt");
        }
    }
}
