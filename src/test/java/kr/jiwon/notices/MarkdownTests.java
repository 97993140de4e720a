package kr.jiwon.notices;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hostile Markdown never leaves a script, an event handler or a javascript: URL in the rendered page. */
class MarkdownTests {

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "[클릭](javascript:alert(1))",
            "[클릭](JaVaScRiPt:alert(1))",
            "![그림](javascript:alert(1))",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<svg onload=alert(1)>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "<div style=\"background:url(javascript:alert(1))\">x</div>",
            "```\n</code><script>alert(1)</script>\n```",
            "<<script>script>alert(1)<</script>/script>",
            "[a](vbscript:msgbox(1))",
            "<details open ontoggle=alert(1)>",
    })
    void hostileInputIsEscaped(String hostile) {
        String html = Markdown.toHtml("제목\n\n" + hostile);
        assertThat(html.toLowerCase()).doesNotContain("<script").doesNotContain("<img src=x")
                .doesNotContain("<svg").doesNotContain("<iframe").doesNotContain("<div").doesNotContain("<details")
                .doesNotContain("href=\"javascript:").doesNotContain("src=\"javascript:")
                .doesNotContain("href=\"data:").doesNotContain("href=\"vbscript:");
        assertThat(html).doesNotContainPattern("<[a-z]+[^>]*\\son[a-z]+=");
    }

    @Test
    void ordinaryMarkdownStillWorks() {
        String html = Markdown
                .toHtml("# 제목\n\n**굵게** [출처](https://www.motie.go.kr)\n\n| 분야 | 예산 |\n|---|---|\n| 자동화 | 175억원 |\n");
        assertThat(html).contains("<h1>제목</h1>").contains("<strong>굵게</strong>")
                .contains("href=\"https://www.motie.go.kr\">출처</a>").contains("<td>175억원</td>");
    }
}
