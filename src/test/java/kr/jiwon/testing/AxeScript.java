package kr.jiwon.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Objects;
import org.springframework.context.annotation.Profile;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Hands the browser journeys axe-core from the site's own origin (so the pages' script policy of {@code 'self'}
 * admits it, as it admits nothing else) with a day's caching: Chromium then keeps the script's compiled code, and
 * each page check loads it in about 40 ms instead of compiling half a megabyte sent over WebDriver (about 250 ms).
 * Tests only.
 */
@Controller
@Profile("test")
class AxeScript {

    static final String PATH = "/js/testing/axe.min.js";

    /** axe-core as the com.deque.html.axe-core:selenium jar carries it (also sent by {@link Journey} as a fallback). */
    static final byte[] SCRIPT = read();

    private static byte[] read() {
        try (var in = AxeScript.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            return Objects.requireNonNull(in, "axe.min.js (com.deque.html.axe-core:selenium)").readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping(PATH)
    ResponseEntity<byte[]> script() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
                .contentType(MediaType.valueOf("text/javascript")).body(SCRIPT);
    }
}
