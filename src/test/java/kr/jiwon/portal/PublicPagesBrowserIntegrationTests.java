package kr.jiwon.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipInputStream;
import kr.jiwon.testing.Journey;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A visitor without an account reads what the agencies publish: a program and the plan it belongs to from the home
 * page, the research institutes and one institute's page, and follows the links that hand the same data to other
 * programs — the board's and the calls' feeds, the calendar, the lists as CSV and Excel, and the open data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"embedded", "test"})
class PublicPagesBrowserIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void aVisitorReadsProgramsPlansAndInstitutesAndTakesTheDataAway() throws Exception {
        try (Journey j = new Journey("http://localhost:" + port, "public-pages")) {
            j.open("/");
            j.find("a[href^='/plans/']").click();
            j.waitForUrl(".*/plans/\\d+");
            String plan = j.find("h1").getText();
            j.check("1-plan");
            String program = j.find("main a[href^='/programs/']").getText();
            j.find("main a[href^='/programs/']").click();
            j.waitForUrl(".*/programs/\\d+");
            assertThat(j.find("h1").getText()).isEqualTo(program);
            assertThat(j.find("a[href^='/plans/']").getText()).as("the program names its plan").isNotBlank();
            assertThat(plan).contains(j.find("a[href^='/plans/']").getText());
            j.check("2-program");

            j.clickText("연구기관");
            j.waitForUrl(".*/institutes");
            assertThat(j.all("a[href^='/institutes/']")).hasSizeGreaterThanOrEqualTo(40);
            j.check("3-institutes");
            j.driver().findElement(By.linkText("한국생산기술연구원")).click();
            j.waitForUrl(".*/institutes/KITECH");
            assertThat(j.find("h1").getText()).contains("한국생산기술연구원");
            j.check("4-institute");

            // the footer's feeds and calendar
            assertThat(linked(j, "footer a[href^='/feeds/notices.rss']")).contains("<rss").contains("<item>");
            assertThat(linked(j, "footer a[href^='/feeds/calls.ics']")).startsWith("BEGIN:VCALENDAR")
                    .contains("BEGIN:VEVENT").contains("심화기술지원사업");

            // the calls as a feed, from the list of calls
            j.clickText("지원사업 공고");
            j.waitForUrl(".*/calls");
            assertThat(linked(j, "#calls-rss")).contains("<rss")
                    .contains("심화기술지원사업");

            // the board's feeds and lists
            j.clickText("알림마당");
            j.waitForUrl(".*/notices.*");
            assertThat(linked(j, ".feeds a[href*='notices.atom']"))
                    .contains("<feed").contains("<entry>");
            assertThat(linked(j, ".feeds a[href*='/feeds/notices.rss']"))
                    .contains("<item>");
            String csv = linked(j, "a[href^='/notices.csv']");
            assertThat(csv).startsWith("\uFEFF").contains("제목");
            assertThat(linkedBytes(j, "a[href^='/notices.xlsx']"))
                    .startsWith((byte) 'P', (byte) 'K');

            // a search and the institutes that fit a profile, taken away as files
            j.open("/");
            j.type("#site-q", "다이캐스팅");
            j.find("#site-q").submit();
            j.waitForUrl(".*/search\\?.*");
            assertThat(linked(j, "a[href^='/search.csv']"))
                    .contains("다이캐스팅");
            assertThat(linkedBytes(j, "a[href^='/search.xlsx']"))
                    .startsWith((byte) 'P', (byte) 'K');
            j.clickText("맞춤 지원사업");
            j.waitForUrl(".*/finder.*");
            new org.openqa.selenium.support.ui.Select(j.find("#region")).selectByIndex(1);
            j.find("form[action='/finder'] button[type=submit]").click();
            j.waitForUrl(".*/finder\\?.*");
            assertThat(linked(j, "a[href^='/finder.csv']"))
                    .startsWith("\uFEFF");
            assertThat(linkedBytes(j, "a[href^='/finder.xlsx']"))
                    .startsWith((byte) 'P', (byte) 'K');

            // statistics and the open data behind them
            j.find("footer a[href='/stats']").click();
            j.waitForUrl(".*/stats");
            assertThat(linkedBytes(j, "a[href^='/stats.xlsx']"))
                    .startsWith((byte) 'P', (byte) 'K');
            for (String data : new String[]{"awards.json", "calls.json"}) {
                assertThat(linked(j, "#open-data a[href='/open-data/" + data + "']")).as(data).startsWith("{")
                        .contains("\"data\"");
            }
            for (String data : new String[]{"awards.csv", "calls.csv"}) {
                assertThat(linked(j, "#open-data a[href='/open-data/" + data + "']")).as(data).contains(",");
            }
            assertThat(linked(j, "#open-data a[href='/open-data/plans.json']"))
                    .contains("\"data\"");
            int entries = 0;
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(linkedBytes(j,
                    "#open-data a[href^='/open-data.zip']")))) {
                while (in.getNextEntry() != null) {
                    entries++;
                }
            }
            assertThat(entries).as("the open data in one file").isGreaterThanOrEqualTo(5);
        }
    }

    /** The text behind the link that {@code link} finds, as the browser's session fetches it (200 asserted). */
    private static String linked(Journey j, String link) throws Exception {
        return text(j.download(j.find(link).getDomAttribute("href")));
    }

    /** The bytes behind the link that {@code link} finds. */
    private static byte[] linkedBytes(Journey j, String link) throws Exception {
        return j.download(j.find(link).getDomAttribute("href")).body();
    }

    private static String text(HttpResponse<byte[]> response) {
        assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(200);
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
