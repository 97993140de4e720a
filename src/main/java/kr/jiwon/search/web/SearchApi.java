package kr.jiwon.search.web;

import java.util.List;
import kr.jiwon.search.SearchHit;
import kr.jiwon.search.SearchKind;
import kr.jiwon.search.SearchResult;
import kr.jiwon.search.SiteSearch;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/search?q=...}: the site search as JSON. */
@RestController
@RequestMapping("/api/v1/search")
class SearchApi {

    record Hit(SearchKind kind, String id, String title, String url, String snippet, float score) {
    }

    record Answer(String q, long total, int page, int size, List<Hit> hits, String message) {
    }

    private final SiteSearch search;
    private final MessageSource messages;

    SearchApi(SiteSearch search, MessageSource messages) {
        this.search = search;
        this.messages = messages;
    }

    @GetMapping
    Answer search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) SearchKind kind,
            @RequestParam(required = false) String category, @RequestParam(required = false) String field,
            @RequestParam(required = false) String region, @RequestParam(defaultValue = "false") boolean open,
            @RequestParam(defaultValue = "relevance") String sort, @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "10") int size) {
        SearchResult r = search.search(SearchPages.query(q, kind, category, field, region, open, sort, page, size));
        return new Answer(r.query().q(), r.total(), r.query().page(), r.query().size(),
                r.hits().stream().map(SearchApi::hit).toList(),
                r.messageKey() == null
                        ? null
                        : messages.getMessage(r.messageKey(), null, r.messageKey(),
                                LocaleContextHolder.getLocale()));
    }

    private static Hit hit(SearchHit h) {
        return new Hit(h.kind(), h.id(), Highlights.plain(h.title()), h.url(), h.snippet(), h.score());
    }
}
