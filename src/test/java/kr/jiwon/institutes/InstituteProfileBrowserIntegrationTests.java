package kr.jiwon.institutes;

import static org.assertj.core.api.Assertions.assertThat;

import kr.jiwon.testing.Journey;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * An institute's coordinator keeps its public profile: how many projects it can run at once (which the assignment
 * respects) and its equipment; saved changes appear on the institute's public page. The profile is put back as it
 * was at the end, through the same form (and who set the capacity, when, as the demo had it).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"embedded", "test"})
class InstituteProfileBrowserIntegrationTests {

    @LocalServerPort
    int port;
    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void theCoordinatorSetsTheInstitutesCapacityAndEquipmentAndThePublicPageShowsThem() throws Exception {
        java.util.Map<String, Object> setBy = jdbc.queryForMap(
                "select capacity_set_by, capacity_set_at from research_institute where short_name = 'KITECH'");
        try (Journey j = new Journey("http://localhost:" + port, "institute-profile")) {
            j.signIn("institute", "jiwon-institute-demo");
            j.clickText("기관 프로필");
            j.waitForUrl(".*/my/institute");
            String capacity = j.find("#capacity").getDomProperty("value");
            String equipment = j.find("#equipment").getDomProperty("value");
            j.check("1-profile");
            try {
                j.type("#capacity", "7");
                j.type("#equipment", equipment + ", 3차원 측정기(CMM)");
                j.clickTextAndWaitForNextPage("저장하기");
                j.waitForText("저장했습니다");
                assertThat(j.find("#capacity").getDomProperty("value")).isEqualTo("7");
                j.check("2-saved");

                j.clickText("연구기관");
                j.waitForUrl(".*/institutes");
                j.driver().findElement(org.openqa.selenium.By.linkText("한국생산기술연구원")).click();
                j.waitForUrl(".*/institutes/KITECH");
                assertThat(j.find("#capacity dd").getText()).startsWith("7").doesNotContain("가정값");
                assertThat(j.text()).contains("3차원 측정기(CMM)");
                j.check("3-public-page");
            } finally {
                j.open("/my/institute");
                j.type("#capacity", capacity);
                j.type("#equipment", equipment);
                j.clickTextAndWaitForNextPage("저장하기");
                jdbc.update("update research_institute set capacity_set_by = ?, capacity_set_at = ? where short_name"
                        + " = 'KITECH'", setBy.get("CAPACITY_SET_BY"), setBy.get("CAPACITY_SET_AT"));
            }
        }
    }
}
