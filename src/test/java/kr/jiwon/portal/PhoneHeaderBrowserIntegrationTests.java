package kr.jiwon.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import kr.jiwon.testing.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * On a phone (360×740) the header folds its menu behind one 메뉴 button, so the first open call is on the first
 * screen; the button opens and closes the menu and says so to a screen reader; on a wide screen the menu is a row.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"embedded", "test"})
class PhoneHeaderBrowserIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void theFirstCallCardIsAboveTheFoldAndTheMenuOpensOnDemand() throws Exception {
        try (Browser.Leased lease = Browser.leased(360, 740)) {
            Browser browser = lease.browser();
            WebDriver d = browser.driver();
            d.get("http://localhost:" + port + "/");
            WebElement toggle = d.findElement(By.cssSelector(".menu-toggle"));
            new WebDriverWait(d, Duration.ofSeconds(5)).until(ExpectedConditions.visibilityOf(toggle));
            assertThat(toggle.getDomAttribute("aria-expanded")).isEqualTo("false");
            assertThat(d.findElement(By.cssSelector(".main-nav")).isDisplayed()).as("folded").isFalse();
            long viewport = (Long) ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                    "return window.innerHeight;");
            WebElement card = d.findElement(By.cssSelector("#open-calls + ul.cards .card, .cards .card"));
            int top = card.getRect().getY();
            assertThat(top).as("the first call card starts on the first screen").isLessThan((int) viewport - 120);
            assertThat(d.findElement(By.cssSelector(".site-header")).getRect().getHeight())
                    .as("the folded header is one row").isLessThan(90);
            browser.screenshot("phone-home-folded-360");
            PortalJourneyBrowserIntegrationTests.accessible(d, "home on a phone, menu folded");

            toggle.click();
            assertThat(toggle.getDomAttribute("aria-expanded")).isEqualTo("true");
            WebElement calls = d.findElement(By.cssSelector(".main-nav a[href='/calls']"));
            assertThat(calls.isDisplayed()).isTrue();
            assertThat(d.findElement(By.id("site-q")).isDisplayed()).isTrue();
            browser.screenshot("phone-home-menu-open-360");
            PortalJourneyBrowserIntegrationTests.accessible(d, "home on a phone, menu open");
            calls.click();
            new WebDriverWait(d, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches(".*/calls$"));

            String icon = d.findElement(By.cssSelector("link[rel=icon]")).getDomAttribute("href");
            assertThat(icon).as("the icon by its content address").matches("/images/favicon-[0-9a-f]{32}\\.svg");
            var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://localhost:" + port + icon)).GET().build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("the favicon is served to anyone").isEqualTo(200);
            assertThat(response.body()).contains("<svg");
            d.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
            d.get("http://localhost:" + port + "/");
            assertThat(d.findElement(By.cssSelector(".menu-toggle")).isDisplayed()).as("wide: no button")
                    .isFalse();
            assertThat(d.findElement(By.cssSelector(".main-nav a[href='/calls']")).isDisplayed()).isTrue();
        }
    }
}
