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
    @Autowired
    InstituteMatching matching;

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
    void anOfficerAssignsAnInstituteDirectlyFromTheQueue() throws Exception {
        Map<String, Object> open = jdbc.queryForMap("select o.id, o.application_id, o.call_id, a.title"
                + " from match_offer o join application a on a.id = o.application_id where o.status = 'OFFERED'"
                + " and o.institute <> 'KITECH' and a.status not in ('DRAFT', 'WITHDRAWN') order by o.id limit 1");
        long offer = ((Number) open.get("ID")).longValue();
        long application = ((Number) open.get("APPLICATION_ID")).longValue();
        String institute = jdbc.queryForObject("select short_name from research_institute where short_name not in"
                + " (select institute from match_offer where application_id = ?) order by short_name limit 1",
                String.class, application);
        List<Map<String, Object>> before = jdbc.queryForList("select id, version, status, responded_at, responder,"
                + " reason from match_offer where application_id = ?", application);
        try (Journey j = new Journey("http://localhost:" + port, "queue-override")) {
            j.signIn("officer", "jiwon-officer-demo");
            j.open("/office/calls/" + open.get("CALL_ID"));
            j.clickText("연구기관 배정");
            j.waitForText("배정 현황 엑셀 내려받기");
            assertThat(j.find("#inst-" + offer).getDomAttribute("list")).isEqualTo("institute-names");
            assertThat(j.all("#institute-names option")).extracting(o -> o.getDomAttribute("value"))
                    .contains("KITECH", institute);

            // without a reason: refused, nothing changes
            j.type("#inst-" + offer, institute);
            j.find("#inst-" + offer).findElement(By.xpath("./ancestor::form//button")).click();
            j.waitForText("사유를 적어 주세요");
            assertThat(count("select count(*) from match_offer where application_id = ?", application))
                    .isEqualTo(before.size());

            j.type("#inst-" + offer, institute);
            j.type("#why-" + offer, "장비 일정상 먼저 분석이 필요");
            j.find("#inst-" + offer).findElement(By.xpath("./ancestor::form//button")).click();
            j.waitForText("직접 배정했습니다");
            assertThat(j.find("#success").getText()).contains((String) open.get("TITLE")).contains(institute);
            assertThat(jdbc.queryForObject("select status from match_offer where id = ?", String.class, offer))
                    .as("the institute's open request is taken back").isEqualTo("WITHDRAWN");
            assertThat(jdbc.queryForObject("select status from match_offer where application_id = ? and institute = ?",
                    String.class, application, institute)).isEqualTo("ACCEPTED");
            WebElement row = j.all("tbody tr").stream().filter(r -> r.getText().contains(institute)
                    && r.getText().contains("담당자 직접 배정")).findFirst().orElseThrow();
            assertThat(row.getText()).contains("수락").contains("장비 일정상 먼저 분석이 필요");
            j.scrollTo("#success");
            j.check("overridden");
        } finally {
            // the demo's queue as it was, for the other journeys on this data
            jdbc.update("delete from match_offer where application_id = ? and id not in ("
                    + before.stream().map(r -> String.valueOf(r.get("ID"))).collect(
                            java.util.stream.Collectors.joining(", "))
                    + ")", application);
            for (Map<String, Object> r : before) {
                jdbc.update("update match_offer set version = ?, status = ?, responded_at = ?, responder = ?,"
                        + " reason = ? where id = ?", r.get("VERSION"), r.get("STATUS"), r.get("RESPONDED_AT"),
                        r.get("RESPONDER"), r.get("REASON"), r.get("ID"));
            }
            matching.decisionsChanged(List.of(application));
        }
    }

    @Test
    void anAcceptedRequestOfAnApplicationNotSelectedSaysItGoesNoFurther() throws Exception {
        Long offer = jdbc.query("select o.id from match_offer o join application a on a.id = o.application_id"
                + " where o.institute = 'KITECH' and o.status = 'ACCEPTED' and a.status = 'ELIGIBLE' order by o.id",
                rs -> rs.next() ? rs.getLong(1) : null);
        assertThat(offer).as("the demo has a request KITECH accepted, under review").isNotNull();
        long application = count("select application_id from match_offer where id = ?", offer);
        // the selection's result, as the selection records it (its pages are driven by the call-life journeys)
        jdbc.update("update application set status = 'NOT_SELECTED' where id = ?", application);
        try (Journey j = new Journey("http://localhost:" + port, "institute-inbox-not-selected")) {
            j.signIn("institute", "jiwon-institute-demo");
            j.clickText("받은 요청");
            j.waitForUrl(".*/institute/requests");
            WebElement card = j.find("article.request[data-offer='" + offer + "']");
            assertThat(card.findElement(By.cssSelector(".ruled-out")).getText()).contains("선정되지 않아");
            assertThat(card.findElements(By.cssSelector(".actions"))).isEmpty();
            assertThat(card.findElements(By.cssSelector(".documents a"))).as("documents closed").isEmpty();
            j.scrollTo("article.request[data-offer='" + offer + "']");
            j.check("not-selected");
            // and one it accepted that was selected says what follows
            Long selected = jdbc.query("select o.id from match_offer o join application a on a.id = o.application_id"
                    + " where o.institute = 'KITECH' and o.status = 'ACCEPTED' and a.status = 'SELECTED' order by o.id",
                    rs -> rs.next() ? rs.getLong(1) : null);
            assertThat(selected).as("the demo's history has selected applications KITECH supports").isNotNull();
            assertThat(j.find("article.request[data-offer='" + selected + "'] .selected").getText())
                    .contains("선정되었습니다");
        } finally {
            jdbc.update("update application set status = 'ELIGIBLE' where id = ?", application);
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
            WebElement row = j.find(".taken-back").findElement(By.xpath("./ancestor::tr"));
            assertThat(row.findElements(By.cssSelector("input[name=institute]"))).as("no direct assignment").isEmpty();
            assertThat(row.getText()).contains("다시 제출되면 배정할 수 있습니다");
            j.check("queue-taken-back");
            // and so does the file the officer keeps
            String csv = new String(j.download(j.find("#queue-csv").getDomAttribute("href")).body(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(csv.lines().filter(l -> l.startsWith(offer + ",")).findFirst()).as("the request's row")
                    .hasValueSatisfying(line -> assertThat(line).contains("기업이 신청을 철회함"));
        } finally {
            jdbc.update("update application set status = ? where id = ?", status, application);
        }
    }
}
