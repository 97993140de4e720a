package kr.jiwon.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person's way through the site in headless Chromium: signs in through the login form, follows links and
 * buttons, and on every page checks what people must never see — "null", an unfilled {@code {0}}, a message key
 * with no message, a raw code of
 * an enum, a raw timestamp, a stack trace — runs axe-core (no serious or critical violation) and saves a
 * screenshot — at desktop width and at 360 px.
 */
public final class Journey implements AutoCloseable {

    private static final Pattern NULL = Pattern.compile("\\bnull\\b");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+(,[^}]*)?}");
    /** What Thymeleaf writes for a message key it cannot find ("??projectEvent.X_ko_KR??"). */
    private static final Pattern MISSING_MESSAGE = Pattern.compile("\\?\\?[\\w.-]+\\?\\?");
    private static final Pattern TIMESTAMP = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2})?(\\.\\d+)?");
    private static final Pattern ENUM = Pattern.compile("\\b(DRAFT|SUBMITTED|WITHDRAWN|SCREENING|ELIGIBLE|INELIGIBLE"
            + "|SELECTED|NOT_SELECTED|PUBLISHED|CLOSED|UNDER_REVIEW|ANNOUNCED|FINALIZED|UPCOMING|GENERAL|CONVERGENT"
            + "|OFFERED|ACCEPTED|DECLINED|EXPIRED|TRIMMED_MEAN|MEAN|DECLINE_AREA|PRIORITY_FIELD|MIDSIZE|SME"
            + "|SAME_ORGANISATION|SAME_INSTITUTE|DECLARED|JOINT_PROJECT|UPHELD|REJECTED)\\b");
    private static final List<String> FAILURE_WORDS = List.of("Exception", "at kr.jiwon.", "Whitelabel",
            "Internal Server Error", "There was an unexpected error", "Stacktrace");

    private static final String AXE = new String(AxeScript.SCRIPT, java.nio.charset.StandardCharsets.UTF_8);

    private final Browser browser;
    private final String base;
    private final String prefix;

    public Journey(String base, String prefix) {
        this.browser = Browser.lease();
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        this.base = base;
        this.prefix = prefix;
    }

    public WebDriver driver() {
        return browser.driver();
    }

    /**
     * Waits up to 20 s, looking every 50 ms (Selenium's default of 500 ms added a quarter of a second on average to
     * each of the journeys' hundreds of waits for the next page).
     */
    public WebDriverWait waiting() {
        return new WebDriverWait(driver(), Duration.ofSeconds(20), Duration.ofMillis(50));
    }

    public String url(String path) {
        return base + path;
    }

    public void open(String path) {
        driver().get(url(path));
    }

    public WebElement find(String css) {
        return driver().findElement(By.cssSelector(css));
    }

    public List<WebElement> all(String css) {
        return driver().findElements(By.cssSelector(css));
    }

    public void click(String css) {
        find(css).click();
    }

    /** The first link or button shown on the page (not hidden, taking room) whose rendered text contains the text. */
    private static final String FIRST_SHOWN_WITH_TEXT = """
            var text = arguments[0];
            var all = document.querySelectorAll('a, button');
            for (var i = 0; i < all.length; i++) {
              var e = all[i];
              if (e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden'
                  && e.innerText.indexOf(text) >= 0) { return e; }
            }
            return null;
            """;

    /**
     * Clicks the link or button whose text contains {@code text}; when a script changes the page while it is read (an
     * autosave, a live check), it looks again.
     */
    public void clickText(String text) {
        for (int attempt = 0;; attempt++) {
            try {
                // one script finds it (asking the driver for each link's visibility and text is a round trip each)
                WebElement e = (WebElement) ((JavascriptExecutor) driver()).executeScript(FIRST_SHOWN_WITH_TEXT, text);
                if (e == null) {
                    throw new AssertionError("no link or button \"" + text + "\" on " + driver().getCurrentUrl());
                }
                e.click();
                return;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt == 2) {
                    throw e;
                }
            }
        }
    }

    /**
     * Clicks the button or link whose text contains {@code text} and waits for the next page: for a form whose page
     * already shows the words a check would wait for (a notice, a status), waiting for the words alone races the
     * reload.
     */
    public void clickTextAndWaitForNextPage(String text) {
        pressAndWaitForNextPage(() -> clickText(text), "the next page after " + text);
    }

    /** Presses the element (a form's button, a link) and waits for the page it leads to. */
    public void clickAndWaitForNextPage(String css) {
        pressAndWaitForNextPage(() -> find(css).click(), "the next page after pressing " + css);
    }

    private void pressAndWaitForNextPage(Runnable press, String what) {
        WebElement page = find("html");
        press.run();
        shotOnTimeout(() -> waiting().until(d -> gone(page)), what);
    }

    /** Waits until the element has left the page (replaced by a reload or a redirect). */
    public void waitUntilGone(WebElement e) {
        shotOnTimeout(() -> waiting().until(d -> gone(e)), "the page to change");
    }

    /** Whether an element belongs to a page the browser has left (Chromium says so in more than one way). */
    private static boolean gone(WebElement e) {
        try {
            e.getTagName();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException stale) {
            return true;
        } catch (org.openqa.selenium.WebDriverException other) {
            return String.valueOf(other.getMessage()).contains("does not belong to the document");
        }
    }

    public void type(String css, String text) {
        WebElement e = find(css);
        e.clear();
        e.sendKeys(text);
    }

    /**
     * Picks a date in a date field (what the browser's date picker does: its value in ISO form and a change event;
     * typing into Chromium's date field depends on the machine's locale).
     */
    public void date(String css, java.time.LocalDate date) {
        ((JavascriptExecutor) driver()).executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", find(css), date.toString());
    }

    /** Picks a date and time in a datetime-local field, as its picker does (see {@link #date}). */
    public void dateTime(String css, java.time.LocalDateTime at) {
        ((JavascriptExecutor) driver()).executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", find(css),
                at.withSecond(0).withNano(0).toString());
    }

    /** Chooses a file for a file field, as the file dialog does. */
    public void upload(String css, java.nio.file.Path file) {
        find(css).sendKeys(file.toAbsolutePath().toString());
    }

    public String text() {
        return (String) ((JavascriptExecutor) driver()).executeScript("return document.body.innerText;");
    }

    public void waitForText(String text) {
        shotOnTimeout(() -> waiting().until(d -> text().contains(text)), "text " + text);
    }

    public void waitForUrl(String regex) {
        shotOnTimeout(() -> waiting().until(ExpectedConditions.urlMatches(regex)), "url " + regex);
    }

    /** A wait that, when it times out, leaves a screenshot of where the journey stood and says what it waited for. */
    private void shotOnTimeout(Runnable wait, String what) {
        try {
            wait.run();
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.screenshot(prefix + "-FAILED");
            throw new AssertionError(prefix + ": waited in vain for " + what + " at " + driver().getCurrentUrl()
                    + "; the page said: " + text().replace('\n', ' ').substring(0, Math.min(600, text().length())), e);
        }
    }

    /** Signs in through the header's link and the login form. */
    public void signIn(String username, String password) {
        open("/");
        clickText("로그인");
        waitForUrl(".*/login.*");
        type("#username", username);
        type("#password", password);
        find("#password").submit();
        waiting().until(d -> !d.getCurrentUrl().contains("/login"));
    }

    public void signOut() {
        find("form[action$='/logout'] button").click();
        waiting().until(d -> d.getCurrentUrl().contains("loggedOut"));
    }

    /** Scrolls the element to the top of the window (so the next screenshot shows it). */
    public void scrollTo(String css) {
        ((JavascriptExecutor) driver()).executeScript("arguments[0].scrollIntoView({block: 'start'});", find(css));
    }

    /**
     * The checks every page must pass, at desktop width and again at 360 px (no sideways scrolling there), with a
     * screenshot of each.
     */
    public void check(String name) {
        waiting().until(d -> ((JavascriptExecutor) d).executeScript("return document.readyState").equals("complete"));
        String where = prefix + " " + name + " (" + driver().getCurrentUrl() + ")";
        assertClean(where, text());
        accessible(where);
        english(where);
        browser.screenshot(prefix + "-" + name + "-desktop");
        driver().manage().window().setSize(new Dimension(360, 800));
        try {
            accessible(where + " at 360 px");
            Long overflow = (Long) ((JavascriptExecutor) driver()).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow).as(where + ": no sideways scrolling at 360 px").isLessThanOrEqualTo(0L);
            browser.screenshot(prefix + "-" + name + "-360");
        } finally {
            driver().manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    public static void assertClean(String where, String text) {
        List<String> found = new ArrayList<>();
        for (Pattern p : List.of(NULL, PLACEHOLDER, MISSING_MESSAGE, TIMESTAMP, ENUM)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                found.add("\"" + m.group() + "\" in …" + text.substring(Math.max(0, m.start() - 30),
                        Math.min(text.length(), m.end() + 30)).replace('\n', ' ') + "…");
            }
        }
        FAILURE_WORDS.stream().filter(text::contains).forEach(w -> found.add("\"" + w + "\""));
        assertThat(found).as(where + " shows what people must never see").isEmpty();
    }

    /**
     * Runs axe-core (WCAG 2.0/2.1 A and AA rules) in the page; serious and critical violations fail with their rule
     * and first element. The script is loaded once per page from the site ({@link AxeScript}; the browser keeps its
     * compiled code between pages), so the second run (at 360 px) reuses it.
     */
    private void accessible(String where) {
        JavascriptExecutor js = (JavascriptExecutor) driver();
        if (!Boolean.TRUE.equals(js.executeAsyncScript(LOAD_AXE, AxeScript.PATH))) {
            js.executeScript(AXE); // a context without the test profile does not hand the script out
        }
        Object result = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},"
                // only violations are read: axe then skips making selectors for every passing element
                + " resultTypes: ['violations']})"
                + ".then(function (r) { done(r.violations.filter(function (v) {"
                + " return v.impact === 'serious' || v.impact === 'critical'; }).map(function (v) {"
                + " return v.id + ' ' + v.help + ' at ' + (v.nodes.length ? v.nodes[0].target.join(' ') : ''); })); })"
                + ".catch(function (e) { done(['axe failed: ' + e]); });");
        assertThat((List<?>) result).as(where + ": serious or critical accessibility violations").isEmpty();
    }

    /** Loads axe-core into the page from a script element unless it is there; says whether it is. */
    private static final String LOAD_AXE = """
            var done = arguments[arguments.length - 1];
            if (typeof window.axe !== 'undefined') { done(true); return; }
            var s = document.createElement('script');
            s.src = arguments[0];
            s.onload = function () { done(typeof window.axe !== 'undefined'); };
            s.onerror = function () { done(false); };
            document.head.appendChild(s);
            """;

    /**
     * The same address in English ({@code ?lang=en}, fetched with the browser's cookies so the page the journey is on
     * stays as it is): no Hangul outside what is marked as Korean ({@code lang="ko"}: user data and proper names such
     * as a company, a call's title, a region) — in the text, the title and the words a screen reader says
     * (aria-label, title, placeholder, alt, a button's value; these cannot mark a part as Korean, so there Hangul
     * may only be data the page shows marked as Korean). Then back to Korean. A page that answers only a form
     * (405 to a GET) is left out.
     */
    private void english(String where) {
        english(driver(), where);
    }

    /** {@link #check}'s English test, for journeys that drive the browser themselves. */
    public static void english(WebDriver driver, String where) {
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object result = ((JavascriptExecutor) driver).executeAsyncScript(ENGLISH);
        List<?> found = (List<?>) result;
        if (!found.isEmpty() && Boolean.getBoolean("jiwon.english.report-only")) {
            try {
                java.nio.file.Files.writeString(java.nio.file.Path.of("target", "english-report.txt"),
                        where + "\n  " + found.stream().map(String::valueOf).collect(Collectors.joining("\n  ")) + "\n",
                        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return;
        }
        assertThat(found).as(where + " in English (?lang=en): Hangul outside data marked lang=\"ko\"").isEmpty();
    }

    static final String ENGLISH = """
            var done = arguments[arguments.length - 1];
            var hangul = /[\\u1100-\\u11FF\\u3130-\\u318F\\uAC00-\\uD7AF]/;
            var en = new URL(location.href); en.searchParams.set('lang', 'en');
            var ko = new URL('/images/favicon.svg?lang=ko&at=' + Date.now(), location.href);
            function back(found) {
              return fetch(ko, {credentials: 'same-origin', cache: 'no-store'}).then(function () { done(found); });
            }
            fetch(en, {credentials: 'same-origin', cache: 'no-store', headers: {'Accept': 'text/html'}}).then(function (r) {
              return r.text().then(function (html) { return {status: r.status, html: html}; });
            }).then(function (page) {
              var found = [];
              if (page.status === 405) { return back(found); }
              var d = new DOMParser().parseFromString(page.html, 'text/html');
              d.querySelectorAll('script, style, template, noscript').forEach(function (e) { e.remove(); });
              var data = [];
              d.querySelectorAll('[lang]').forEach(function (e) {
                if (e !== d.documentElement && !/^en/.test(e.getAttribute('lang'))) { data.push(e.textContent.trim()); e.remove(); }
              });
              data = data.filter(function (t) { return t.length > 0; }).sort(function (a, b) { return b.length - a.length; });
              function withoutData(v) {
                data.forEach(function (t) { v = v.split(t).join(''); });
                return v;
              }
              var title = d.title;
              if (d.documentElement.getAttribute('lang') !== 'en') { found.push('html lang ' + d.documentElement.getAttribute('lang')); }
              if (hangul.test(withoutData(title))) { found.push('title "' + title + '"'); }
              d.querySelectorAll('title').forEach(function (e) { e.remove(); });
              // an option cannot mark a part as Korean either: there Hangul may only be data shown marked elsewhere
              d.querySelectorAll('option').forEach(function (o) {
                if (hangul.test(withoutData(o.textContent))) { found.push('option "' + o.textContent.trim().substring(0, 80) + '"'); }
                o.remove();
              });
              var walker = d.createTreeWalker(d.documentElement, NodeFilter.SHOW_TEXT);
              var n;
              while ((n = walker.nextNode())) {
                var t = n.nodeValue.trim();
                if (hangul.test(t)) { found.push('text "' + t.substring(0, 80) + '" in <' + n.parentNode.nodeName.toLowerCase() + '>'); }
              }
              d.querySelectorAll('[aria-label], [title], [placeholder], [alt], input[type=submit][value], input[type=button][value]').forEach(function (e) {
                ['aria-label', 'title', 'placeholder', 'alt', 'value'].forEach(function (a) {
                  var v = e.getAttribute(a);
                  if (v && hangul.test(withoutData(v)) && (a !== 'value' || /submit|button/.test(e.type))) { found.push(a + ' "' + v.substring(0, 80) + '" on <' + e.nodeName.toLowerCase() + '>'); }
                });
              });
              return back(found);
            }).catch(function (e) { done(['english check failed: ' + e]); });
            """;

    /** Fetches a link with the browser's session cookies (downloads are not shown by headless Chromium). */
    public HttpResponse<byte[]> download(String href) throws Exception {
        String cookies = driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        URI uri = href.startsWith("http") ? URI.create(href) : URI.create(url(href));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).header("Cookie", cookies)
                .header("Accept", "*/*").header("X-Journey", "download").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Gives the browser back, cleared, for the next journey. */
    @Override
    public void close() {
        browser.giveBack();
    }
}
