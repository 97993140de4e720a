package kr.jiwon.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import kr.jiwon.testing.Journey;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The coordinator's inbox gives what a decision needs: company, location, call, track, amount, the bottleneck and
 * the documents (which the institute may open while it holds the request), the deadline, requests awaiting an answer
 * first by deadline, filters by status with counts, and a success message that says what happens next.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "jiwon.demo.history=true")
@ActiveProfiles({"embedded", "test"})
class InstituteInboxBrowserIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    @Test
    void aCoordinatorDecidesWithTheRequestsContext() throws Exception {
        try (Journey j = new Journey("http://localhost:" + port, "institute-inbox")) {
            j.signIn("institute", "jiwon-institute-demo");
            j.clickText("받은 요청");
            j.waitForUrl(".*/institute/requests");
            String institute = "KITECH";
            for (String status : List.of("OFFERED", "ACCEPTED", "DECLINED")) {
                String tab = j.find("#request-filter a[data-status='" + status + "']").getText();
                assertThat(tab).as(status).endsWith(" " + count("select count(*) from match_offer where institute = ?"
                        + " and status = ?", institute, status));
            }
            List<WebElement> cards = j.all("article.request");
            assertThat(cards).hasSize((int) count("select count(*) from match_offer where institute = ?", institute));
            boolean answeredSeen = false;
            for (WebElement card : cards) {
                long offer = Long.parseLong(card.getDomAttribute("data-offer"));
                Map<String, Object> row = jdbc.queryForMap("select c.name, a.requested_amount, o.status from"
                        + " match_offer o join application a on a.id = o.application_id join company c on"
                        + " c.id = a.company_id where o.id = ?", offer);
                assertThat(card.findElement(By.cssSelector(".company")).getText()).isEqualTo(row.get("NAME"));
                assertThat(card.findElement(By.cssSelector(".requested")).getText()).isEqualTo(
                        kr.jiwon.shared.Won.of(((Number) row.get("REQUESTED_AMOUNT")).longValue()).korean());
                boolean waiting = "OFFERED".equals(row.get("STATUS"));
                assertThat(answeredSeen && waiting).as("requests awaiting an answer come first").isFalse();
                answeredSeen |= !waiting;
                boolean holds = waiting || "ACCEPTED".equals(row.get("STATUS"));
                assertThat(card.findElements(By.cssSelector(".documents a")).isEmpty()).as("documents while held")
                        .isEqualTo(!holds);
            }
            WebElement held = cards.stream().filter(c -> !c.findElements(By.cssSelector(".documents a")).isEmpty())
                    .findFirst().orElseThrow();
            String document = held.findElement(By.cssSelector(".documents a")).getDomAttribute("href");
            assertThat(j.download(document).statusCode()).as("the institute opens the document").isEqualTo(200);
            j.check("1-inbox");

            j.click("#request-filter a[data-status='OFFERED']");
            j.waitForUrl(".*status=OFFERED");
            List<WebElement> offered = j.all("article.request");
            assertThat(offered).allMatch(c -> "OFFERED".equals(c.getDomAttribute("data-status")));
            if (!offered.isEmpty()) {
                long before = offered.size();
                String title = offered.get(0).findElement(By.tagName("h2")).getText();
                offered.get(0).findElement(By.cssSelector("form button.button")).click();
                j.waitForText("요청을 수락했습니다");
                assertThat(j.find("#success").getText()).contains(title).contains("협약");
                assertThat(j.find("#request-filter a[data-status='OFFERED']").getText()).endsWith(" " + (before - 1));
                j.check("2-accepted");
            }
        }
    }

    @Test
    void aRequestWhoseCompanyTookTheApplicationBackWaitsWithoutButtonsOrDocuments() throws Exception {
        Long offer = jdbc.query("select o.id from match_offer o join application a on a.id = o.application_id"
                + " where o.institute = 'KITECH' and o.status = 'OFFERED' and a.status not in ('DRAFT', 'WITHDRAWN')"
                + " order by o.id",
                rs -> rs.next() ? rs.getLong(1) : null);
        assertThat(offer).as("the demo has a request awaiting KITECH's answer").isNotNull();
        long application = count("select application_id from match_offer where id = ?", offer);
        String status = jdbc.queryForObject("select status from application where id = ?", String.class, application);
        // the company takes its application back (its own pages are driven by the applicant journeys)
        jdbc.update("update application set status = 'WITHDRAWN' where id = ?", application);
        try (Journey j = new Journey("http://localhost:" + port, "institute-inbox-taken-back")) {
            j.signIn("institute", "jiwon-institute-demo");
            j.clickText("받은 요청");
            j.waitForUrl(".*/institute/requests");
            WebElement card = j.find("article.request[data-offer='" + offer + "']");
            assertThat(card.findElement(By.cssSelector(".taken-back")).getText()).contains("철회");
            assertThat(card.findElements(By.cssSelector(".actions"))).as("no answer while taken back").isEmpty();
            assertThat(card.findElements(By.cssSelector(".documents a"))).as("documents closed").isEmpty();
            j.scrollTo("article.request[data-offer='" + offer + "']");
            j.check("taken-back");
            j.signOut();

            // the officer's queue of the call says so too
            long call = count("select call_id from match_offer where id = ?", offer);
            j.signIn("officer", "jiwon-officer-demo");
            j.open("/office/calls/" + call);
            j.clickText("연구기관 배정");
            j.waitForText("배정 현황 엑셀 내려받기");
            assertThat(j.all(".taken-back")).isNotEmpty().allMatch(e -> e.getText().contains("신청을 철회함"));
            j.check("queue-taken-back");
        } finally {
            jdbc.update("update application set status = ? where id = ?", status, application);
        }
    }
}
