package kr.jiwon.review.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import kr.jiwon.review.NewReviewer;
import kr.jiwon.review.ReviewerPool;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.FieldMessages;
import kr.jiwon.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The officer's reviewer pool: register reviewers with their affiliations, declared conflicts and joint projects. */
@Controller
class ReviewerPoolPages {

    private final ReviewerPool pool;
    private final MessageSource messages;

    ReviewerPoolPages(ReviewerPool pool, MessageSource messages) {
        this.pool = pool;
        this.messages = messages;
    }

    @GetMapping("/office/reviewers")
    String showPool(Model model) {
        var reviewers = pool.all();
        kr.jiwon.shared.web.PersonalData.shown(reviewers.size());
        model.addAttribute("reviewers", reviewers);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        return "review/reviewers";
    }

    @PostMapping("/office/reviewers")
    String processRegister(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String affiliation,
            @RequestParam(defaultValue = "") String affiliationBrns,
            @RequestParam(defaultValue = "") String instituteCodes,
            @RequestParam(defaultValue = "") String expertiseFields,
            @RequestParam(defaultValue = "") String regionCode,
            @RequestParam(defaultValue = "") String accountUsername,
            Actor actor, RedirectAttributes flash) {
        try {
            pool.register(new NewReviewer(name, email, affiliation, list(affiliationBrns), list(instituteCodes),
                    list(expertiseFields), regionCode, accountUsername), actor);
            flash.addFlashAttribute("notice", "reviewers.registered");
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("errors", FieldMessages.byField(e.violations(), messages));
            flash.addFlashAttribute("form", Map.of("name", name, "email", email, "affiliation", affiliation,
                    "affiliationBrns", affiliationBrns, "instituteCodes", instituteCodes,
                    "expertiseFields", expertiseFields, "regionCode", regionCode, "accountUsername",
                    accountUsername));
        }
        return "redirect:/office/reviewers";
    }

    @PostMapping("/office/reviewers/{id}/conflicts")
    String processDeclare(@PathVariable long id, @RequestParam(defaultValue = "") String target,
            @RequestParam(defaultValue = "") String reason, Actor actor, RedirectAttributes flash) {
        attempt(flash, () -> pool.declareConflict(id, target, reason, actor));
        return "redirect:/office/reviewers";
    }

    @PostMapping("/office/reviewers/{id}/joint-projects")
    String processJointProject(@PathVariable long id, @RequestParam(defaultValue = "") String partnerBrn,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endedOn,
            Actor actor,
            RedirectAttributes flash) {
        attempt(flash, () -> pool.addJointProject(id, partnerBrn, title, endedOn, actor));
        return "redirect:/office/reviewers";
    }

    private void attempt(RedirectAttributes flash, Runnable action) {
        try {
            action.run();
            flash.addFlashAttribute("notice", "review.saved");
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("errors", FieldMessages.byField(e.violations(), messages));
        }
    }

    private static List<String> list(String text) {
        return Arrays.stream(text.split("[,\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
