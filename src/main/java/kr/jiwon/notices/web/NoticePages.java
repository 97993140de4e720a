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

    NoticePages(NoticeBoard board, java.time.Clock clock) {
        this.board = board;
        this.clock = clock;
    }

    @GetMapping("/notices")
    String showBoard(@RequestParam(required = false) NoticeCategory category,
                     @RequestParam(defaultValue = "1") int page, Model model) {
        model.addAttribute("board", board.page(category, page));
        model.addAttribute("categories", NoticeCategory.values());
        model.addAttribute("category", category);
        return "notices/board";
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
