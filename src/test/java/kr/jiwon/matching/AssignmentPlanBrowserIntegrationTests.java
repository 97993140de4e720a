package kr.jiwon.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kr.jiwon.applications.ApplicationsFixtures;
import kr.jiwon.programs.Call;
import kr.jiwon.review.ReviewFixtures;
import kr.jiwon.shared.Won;
import kr.jiwon.testing.Journey;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The institute assignment is applied, not only proposed (issue 18): from a call's queue the officer opens the
 * optimal plan, sees it beside the live (arrival-order) queue with every institute's capacity and load, moves one
 * request to another candidate and applies the plan; the queue then shows the request withdrawn from the first
 * institute and offered to the chosen one, and the first institute's coordinator finds it withdrawn, not answerable.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "jiwon.demo.history=true")
@ActiveProfiles({"embedded", "test"})
class AssignmentPlanBrowserIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationsFixtures fixtures;
    @Autowired
    ReviewFixtures review;
    @Autowired
    InstituteRequests requests;

    @Test
    void anOfficerAdjustsAndAppliesTheOptimalPlanAndTheOffersFollowIt() throws Exception {
        Call call = fixtures.openCall();
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(review.submitted(call.id(), "48250", Won.ofManwon(4000), List.of("기계금속"), List.of("KITECH"))
                    .application().id());
        }
        assertThat(ids).allSatisfy(id -> assertThat(requests.ofApplication(id)).extracting(MatchOffer::institute)
                .containsExactly("KITECH"));
        long moved = ids.get(0);
        try (Journey j = new Journey("http://localhost:" + port, "assignment-plan")) {
            j.signIn("officer", "jiwon-officer-demo");
            j.open("/office/calls/" + call.id() + "/matching");
            j.clickText("최적 배정안 계산·적용");
            j.waitForUrl(".*/matching/plan");
            assertThat(j.all("#plan-rows tbody tr")).hasSize(3);
            assertThat(j.find("#plan-summary").getText()).contains("증명된 최적").contains("접수 순 배정");
            WebElement kitech = j.all("#plan-loads tbody tr").stream()
                    .filter(r -> r.getText().startsWith("KITECH")).findFirst().orElseThrow();
            assertThat(kitech.findElements(By.tagName("td")).get(2).getText()).as("KITECH holds all three now")
                    .isEqualTo("3");
            j.check("1-plan");

            // the officer raises KITECH's capacity where its load is shown
            Integer capacity = jdbc.queryForObject("select capacity from research_institute where short_name = "
                    + "'KITECH'", Integer.class);
            j.type("#capacity-KITECH", String.valueOf(capacity + 1));
            j.find("#capacity-KITECH").findElement(By.xpath("following-sibling::button")).click();
            j.waitForText("수용 한도를");
            assertThat(j.find("#success").getText()).contains(String.valueOf(capacity + 1) + "건");
            assertThat(j.find("#capacity-KITECH").getDomProperty("value")).isEqualTo(String.valueOf(capacity + 1));
            jdbc.update("update research_institute set capacity = ? where short_name = 'KITECH'", capacity);
            j.open("/office/calls/" + call.id() + "/matching");
            j.clickText("최적 배정안 계산·적용");
            j.waitForUrl(".*/matching/plan");

            Select choice = new Select(j.find("#plan-" + moved + "-0"));
            String other = choice.getOptions().stream().map(o -> o.getDomAttribute("value"))
                    .filter(v -> v != null && !v.isEmpty() && !v.equals("KITECH")).findFirst().orElseThrow();
            choice.selectByValue(other);
            j.click("#apply-plan");
            j.waitForText("배정안을 적용했습니다");
            assertThat(j.find("#success").getText()).contains("새 요청 1건").contains("철회 1건").contains("그대로 둔 요청 2건")
                    .contains("담당자 조정");
            assertThat(j.find("#last-plan").getText()).contains("officer");
            String queue = j.find("table.table").getText();
            assertThat(queue).contains(other).contains("회수");
            j.check("2-queue-after-plan");
        }
        assertThat(requests.ofApplication(moved)).extracting(MatchOffer::institute, MatchOffer::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("KITECH", OfferStatus.WITHDRAWN),
                        org.assertj.core.groups.Tuple.tuple(
                                requests.ofApplication(moved).get(1).institute(), OfferStatus.OFFERED));
        assertThat(requests.ofApplication(ids.get(1))).extracting(MatchOffer::status)
                .containsExactly(OfferStatus.OFFERED);

        // KITECH's coordinator finds the moved request withdrawn, with no accept button
        long withdrawn = requests.ofApplication(moved).get(0).id();
        try (Journey j = new Journey("http://localhost:" + port, "assignment-plan-institute")) {
            j.signIn("institute", "jiwon-institute-demo");
            j.clickText("받은 요청");
            j.waitForUrl(".*/institute/requests");
            WebElement card = j.find("article.request[data-offer='" + withdrawn + "']");
            assertThat(card.getDomAttribute("data-status")).isEqualTo("WITHDRAWN");
            assertThat(card.findElements(By.cssSelector("form button.button"))).isEmpty();
            j.check("3-institute-sees-withdrawn");
        }
    }
}
