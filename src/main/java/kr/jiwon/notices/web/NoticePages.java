package kr.jiwon.notices.web;

import jakarta.servlet.http.HttpSession;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.Set;
import kr.jiwon.notices.Markdown;
import kr.jiwon.notices.Notice;
import kr.jiwon.notices.NoticeBoard;
import kr.jiwon.notices.NoticeCategory;
import kr.jiwon.shared.NotFoundException;
import kr.jiwon.shared.Spreadsheet;
import kr.jiwon.shared.web.Downloads;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public board: list with category tabs and pages, a post (counted once per visitor session), print view. */
@Controller
class NoticePages {

    static final String VIEWED = "jiwon.viewedNotices";

    private final NoticeBoard board;
    private final java.time.Clock clock;
    private final org.springframework.context.MessageSource messages;

    NoticePages(NoticeBoard board, java.time.Clock clock, org.springframework.context.MessageSource messages) {
        this.board = board;
        this.clock = clock;
        this.messages = messages;
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }

    @GetMapping("/notices")
    String showBoard(@RequestParam(required = false) NoticeCategory category,
            @RequestParam(defaultValue = "1") int page, Model model) {
        model.addAttribute("board", board.page(category, page));
        model.addAttribute("categories", NoticeCategory.values());
        model.addAttribute("category", category);
        return "notices/board";
    }

    @GetMapping({"/notices.csv", "/notices.xlsx"})
    org.springframework.http.ResponseEntity<byte[]> export(@RequestParam(required = false) NoticeCategory category,
            jakarta.servlet.http.HttpServletRequest request)
            throws java.io.IOException {
        java.util.List<java.util.List<String>> rows = new java.util.ArrayList<>();
        var board1 = board.page(category, 1);
        for (int p = 1; p <= board1.pages(); p++) {
            board.page(category, p).rows().forEach(r -> rows.add(java.util.List.of(String.valueOf(r.number()),
                    text("noticeCategory." + r.category().name()), r.title(), r.author(),
                    kr.jiwon.shared.SeoulTime.toOffset(r.publishAt()).toLocalDate().toString(),
                    String.valueOf(r.viewCount()))));
        }
        java.util.List<String> header = java.util.List.of(text("board.number"), text("officeNotices.category"),
                text("board.subject"), text("board.author"), text("board.date"), text("board.views"));
        Spreadsheet sheet = Spreadsheet.withHeader(header).rows(rows);
        return Downloads.sheet(request, "notices", sheet, text("board.title"));
    }

    @GetMapping("/notices/{id}")
    String showPost(@PathVariable long id, HttpSession session, Model model) {
        Notice n = board.publicPost(id);
        @SuppressWarnings("unchecked")
        Set<Long> viewed = (Set<Long>) session.getAttribute(VIEWED);
        if (viewed == null) {
            viewed = new HashSet<>();
        }
        if (viewed.add(id)) {
            board.countView(id);
            session.setAttribute(VIEWED, viewed);
        }
        fill(board.publicPost(id), model);
        return "notices/post";
    }

    @GetMapping("/notices/{id}/print")
    String showPrint(@PathVariable long id, Model model) {
        fill(board.publicPost(id), model);
        return "notices/print";
    }

    @GetMapping("/notices/{id}/attachments/{index}")
    ResponseEntity<Resource> download(@PathVariable long id, @PathVariable int index) {
        Notice n = board.publicPost(id);
        if (index < 0 || index >= n.attachments().size()) {
            throw new NotFoundException("notice.notFound", id);
        }
        Notice.Attachment a = n.attachments().get(index);
        var file = board.attachmentFile(a);
        if (!Files.exists(file)) {
            throw new NotFoundException("notice.notFound", id);
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(a.filename(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(a.mediaType()))
                .body(new FileSystemResource(file));
    }

    private void fill(Notice n, Model model) {
        model.addAttribute("notice", n);
        model.addAttribute("html", Markdown.toHtml(n.body()));
        model.addAttribute("older", board.neighbour(n, false).orElse(null));
        model.addAttribute("newer", board.neighbour(n, true).orElse(null));
        model.addAttribute("isNew", n.isNew(clock.instant()));
    }
}
