package kr.jiwon.notices;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Officers' Markdown (CommonMark) as safe HTML: raw HTML in the text is escaped, not passed through, and links or
 * images with unsafe schemes (javascript:, data:, vbscript:) lose their URL — so no script or event handler can
 * reach a visitor's page.
 */
public final class Markdown {

    private static final java.util.List<org.commonmark.Extension> EXTENSIONS = java.util.List
            .of(org.commonmark.ext.gfm.tables.TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true)
            .sanitizeUrls(true).urlSanitizer(new SafeUrls()).softbreak("<br>\n").build();

    /** Only web, mail and relative links survive; any other scheme (javascript:, data:, vbscript:, file:) is dropped. */
    static final class SafeUrls implements org.commonmark.renderer.html.UrlSanitizer {

        private static final java.util.regex.Pattern SCHEME = java.util.regex.Pattern
                .compile("^\\s*([a-zA-Z][a-zA-Z0-9+.-]*):");

        @Override
        public String sanitizeLinkUrl(String url) {
            var m = SCHEME.matcher(url);
            if (!m.find()) {
                return url;
            }
            String scheme = m.group(1).toLowerCase(java.util.Locale.ROOT);
            return scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto") ? url : "";
        }

        @Override
        public String sanitizeImageUrl(String url) {
            String safe = sanitizeLinkUrl(url);
            return safe.toLowerCase(java.util.Locale.ROOT).startsWith("mailto:") ? "" : safe;
        }
    }

    private Markdown() {
    }

    public static String toHtml(String markdown) {
        return RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
    }

    /** The text without Markdown syntax, for search, feeds and snippets. */
    public static String toText(String markdown) {
        return org.commonmark.renderer.text.TextContentRenderer.builder().build()
                .render(PARSER.parse(markdown == null ? "" : markdown));
    }
}
