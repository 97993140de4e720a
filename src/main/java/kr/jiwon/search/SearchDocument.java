package kr.jiwon.search;

import java.time.Instant;
import java.util.List;

/**
 * One searchable thing: its kind and id, title and text, where it lives, its category, fields, regions (sido codes,
 * or ALL when nationwide), its date, and for calls the application window (to filter open calls at query time).
 */
record SearchDocument(SearchKind kind, String id, String title, String body, String url, String category,
        List<String> fields, List<String> regions, Instant date, Instant opensAt, Instant closesAt) {

    static final String ALL_REGIONS = "ALL";

    String key() {
        return kind.name() + ":" + id;
    }
}
