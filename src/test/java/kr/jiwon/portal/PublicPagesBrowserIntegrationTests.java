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
            HttpResponse<byte[]> rss = j.download(j.find("footer a[href^='/feeds/notices.rss']").getDomAttribute(
                    "href"));
            assertThat(rss.statusCode()).isEqualTo(200);
            assertThat(text(rss)).contains("<rss").contains("<item>");
            HttpResponse<byte[]> ics = j.download(j.find("footer a[href^='/feeds/calls.ics']").getDomAttribute(
                    "href"));
            assertThat(text(ics)).startsWith("BEGIN:VCALENDAR").contains("BEGIN:VEVENT").contains("심화기술지원사업");

            // the calls as a feed, from the list of calls
            j.clickText("지원사업 공고");
            j.waitForUrl(".*/calls");
            assertThat(text(j.download(j.find("#calls-rss").getDomAttribute("href")))).contains("<rss")
                    .contains("심화기술지원사업");

            // the board's feeds and lists
            j.clickText("알림마당");
            j.waitForUrl(".*/notices.*");
            assertThat(text(j.download(j.find(".feeds a[href*='notices.atom']").getDomAttribute("href"))))
                    .contains("<feed").contains("<entry>");
            assertThat(text(j.download(j.find(".feeds a[href*='/feeds/notices.rss']").getDomAttribute("href"))))
                    .contains("<item>");
            String csv = text(j.download(j.find("a[href^='/notices.csv']").getDomAttribute("href")));
            assertThat(csv).startsWith("\uFEFF").contains("제목");
            assertThat(j.download(j.find("a[href^='/notices.xlsx']").getDomAttribute("href")).body())
                    .startsWith((byte) 'P', (byte) 'K');

            // a search and the institutes that fit a profile, taken away as files
            j.open("/");
            j.type("#site-q", "다이캐스팅");
            j.find("#site-q").submit();
            j.waitForUrl(".*/search\\?.*");
            assertThat(text(j.download(j.find("a[href^='/search.csv']").getDomAttribute("href"))))
                    .contains("다이캐스팅");
            assertThat(j.download(j.find("a[href^='/search.xlsx']").getDomAttribute("href")).body())
                    .startsWith((byte) 'P', (byte) 'K');
            j.clickText("맞춤 지원사업");
            j.waitForUrl(".*/finder.*");
            new org.openqa.selenium.support.ui.Select(j.find("#region")).selectByIndex(1);
            j.find("form[action='/finder'] button[type=submit]").click();
            j.waitForUrl(".*/finder\\?.*");
            assertThat(text(j.download(j.find("a[href^='/finder.csv']").getDomAttribute("href"))))
                    .startsWith("\uFEFF");
            assertThat(j.download(j.find("a[href^='/finder.xlsx']").getDomAttribute("href")).body())
                    .startsWith((byte) 'P', (byte) 'K');

            // statistics and the open data behind them
            j.find("footer a[href='/stats']").click();
            j.waitForUrl(".*/stats");
            assertThat(j.download(j.find("a[href^='/stats.xlsx']").getDomAttribute("href")).body())
                    .startsWith((byte) 'P', (byte) 'K');
            for (String data : new String[]{"awards.json", "calls.json"}) {
                assertThat(text(j.download(j.find("#open-data a[href='/open-data/" + data + "']").getDomAttribute(
                        "href")))).as(data).startsWith("{").contains("\"data\"");
            }
            for (String data : new String[]{"awards.csv", "calls.csv"}) {
                assertThat(text(j.download(j.find("#open-data a[href='/open-data/" + data + "']").getDomAttribute(
                        "href")))).as(data).contains(",");
            }
            assertThat(text(j.download(j.find("#open-data a[href='/open-data/plans.json']").getDomAttribute("href"))))
                    .contains("\"data\"");
            HttpResponse<byte[]> zip = j.download(j.find("#open-data a[href^='/open-data.zip']").getDomAttribute(
                    "href"));
            int entries = 0;
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
                while (in.getNextEntry() != null) {
                    entries++;
                }
            }
            assertThat(entries).as("the open data in one file").isGreaterThanOrEqualTo(5);
        }
    }

    private static String text(HttpResponse<byte[]> response) {
        assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(200);
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
