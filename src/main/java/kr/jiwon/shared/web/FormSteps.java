package kr.jiwon.shared.web;

import java.util.LinkedHashMap;
import java.util.Map;
import kr.jiwon.shared.FieldMessages;
import kr.jiwon.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A form post that redirects back to its page: on success the notice; on bad input the Korean messages by field and
 * what was typed, for the page to show beside the fields (post-redirect-get, nothing half-saved).
 */
@Component
public class FormSteps {

    private final MessageSource messages;

    FormSteps(MessageSource messages) {
        this.messages = messages;
    }

    /** Runs the action; returns whether it succeeded. */
    public boolean run(RedirectAttributes flash, String notice, Map<String, String> form, Runnable action) {
        try {
            action.run();
            flash.addFlashAttribute("notice", notice);
            return true;
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("errors", FieldMessages.byField(e.violations(), messages));
            flash.addFlashAttribute("form", new LinkedHashMap<>(form));
            return false;
        }
    }
}
