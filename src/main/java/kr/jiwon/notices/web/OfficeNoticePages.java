package kr.jiwon.notices.web;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import kr.jiwon.notices.Notice;
import kr.jiwon.notices.NoticeBoard;
import kr.jiwon.notices.NoticeCategory;
import kr.jiwon.notices.NoticeForm;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.FieldMessages;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.SeoulTime;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Officers write the board in Markdown: list (shown, hidden, scheduled), new, edit, attach. */
@Controller
class OfficeNoticePages {

    private final NoticeBoard board;
    private final MessageSource messages;
    private final java.time.Clock clock;

    OfficeNoticePages(NoticeBoard board, MessageSource messages, java.time.Clock clock) {
        this.board = board;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/office/notices")
    String showList(Model model) {
        model.addAttribute("notices", board.all());
        model.addAttribute("now", clock.instant());
        return "notices/office-list";
    }

    @GetMapping("/office/notices/new")
    String showNew(Model model) {
        model.addAttribute("form", Map.of("category", "NOTICE", "visible", "true"));
        model.addAttribute("errors", Map.of());
        model.addAttribute("categories", NoticeCategory.values());
        return "notices/office-form";
    }

    @GetMapping("/office/notices/{id}")
    String showEdit(@PathVariable long id, Model model) {
        Notice n = board.post(id);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("version", String.valueOf(n.version()));
        form.put("category", n.category().name());
        form.put("title", n.title());
        form.put("body", n.body());
        form.put("author", n.author());
        form.put("department", n.department());
        form.put("sourceUrl", n.sourceUrl());
        form.put("visible", String.valueOf(n.visible()));
        form.put("publishAt", SeoulTime.toOffset(n.publishAt()).toLocalDateTime().withSecond(0).withNano(0)
                .toString());
        model.addAttribute("form", form);
        model.addAttribute("notice", n);
        model.addAttribute("errors", Map.of());
        model.addAttribute("categories", NoticeCategory.values());
        return "notices/office-form";
    }

    /**
     * The body as the board will show it (the same Markdown rendering and sanitising), beside the form, with nothing
     * saved: what the officer typed stays in the form.
     */
    @PostMapping(value = {"/office/notices", "/office/notices/{id}"}, params = "preview")
    String processPreview(@PathVariable(required = false) Long id, @RequestParam Map<String, String> form,
            Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", Map.of());
        model.addAttribute("categories", NoticeCategory.values());
        model.addAttribute("preview", kr.jiwon.notices.Markdown.toHtml(form.getOrDefault("body", "")));
        if (id != null) {
            model.addAttribute("notice", board.post(id));
        }
        return "notices/office-form";
    }

    @PostMapping({"/office/notices", "/office/notices/{id}"})
    String processSave(@PathVariable(required = false) Long id, @RequestParam Map<String, String> form,
            Actor actor, Model model, RedirectAttributes flash) {
        try {
            NoticeForm f = toForm(form);
            Notice saved = id == null ? board.create(f, actor) : board.edit(id, f, actor);
            flash.addFlashAttribute("saved", "notice.saved"); // "notice" is the post on the page
            return "redirect:/office/notices/" + saved.id();
        } catch (InvalidInputException e) {
            model.addAttribute("form", form);
            model.addAttribute("errors", FieldMessages.byField(e.violations(), messages));
            model.addAttribute("categories", NoticeCategory.values());
            if (id != null) {
                model.addAttribute("notice", board.post(id));
            }
            return "notices/office-form";
        }
    }

    @PostMapping("/office/notices/{id}/attachments")
    String processAttach(@PathVariable long id, @RequestParam("file") MultipartFile file, Actor actor,
            RedirectAttributes flash) throws IOException {
        try {
            board.attach(id, file.getOriginalFilename(), file.getInputStream(), actor);
            flash.addFlashAttribute("saved", "notice.attached");
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("failure", String.join(" ", FieldMessages.byField(e.violations(), messages)
                    .values().stream().flatMap(java.util.List::stream).toList()));
        }
        return "redirect:/office/notices/" + id;
    }

    private static NoticeForm toForm(Map<String, String> f) {
        kr.jiwon.shared.Violations v = new kr.jiwon.shared.Violations();
        NoticeCategory category = null;
        try {
            category = NoticeCategory.valueOf(f.getOrDefault("category", ""));
        } catch (IllegalArgumentException e) {
            v.add("category", "field.required");
        }
        java.time.Instant publishAt = null;
        String at = f.get("publishAt");
        if (at != null && !at.isBlank()) {
            try {
                publishAt = SeoulTime.toInstant(LocalDateTime.parse(at.strip()));
            } catch (java.time.format.DateTimeParseException e) {
                v.add("publishAt", "notice.publishAt");
            }
        }
        v.throwIfAny();
        Long version = f.get("version") == null || f.get("version").isBlank() ? null : Long.valueOf(f.get("version"));
        return new NoticeForm(version, category, f.get("title"), f.get("body"), f.get("author"), f.get("department"),
                f.get("sourceUrl"), "true".equals(f.get("visible")), publishAt);
    }
}
