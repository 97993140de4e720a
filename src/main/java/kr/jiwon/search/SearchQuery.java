package kr.jiwon.search;

/**
 * A site search: words, optional filters (kind, notice category, field, region as a 2-digit 시도 code, open calls
 * only), sort by relevance or date, and the page (1-based) of {@code size} hits.
 */
public record SearchQuery(String q, SearchKind kind, String category, String field, String region, boolean openOnly,
        boolean byDate, int page, int size) {

    public static final int MAX_LENGTH = 100;

    public SearchQuery {
        q = q == null ? "" : q.strip();
        page = Math.max(1, page);
        size = Math.min(Math.max(1, size), 100);
        category = blankToNull(category);
        field = blankToNull(field);
        region = blankToNull(region);
    }

    public static SearchQuery of(String q) {
        return new SearchQuery(q, null, null, null, null, false, false, 1, 10);
    }

    public boolean hasFilter() {
        return kind != null || category != null || field != null || region != null || openOnly;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
