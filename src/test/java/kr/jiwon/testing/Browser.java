package kr.jiwon.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium through its ChromeDriver (no driver downloads: both paths are given), with a fresh
 * profile, and screenshots saved under target/screenshots.
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final Path profile;

    public Browser(int width, int height) {
        try {
            profile = Files.createTempDirectory("chromium-profile");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("jiwon.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=ko-KR", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(
                        Path.of(System.getProperty("jiwon.chromedriver", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
    }

    public WebDriver driver() {
        return driver;
    }

    private static final java.util.concurrent.ConcurrentLinkedDeque<Browser> IDLE = new java.util.concurrent.ConcurrentLinkedDeque<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> IDLE.forEach(Browser::close)));
    }

    /**
     * A browser for one journey, at 1280 × 1000: one that an earlier journey gave back (cleared: no cookies, no
     * storage, one blank tab), or a new one. Starting Chromium and its driver takes 1.5–3 s on a CI
     * machine, and the journeys open a browser for every person who signs in.
     */
    public static Browser lease() {
        Browser b = IDLE.poll();
        return b != null ? b : new Browser(1280, 1000);
    }

    /** A leased browser at another window size, given back when the lease is closed (for try-with-resources). */
    public static Leased leased(int width, int height) {
        Browser b = lease();
        b.driver.manage().window().setSize(new Dimension(width, height));
        return new Leased(b);
    }

    /** A browser held for one test; closing the lease gives it back (cleared) instead of quitting Chromium. */
    public record Leased(Browser browser) implements AutoCloseable {

        @Override
        public void close() {
            browser.giveBack();
        }
    }

    /**
     * Gives the browser back for the next journey, as a new person would find it (no cookies, no storage), or closes
     * it if it cannot be. The HTTP cache is kept: the site's pages are never stored (no-store), so it holds only static
     * files under their content addresses (a changed file has a new one) and the tests' axe-core script, whose
     * compiled code the next journey reuses.
     */
    public void giveBack() {
        try {
            String first = driver.getWindowHandles().iterator().next();
            for (String handle : driver.getWindowHandles()) {
                if (!handle.equals(first)) {
                    driver.switchTo().window(handle).close();
                }
            }
            driver.switchTo().window(first);
            if (driver.getCurrentUrl().startsWith("http")) {
                ((org.openqa.selenium.JavascriptExecutor) driver)
                        .executeScript("try { localStorage.clear(); sessionStorage.clear(); } catch (e) {}");
            }
            org.openqa.selenium.chrome.ChromeDriver chrome = (org.openqa.selenium.chrome.ChromeDriver) driver;
            chrome.executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
            driver.get("about:blank");
            driver.manage().window().setSize(new Dimension(1280, 1000));
            driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            IDLE.push(this);
        } catch (RuntimeException e) {
            close();
        }
    }

    /** Saves a PNG of the current page as target/screenshots/{name}.png. */
    public Path screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temp profile is harmless
        }
    }
}
