package kr.jiwon.search.web;

/** Search snippets come with {@code <mark>} around the matched words and HTML-escaped; files want plain text. */
final class Highlights {

    private Highlights() {
    }

    static String plain(String html) {
        return html == null
                ? ""
                : html.replace("<mark>", "").replace("</mark>", "").replace("&lt;", "<")
                        .replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }
}
