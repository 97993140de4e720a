package kr.jiwon.search;

import java.time.Instant;

/** A hit: kind, title, address, a snippet with the matched words in {@code <mark>} (HTML-escaped), score, date. */
public record SearchHit(SearchKind kind, String id, String title, String url, String snippet, float score,
        Instant date, String category) {
}
