package kr.jiwon.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kr.jiwon.matching.InstituteMatching;
import kr.jiwon.matching.MatchRequest;
import kr.jiwon.matching.Recommendation;
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
 * A company that has not signed in describes its bottleneck in the program finder and sees, beside the calls that
 * fit it, the research institutes that fit the bottleneck — the recommender's own top three, in its order, each
 * with its reasons in words (in English on the English page).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"embedded", "test"})
class FinderInstitutesBrowserIntegrationTests {

    private static final String NEED = "알루미늄 다이캐스팅 부품에 기공 불량이 많아 금형 온도와 주조 조건을 분석하고 싶습니다.";

    @LocalServerPort
    int port;
    @Autowired
    InstituteMatching matching;

    @Test
    void aBottleneckDescriptionBringsItsInstitutesBesideTheFittingCalls() {
        try (Journey j = new Journey("http://localhost:" + port, "finder-institutes")) {
            j.open("/");
            j.clickText("맞춤 지원사업");
            j.waitForUrl(".*/finder");
            new Select(j.find("#region")).selectByVisibleText("경상남도 김해시");
            j.type("#need", NEED);
            j.clickTextAndWaitForNextPage("찾기");
            j.waitForText("이 애로기술에 맞는 연구기관");
            // independent: what the recommender itself ranks for the same description and region
            List<Recommendation> expected = matching.recommend(new MatchRequest(null, NEED, List.of(), List.of(),
                    j.driver().getCurrentUrl().replaceAll(".*region=(\\d+).*", "$1")), 3);
            List<WebElement> cards = j.all("#finder-institutes .institute-advice");
            assertThat(cards).hasSize(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                assertThat(cards.get(i).findElement(By.tagName("h3")).getText())
                        .isEqualTo(expected.get(i).koreanName() + " (" + expected.get(i).institute() + ")");
                assertThat(cards.get(i).findElements(By.cssSelector(".checklist li")))
                        .hasSize(expected.get(i).reasons().size());
            }
            assertThat(j.find("#finder-institutes").getText()).contains("일치한 용어").contains("다이캐스팅");
            assertThat(j.find("#need").getDomProperty("value")).as("the description stays").isEqualTo(NEED);
            assertThat(j.text()).contains("신청할 수 있는 공고");
            j.scrollTo("#finder-institutes");
            j.check("1-institutes");

            j.driver().get(j.driver().getCurrentUrl().replace("/finder?", "/finder?lang=en&"));
            j.waitForText("Research institutes for this bottleneck");
            assertThat(j.find("#finder-institutes").getText()).contains("Matching terms");
            j.open("/?lang=ko");
        }
    }
}
