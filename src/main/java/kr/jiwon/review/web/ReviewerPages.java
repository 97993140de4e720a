package kr.jiwon.review.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.jiwon.applications.Application;
import kr.jiwon.applications.ApplicationManagement;
import kr.jiwon.applications.DocumentManagement;
import kr.jiwon.review.ReviewPlan;
import kr.jiwon.review.ReviewPlanning;
import kr.jiwon.review.ScoreSheet;
import kr.jiwon.review.Scoring;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.CurrentUser;
import kr.jiwon.shared.FieldMessages;
import kr.jiwon.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A reviewer's desk: the assigned applications, each with its documents and the score sheet. */
@Controller
class ReviewerPages {

    private final Scoring scoring;
    private final ReviewPlanning planning;
    private final ApplicationManagement applications;
    private final DocumentManagement documents;
    private final MessageSource messages;
    private final kr.jiwon.programs.CallManagement calls;
    private final kr.jiwon.review.FinalEvaluations finals;

    ReviewerPages(Scoring scoring, ReviewPlanning planning, ApplicationManagement applications,
            DocumentManagement documents, MessageSource messages,
            kr.jiwon.programs.CallManagement calls, kr.jiwon.review.FinalEvaluations finals) {
        this.calls = calls;
        this.finals = finals;
        this.scoring = scoring;
        this.planning = planning;
        this.applications = applications;
        this.documents = documents;
        this.messages = messages;
    }

    @GetMapping("/review")
    String showDesk(CurrentUser user, Model model) {
        model.addAttribute("tasks", scoring.tasks(user.username()));
        model.addAttribute("finals", finals.tasks(user.username()));
        return "review/desk";
    }

    @GetMapping("/review/applications/{id}")
    String showSheet(@PathVariable long id, CurrentUser user, Actor actor, Model model) {
        ScoreSheet sheet = scoring.sheet(user.username(), id);
        Application a = applications.view(user, id, actor);
        model.addAttribute("app", a);
        model.addAttribute("documents", documents.list(user, id));
        model.addAttribute("sheet", sheet);
        model.addAttribute("plan", planning.plan(sheet.callId()));
        model.addAttribute("scoringOpen",
                calls.call(sheet.callId()).status() == kr.jiwon.programs.CallStatus.UNDER_REVIEW);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        if (!model.containsAttribute("given")) {
            model.addAttribute("given", given(sheet));
            model.addAttribute("comment", sheet.comment());
        }
        return "review/sheet";
    }

    @PostMapping("/review/applications/{id}")
    String processSheet(@PathVariable long id, @RequestParam Map<String, String> form,
            @RequestParam(defaultValue = "save") String action, CurrentUser user, Actor actor,
            RedirectAttributes flash) {
        ScoreSheet sheet = scoring.sheet(user.username(), id);
        List<ReviewPlan.Criterion> criteria = planning.plan(sheet.callId()).criteria();
        saveSheet(criteria, form, action, flash, (scores, submit) -> scoring.save(user.username(), id, scores,
                form.get("comment"), submit, actor));
        return "redirect:/review/applications/" + id;
    }

    @GetMapping("/review/final/{id}")
    String showFinalSheet(@PathVariable long id, CurrentUser user, Model model) {
        ScoreSheet sheet = finals.sheet(user.username(), id);
        model.addAttribute("review", finals.forPanel(user.username(), id));
        model.addAttribute("sheet", sheet);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        if (!model.containsAttribute("given")) {
            model.addAttribute("given", given(sheet));
            model.addAttribute("comment", sheet.comment());
        }
        return "review/final-sheet";
    }

    @PostMapping("/review/final/{id}")
    String processFinalSheet(@PathVariable long id, @RequestParam Map<String, String> form,
            @RequestParam(defaultValue = "save") String action, CurrentUser user, Actor actor,
            RedirectAttributes flash) {
        List<ReviewPlan.Criterion> criteria = finals.forPanel(user.username(), id).criteria();
        saveSheet(criteria, form, action, flash, (scores, submit) -> finals.save(user.username(), id, scores,
                form.get("comment"), submit, actor));
        return "redirect:/review/final/" + id;
    }

    private static Map<String, String> given(ScoreSheet sheet) {
        Map<String, String> given = new LinkedHashMap<>();
        sheet.scores().forEach((k, v) -> given.put(k, v == Math.rint(v)
                ? String.valueOf(v.longValue())
                : String.valueOf(v)));
        return given;
    }

    /** Reads the criteria's points from the form (score0, score1, ...) and saves them, or flashes what is wrong. */
    private void saveSheet(List<ReviewPlan.Criterion> criteria, Map<String, String> form, String action,
            RedirectAttributes flash, java.util.function.BiConsumer<Map<String, Double>, Boolean> save) {
        Map<String, Double> scores = new LinkedHashMap<>();
        Map<String, String> given = new LinkedHashMap<>();
        InvalidInputException unreadable = null;
        for (int i = 0; i < criteria.size(); i++) {
            String raw = form.getOrDefault("score" + i, "").strip();
            given.put(criteria.get(i).name(), raw);
            if (raw.isEmpty()) {
                continue;
            }
            try {
                scores.put(criteria.get(i).name(), Double.valueOf(raw));
            } catch (NumberFormatException e) {
                unreadable = InvalidInputException.of("scores[" + criteria.get(i).name() + "]", "scoreSheet.range",
                        criteria.get(i).name(), criteria.get(i).weight());
            }
        }
        try {
            if (unreadable != null) {
                throw unreadable;
            }
            save.accept(scores, "submit".equals(action));
            flash.addFlashAttribute("notice", "submit".equals(action) ? "sheet.submitted" : "sheet.saved");
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("errors", FieldMessages.byField(e.violations(), messages));
            flash.addFlashAttribute("given", given);
            flash.addFlashAttribute("comment", form.get("comment"));
        }
    }
}
