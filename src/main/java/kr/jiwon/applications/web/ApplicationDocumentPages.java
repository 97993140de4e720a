package kr.jiwon.applications.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import kr.jiwon.applications.DocumentManagement;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.CurrentUser;
import kr.jiwon.shared.FieldMessages;
import kr.jiwon.shared.FieldViolation;
import kr.jiwon.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An application's documents in the pages: attach (checked by content), remove while a draft, download. */
@Controller
class ApplicationDocumentPages {

    private final DocumentManagement documents;
    private final MessageSource messages;

    ApplicationDocumentPages(DocumentManagement documents, MessageSource messages) {
        this.documents = documents;
        this.messages = messages;
    }

    @PostMapping("/applications/{id}/documents")
    String processUpload(@PathVariable long id, @RequestParam("file") MultipartFile file,
            @RequestParam(required = false) String slot, CurrentUser user, Actor actor, RedirectAttributes flash)
            throws IOException {
        if (file.isEmpty()) {
            flash.addFlashAttribute("errors", errors(List.of(new FieldViolation("file", "document.empty", null))));
            return "redirect:/applications/" + id + "/edit#documents";
        }
        try {
            documents.attach(user, id, file.getOriginalFilename(), file.getInputStream(), slot, actor);
            flash.addFlashAttribute("notice", "document.attached");
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("errors", errors(e.violations()));
        }
        return "redirect:/applications/" + id + "/edit#documents";
    }

    @PostMapping("/applications/{id}/documents/{documentId}/delete")
    String processRemoveDocument(@PathVariable long id, @PathVariable long documentId, CurrentUser user, Actor actor,
            RedirectAttributes flash) {
        documents.remove(user, id, documentId, actor);
        flash.addFlashAttribute("notice", "document.removed");
        return "redirect:/applications/" + id + "/edit#documents";
    }

    @GetMapping("/applications/{id}/documents/{documentId}")
    ResponseEntity<InputStreamResource> download(@PathVariable long id, @PathVariable long documentId,
            CurrentUser user, Actor actor) {
        return DocumentDownloads.attachment(documents.download(user, id, documentId, actor));
    }

    private Map<String, List<String>> errors(List<FieldViolation> violations) {
        return FieldMessages.byField(violations, messages);
    }
}
