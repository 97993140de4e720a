package kr.jiwon.search;

import java.util.List;

/** A page of hits with the total, and a message key when there is something to tell (empty query, no hits). */
public record SearchResult(SearchQuery query, List<SearchHit> hits, long total, String messageKey) {

    public int pages() {
        return (int) Math.max(1, (total + query.size() - 1) / query.size());
    }
}
