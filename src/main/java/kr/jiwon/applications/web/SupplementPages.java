package kr.jiwon.applications.web;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import kr.jiwon.applications.DocumentManagement;
import kr.jiwon.applications.Supplements;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.CurrentUser;
import kr.jiwon.shared.FieldMessages;
import kr.jiwon.shared.FieldViolation;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.SeoulTime;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 보완 요청 on an application's page: the officer asks for a document by a deadline; the company attaches files for
 * it and hands in its answer. Errors come back beside the field they concern, nothing half-saved.
 */
@Controller
class SupplementPages {

    private static final String BACK = "redirect:/applications/%d#supplement";

    private final Supplements supplements;
    private final DocumentManagement documents;
    private final MessageSource messages;

    SupplementPages(Supplements supplements, DocumentManagement documents, MessageSource messages) {
        this.supplements = supplements;
        this.documents = documents;
        this.messages = messages;
    }

    @PostMapping("/applications/{id}/supplement")
    String processRequest(@PathVariable long id, @RequestParam(required = false) String message,
            @RequestParam(required = false) String slot,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime dueAt,
            CurrentUser user, Actor actor, RedirectAttributes flash) {
        try {
            supplements.request(user, id, message, slot, dueAt == null ? null : SeoulTime.toInstant(dueAt), actor);
            flash.addFlashAttribute("notice", "supplement.requested");
        } catch (InvalidInputException e) {
            failed(flash, e.violations(), message, slot, dueAt);
        }
        return BACK.formatted(id);
    }

    @PostMapping("/applications/{id}/supplement/documents")
    String processUpload(@PathVariable long id, @RequestParam(value = "file", required = false) MultipartFile file,
            @RequestParam(required = false) String slot, CurrentUser user, Actor actor, RedirectAttributes flash)
            throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw InvalidInputException.of("file", "document.empty");
            }
            documents.attach(user, id, file.getOriginalFilename(), file.getInputStream(), slot, actor);
            flash.addFlashAttribute("notice", "document.attached");
        } catch (InvalidInputException e) {
            failed(flash, e.violations(), null, slot, null);
        }
        return BACK.formatted(id);
    }

    @PostMapping("/applications/{id}/supplement/documents/{documentId}/delete")
    String processRemove(@PathVariable long id, @PathVariable long documentId, CurrentUser user, Actor actor,
            RedirectAttributes flash) {
        documents.remove(user, id, documentId, actor);
        flash.addFlashAttribute("notice", "document.removed");
        return BACK.formatted(id);
    }

    @PostMapping("/applications/{id}/supplement/answer")
    String processAnswer(@PathVariable long id, @RequestParam(required = false) String note, CurrentUser user,
            Actor actor, RedirectAttributes flash) {
        try {
            supplements.answer(user, id, note, actor);
            flash.addFlashAttribute("notice", "supplement.answered");
        } catch (InvalidInputException e) {
            failed(flash, e.violations(), note, null, null);
        }
        return BACK.formatted(id);
    }

    /** What was typed comes back with the messages beside its fields. */
    private void failed(RedirectAttributes flash, List<FieldViolation> violations, String text, String slot,
            LocalDateTime dueAt) {
        Map<String, List<String>> errors = FieldMessages.byField(violations, messages);
        flash.addFlashAttribute("supplementErrors", errors);
        flash.addFlashAttribute("supplementText", text);
        flash.addFlashAttribute("supplementSlot", slot);
        flash.addFlashAttribute("supplementDue", dueAt);
    }
}
