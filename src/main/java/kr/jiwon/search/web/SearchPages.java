package kr.jiwon.search.web;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import kr.jiwon.notices.NoticeCategory;
import kr.jiwon.search.SearchHit;
import kr.jiwon.search.SearchKind;
import kr.jiwon.search.SearchQuery;
import kr.jiwon.search.SearchResult;
import kr.jiwon.search.SiteSearch;
import kr.jiwon.shared.CurrentUser;
import kr.jiwon.shared.Regions;
import kr.jiwon.shared.Spreadsheet;
import kr.jiwon.shared.web.Downloads;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The search page with filters and pages, and the same results as CSV (UTF-8 with BOM) and XLSX. */
@Controller
class SearchPages {

    private final SiteSearch search;
    private final Regions regions;
    private final MessageSource messages;

    private final kr.jiwon.programs.CallManagement calls;

    SearchPages(SiteSearch search, Regions regions, MessageSource messages, kr.jiwon.programs.CallManagement calls) {
        this.calls = calls;
        this.search = search;
        this.regions = regions;
        this.messages = messages;
    }

    static SearchQuery query(String q, SearchKind kind, String category, String field, String region,
            boolean open, String sort, int page, int size) {
        return new SearchQuery(q, kind, category, field, region, open, "date".equals(sort), page, size);
    }

    @GetMapping("/search")
    String showSearch(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) SearchKind kind,
            @RequestParam(required = false) String category, @RequestParam(required = false) String field,
            @RequestParam(required = false) String region, @RequestParam(defaultValue = "false") boolean open,
            @RequestParam(defaultValue = "relevance") String sort, @RequestParam(defaultValue = "1") int page,
            jakarta.servlet.http.HttpServletRequest request,
            Optional<CurrentUser> user, Model model) {
        model.addAttribute("signedIn", user.isPresent());
        model.addAttribute("queryString", request.getQueryString() == null ? "" : request.getQueryString());
        SearchResult result = search.search(query(q, kind, category, field, region, open, sort, page, 10));
        model.addAttribute("result", result);
        // a call's hit shows where it stands and its D-day, as the call list does
        java.util.Map<String, kr.jiwon.programs.Call> callOf = new java.util.HashMap<>();
        result.hits().stream().filter(h -> h.kind() == SearchKind.CALL).forEach(h -> {
            try {
                callOf.put(h.id(), calls.call(Long.parseLong(h.id())));
            } catch (RuntimeException gone) {
                // removed since it was indexed: shown without its stage
            }
        });
        model.addAttribute("callOf", callOf);
        model.addAttribute("now", calls.now());
        model.addAttribute("kinds", SearchKind.values());
        model.addAttribute("categories", NoticeCategory.values());
        model.addAttribute("sidos", regions.sidos());
        model.addAttribute("sort", sort);
        return "search/search";
    }

    @GetMapping("/search.csv")
    ResponseEntity<byte[]> exportCsv(@RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) SearchKind kind,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String field,
            @RequestParam(required = false) String region,
            @RequestParam(defaultValue = "false") boolean open,
            @RequestParam(defaultValue = "relevance") String sort) throws IOException {
        List<SearchHit> hits = search.search(query(q, kind, category, field, region, open, sort, 1, 100)).hits();
        return Downloads.csv("search.csv", sheet(hits).csv());
    }

    @GetMapping("/search.xlsx")
    ResponseEntity<byte[]> exportXlsx(@RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) SearchKind kind,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String field,
            @RequestParam(required = false) String region,
            @RequestParam(defaultValue = "false") boolean open,
            @RequestParam(defaultValue = "relevance") String sort) throws IOException {
        List<SearchHit> hits = search.search(query(q, kind, category, field, region, open, sort, 1, 100)).hits();
        return Downloads.xlsx("search.xlsx", sheet(hits).xlsx(text("search.sheet")));
    }

    private Spreadsheet sheet(List<SearchHit> hits) {
        return Spreadsheet.withHeader(header()).rows(hits.stream().map(this::row).toList());
    }

    private List<String> header() {
        return List.of(text("search.col.kind"), text("search.col.title"), text("search.col.url"),
                text("search.col.date"), text("search.col.snippet"));
    }

    private List<String> row(SearchHit h) {
        return List.of(text("searchKind." + h.kind().name()), Highlights.plain(h.title()), h.url(),
                h.date() == null ? "" : kr.jiwon.shared.SeoulTime.toOffset(h.date()).toLocalDate().toString(),
                Highlights.plain(h.snippet()));
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
