package kr.jiwon.selection.web;

import kr.jiwon.applications.Application;
import kr.jiwon.applications.ApplicationManagement;
import kr.jiwon.selection.Objection;
import kr.jiwon.selection.Objections;
import kr.jiwon.selection.SelectionResults;
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

/** The applicant's result page: the decision and its reason, and the objection (이의신청) form while allowed. */
@Controller
class ResultPages {

    private final ApplicationManagement applications;
    private final SelectionResults results;
    private final Objections objections;
    private final java.time.Clock clock;
    private final MessageSource messages;
    private final kr.jiwon.programs.CallManagement calls;

    private final kr.jiwon.applications.TimelineRows timeline;

    ResultPages(ApplicationManagement applications, SelectionResults results, Objections objections,
            java.time.Clock clock, MessageSource messages,
            kr.jiwon.programs.CallManagement calls, kr.jiwon.applications.TimelineRows timeline) {
        this.timeline = timeline;
        this.calls = calls;
        this.applications = applications;
        this.results = results;
        this.objections = objections;
        this.clock = clock;
        this.messages = messages;
    }

    @GetMapping("/my/applications/{id}/result")
    String showResult(@PathVariable long id, CurrentUser user, Actor actor, Model model) {
        Application a = applications.view(user, id, actor);
        var result = results.result(a.callId());
        var list = objections.ofApplication(id);
        model.addAttribute("app", a);
        model.addAttribute("decision", results.decisionOf(id).orElse(null));
        model.addAttribute("result", result.orElse(null));
        model.addAttribute("objections", list);
        model.addAttribute("timeline", timeline.of(a));
        model.addAttribute("canObject", user.companyId() != null && result.isPresent()
                && !clock.instant().isAfter(result.get().objectionUntil())
                && calls.call(a.callId()).status() == kr.jiwon.programs.CallStatus.ANNOUNCED
                && list.stream().noneMatch(o -> o.status() == Objection.Status.OPEN)
                && (a.status().name().equals("SELECTED") || a.status().name().equals("NOT_SELECTED")));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", java.util.Map.of());
        }
        return "selection/result";
    }

    @PostMapping("/my/applications/{id}/objection")
    String processObjection(@PathVariable long id, @RequestParam(defaultValue = "") String text, CurrentUser user,
            Actor actor, RedirectAttributes flash) {
        try {
            objections.lodge(user, id, text, actor);
            flash.addFlashAttribute("notice", "objection.lodged");
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("errors", FieldMessages.byField(e.violations(), messages));
            flash.addFlashAttribute("text", text);
        }
        return "redirect:/my/applications/" + id + "/result";
    }
}
