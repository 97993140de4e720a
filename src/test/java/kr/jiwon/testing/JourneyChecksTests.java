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
    void anInaccessiblePageFailsTheAxeCheck() {
        try (Journey j = new Journey("", "axe-check")) {
            j.driver().get("data:text/html;charset=utf-8,<html lang=ko><head><title>t</title></head><body><main>"
                    + "<img src='x.png'><button></button></main></body></html>");
            assertThatThrownBy(() -> j.check("bad")).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("image-alt");
        }
    }
}
