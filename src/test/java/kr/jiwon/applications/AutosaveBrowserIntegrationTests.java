package kr.jiwon.applications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import kr.jiwon.applications.ApplicationsFixtures.CompanyUser;
import kr.jiwon.programs.Call;
import kr.jiwon.testing.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * In a real browser: what an applicant types is saved by the form itself, without pressing anything, and is there
 * after a reload; a colleague's save in between is shown as a conflict, not overwritten.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"embedded", "test"})
class AutosaveBrowserIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationsFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    private void login(WebDriver d, String username) {
        d.get("http://localhost:" + port + "/login");
        d.findElement(By.id("username")).sendKeys(username);
        d.findElement(By.id("password")).sendKeys(ApplicationsFixtures.PASSWORD);
        d.findElement(By.cssSelector("form.form button[type=submit]")).click();
        new WebDriverWait(d, Duration.ofSeconds(10))
                .until(ExpectedConditions.urlToBe("http://localhost:" + port + "/"));
    }

    @Test
    void whatIsTypedIsSavedWithoutPressingAnythingAndSurvivesAReload() {
        CompanyUser c = fixtures.company();
        Call call = fixtures.openCall();
        try (Browser.Leased lease = Browser.leased(1280, 1600)) {
            Browser browser = lease.browser();
            WebDriver d = browser.driver();
            login(d, c.user().username());
            d.get("http://localhost:" + port + "/calls/" + call.id());
            d.findElement(By.cssSelector(".apply-box button[type=submit]")).click();
            new WebDriverWait(d, Duration.ofSeconds(10))
                    .until(ExpectedConditions.urlMatches(".*/applications/\\d+/edit"));
            long id = Long.parseLong(d.getCurrentUrl().replaceAll(".*/applications/(\\d+)/edit", "$1"));
            d.findElement(By.id("title")).sendKeys("금형 마모 개선");
            d.findElement(By.id("bottleneck")).sendKeys("사출 금형의 게이트 부위가 빨리 마모되어 3개월마다 교체합니다.");
            d.findElement(By.id("requestedAmount")).sendKeys("3천만원");
            WebElement status = d.findElement(By.id("autosave-status"));
            new WebDriverWait(d, Duration.ofSeconds(10))
                    .until(ExpectedConditions.textToBePresentInElement(status, "자동 저장됨"));
            // typing stopped: the last autosave carries everything, though no button was pressed
            new WebDriverWait(d, Duration.ofSeconds(10))
                    .until(x -> Long.valueOf(30_000_000L).equals(jdbc.queryForObject(
                            "select requested_amount from application where id = ?", Long.class, id)));
            // the recommended institutes follow what was typed
            new WebDriverWait(d, Duration.ofSeconds(10)).until(x -> !x.findElements(
                    By.cssSelector("#recommendations .recommendation-list strong")).isEmpty());
            assertThat(d.findElement(By.id("recommendations")).getText()).contains("한국생산기술연구원");
            browser.screenshot("applicant-autosaved-desktop");
            assertThat(jdbc.queryForObject("select bottleneck from application where id = ?", String.class, id))
                    .contains("게이트 부위");

            d.navigate().refresh();
            assertThat(d.findElement(By.id("bottleneck")).getDomProperty("value")).contains("3개월마다 교체");
            assertThat(d.findElement(By.id("title")).getDomProperty("value")).isEqualTo("금형 마모 개선");

            // a colleague saves meanwhile: the next autosave here reports the conflict instead of overwriting
            jdbc.update("update application set title = '동료가 고친 제목', version = version + 1 where id = ?", id);
            d.findElement(By.id("title")).sendKeys(" (수정)");
            new WebDriverWait(d, Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElement(
                    d.findElement(By.id("autosave-status")), "다른 사용자가 먼저 저장"));
            WebElement conflict = d.findElement(By.id("autosave-conflict"));
            assertThat(conflict.getText()).contains("동료가 고친 제목").contains("금형 마모 개선 (수정)");
            browser.screenshot("applicant-autosave-conflict");
            assertThat(jdbc.queryForObject("select title from application where id = ?", String.class, id))
                    .isEqualTo("동료가 고친 제목");
            // the writer decides to keep their own version: it is saved on top of the colleague's, knowingly
            conflict.findElement(By.cssSelector("button.button")).click();
            new WebDriverWait(d, Duration.ofSeconds(10)).until(x -> "금형 마모 개선 (수정)".equals(jdbc.queryForObject(
                    "select title from application where id = ?", String.class, id)));
        }
    }

    @Test
    void theFormWorksOnAPhone() {
        CompanyUser c = fixtures.company();
        Call call = fixtures.openCall();
        try (Browser.Leased lease = Browser.leased(360, 1800)) {
            Browser browser = lease.browser();
            WebDriver d = browser.driver();
            login(d, c.user().username());
            d.get("http://localhost:" + port + "/calls/" + call.id());
            browser.screenshot("call-360");
            d.findElement(By.cssSelector(".apply-box button[type=submit]")).click();
            new WebDriverWait(d, Duration.ofSeconds(10))
                    .until(ExpectedConditions.urlMatches(".*/applications/\\d+/edit"));
            browser.screenshot("applicant-form-360");
            Long overflow = (Long) ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow).as("no horizontal scrolling at 360 px").isLessThanOrEqualTo(0L);
        }
    }
}
