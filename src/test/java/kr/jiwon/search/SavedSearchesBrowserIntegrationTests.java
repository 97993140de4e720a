package kr.jiwon.search;

import static org.assertj.core.api.Assertions.assertThat;

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
 * A company keeps a search and its 맞춤 지원사업 conditions to be told of new calls and notices: both saved from their
 * pages, listed under 저장한 검색, one stopped from the link in an alert e-mail (no sign-in needed), the other
 * deleted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"embedded", "test"})
class SavedSearchesBrowserIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCompanySavesASearchAndItsConditionsStopsOneByMailAndDeletesTheOther() throws Exception {
        try (Journey j = new Journey("http://localhost:" + port, "saved-searches")) {
            j.signIn("applicant", "jiwon-applicant-demo");
            j.type("#site-q", "다이캐스팅");
            j.find("#site-q").submit();
            j.waitForUrl(".*/search\\?.*");
            j.clickTextAndWaitForNextPage("이 검색 저장하고 새 결과 알림 받기");
            j.waitForText("새 결과가 생기면 알려 드립니다");
            assertThat(row(j, "다이캐스팅").getText()).contains("검색").contains("받는 중");
            j.check("1-search-saved");

            j.clickText("맞춤 지원사업");
            j.waitForUrl(".*/finder.*");
            j.clickTextAndWaitForNextPage("이 조건으로 새 공고 알림 받기");
            j.waitForText("새 결과가 생기면 알려 드립니다");
            assertThat(row(j, "맞춤 조건").getText()).contains("받는 중");
            // each row's buttons say which search they act on to a screen reader, not only "삭제"
            assertThat(row(j, "다이캐스팅").findElement(By.cssSelector("form[action$='/delete'] button"))
                    .getAccessibleName()).isEqualTo("삭제 (다이캐스팅)");
            assertThat(row(j, "맞춤 조건").findElement(By.cssSelector("form[action$='/alerts'] button"))
                    .getAccessibleName()).isEqualTo("알림 끄기 (맞춤 지원사업 찾기)");
            j.check("2-conditions-saved");

            // the link at the foot of an alert e-mail, opened without signing in
            String key = jdbc.queryForObject("select unsubscribe_key from saved_search where username = 'applicant'"
                    + " and kind = 'SEARCH' and name = '다이캐스팅' order by id desc limit 1", String.class);
            j.signOut();
            j.open("/alerts/unsubscribe/" + key);
            j.waitForText("알림 메일을 더 이상 받지 않으시겠습니까");
            j.check("3-asked");
            j.clickTextAndWaitForNextPage("알림 해지");
            j.waitForText("알림을 해지했습니다");
            j.check("3-unsubscribed");

            j.signIn("applicant", "jiwon-applicant-demo");
            j.clickText("저장한 검색");
            j.waitForUrl(".*/my/saved-searches");
            assertThat(row(j, "다이캐스팅").getText()).contains("해지됨");
            row(j, "다이캐스팅").findElement(By.cssSelector("form[action$='/alerts'] button")).click();
            j.waitForText("알림을 다시 켰습니다");
            assertThat(row(j, "다이캐스팅").getText()).contains("받는 중").contains("알림 끄기");
            j.check("3-resumed");
            row(j, "맞춤 조건").findElement(By.cssSelector("form[action$='/delete'] button")).click();
            j.waitForText("삭제했습니다");
            assertThat(j.all("tbody tr")).noneMatch(r -> r.getText().contains("맞춤 조건"));
            j.check("4-deleted");
        } finally {
            jdbc.update("delete from saved_search where username = 'applicant' and name in ('다이캐스팅', '맞춤 지원사업 찾기')");
        }
    }

    private static WebElement row(Journey j, String text) {
        return j.all("tbody tr").stream().filter(r -> r.getText().contains(text)).findFirst().orElseThrow();
    }
}
