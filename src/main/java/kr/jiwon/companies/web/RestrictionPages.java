package kr.jiwon.companies.web;

import java.time.LocalDate;
import java.util.Map;
import kr.jiwon.companies.Restrictions;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.FieldMessages;
import kr.jiwon.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 참여제한 기업: the register of restricted companies, kept by officers (the path is for the office only). */
@Controller
class RestrictionPages {

    private final Restrictions restrictions;
    private final MessageSource messages;

    RestrictionPages(Restrictions restrictions, MessageSource messages) {
        this.restrictions = restrictions;
        this.messages = messages;
    }

    /** What was typed, to show again beside the errors. */
    record Typed(String businessRegistrationNumber, LocalDate startsOn, LocalDate endsOn, String basis)
            implements
                java.io.Serializable {
    }

    /**
     * The register; {@code businessRegistrationNumber} and {@code basis}, when given (a terminated project's page
     * links here with its company and ground), fill the form in.
     */
    @GetMapping("/office/restrictions")
    String showRestrictions(@RequestParam(required = false) String businessRegistrationNumber,
            @RequestParam(required = false) String basis, Actor actor, Model model) {
        model.addAttribute("entries", restrictions.all());
        model.addAttribute("today", restrictions.today());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", new Typed(businessRegistrationNumber == null ? "" : businessRegistrationNumber,
                    null, null, basis == null ? "" : basis));
        }
        return "companies/restrictions";
    }

    @PostMapping("/office/restrictions")
    String processRecord(@RequestParam(required = false) String businessRegistrationNumber,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
            @RequestParam(required = false) String basis, Actor actor, RedirectAttributes flash) {
        try {
            restrictions.record(businessRegistrationNumber, startsOn, endsOn, basis, actor);
            flash.addFlashAttribute("notice", "restriction.recorded.notice");
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("errors", FieldMessages.byField(e.violations(), messages));
            flash.addFlashAttribute("typed", new Typed(businessRegistrationNumber, startsOn, endsOn, basis));
        }
        return "redirect:/office/restrictions";
    }
}
