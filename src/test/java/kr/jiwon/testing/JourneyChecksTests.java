package kr.jiwon.testing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The checks the browser journeys run on every page catch what they are meant to catch. */
class JourneyChecksTests {

    @Test
    void whatPeopleMustNeverSeeIsCaught() {
        for (String bad : new String[]{"평가표: null", "{0} 상태에서는 {1}(으)로", "2026-12-08 05:24:24.579241787",
                "상태 SUBMITTED", "유형 GENERAL", "java.lang.IllegalStateException at kr.jiwon.x",
                "Whitelabel Error Page"}) {
            assertThatThrownBy(() -> Journey.assertClean("page", bad)).as(bad).isInstanceOf(AssertionError.class);
        }
        assertThatCode(() -> Journey.assertClean("page", "접수번호 SBJ-2026-1-000001 · 2026.12.08(화) 09:00 · 5,000만원"
                + " · KITECH · ESG 정책뉴스")).doesNotThrowAnyException();
    }

    @Test
    void anEnglishPageWithHangulOutsideMarkedDataFailsAndOneWithMarkedDataPasses() throws Exception {
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String body = path.startsWith("/bad")
                    ? "<html lang=en><head><title>Call</title></head><body><h1>Call</h1><p>Deadline 마감</p>"
                            + "<button aria-label='신청'>Apply</button></body></html>"
                    : "<html lang=en><head><title>소부장 1차 공고 — Call</title></head><body>"
                            + "<h1 lang=ko>소부장 1차 공고</h1><p>Company: <span lang=ko>(주)한빛</span></p>"
                            + "<select><option>소부장 1차 공고</option></select>"
                            + "<button aria-label='Apply to 소부장 1차 공고'>Apply</button></body></html>";
            byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        try (Journey j = new Journey(base, "english-check")) {
            j.open("/bad");
            assertThatThrownBy(() -> Journey.english(j.driver(), "bad")).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("Deadline 마감").hasMessageContaining("aria-label \"신청\"");
            j.open("/good");
            assertThatCode(() -> Journey.english(j.driver(), "good")).doesNotThrowAnyException();
        } finally {
            server.stop(0);
        }
    }

    @Test
    void anInaccessiblePageFailsTheAxeCheck() {
        try (Journey j = new Journey("", "axe-check")) {
            j.driver().get("data:text/html;charset=utf-8,<html lang=ko><head><title>t</title></head><body><main>"
                    + "<img src='x.png'><button></button></main></body></html>");
            assertThatThrownBy(() -> j.check("bad")).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("image-alt");
        }
    }
}
