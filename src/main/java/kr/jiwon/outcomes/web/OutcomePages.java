package kr.jiwon.outcomes.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import kr.jiwon.outcomes.Outcomes;
import kr.jiwon.projects.Project;
import kr.jiwon.projects.ProjectManagement;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.CurrentUser;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.Violations;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A project's outcome KPIs (성과지표): the chart and table for every party, the company's choice of KPIs and its
 * measurements; the officer's roll-up per program.
 */
@Controller
class OutcomePages {

    private final Outcomes outcomes;
    private final ProjectManagement projects;
    private final kr.jiwon.programs.ProgramManagement programs;
    private final kr.jiwon.programs.CallManagement calls;
    private final kr.jiwon.shared.web.FormSteps steps;

    OutcomePages(Outcomes outcomes, ProjectManagement projects, kr.jiwon.programs.ProgramManagement programs,
            kr.jiwon.programs.CallManagement calls, kr.jiwon.shared.web.FormSteps steps) {
        this.calls = calls;
        this.outcomes = outcomes;
        this.projects = projects;
        this.programs = programs;
        this.steps = steps;
    }

    @GetMapping("/projects/{id}/outcomes")
    String page(@PathVariable long id, CurrentUser user, Actor actor, Model model) {
        Project p = projects.view(user, id, actor);
        model.addAttribute("p", p);
        model.addAttribute("company", projects.isCompany(user, p));
        model.addAttribute("kpis", outcomes.of(p));
        model.addAttribute("menu", outcomes.menu(p));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        return "outcomes/project";
    }

    @PostMapping("/projects/{id}/kpis")
    String choose(@PathVariable long id, @RequestParam Map<String, String> params, CurrentUser user, Actor actor,
            RedirectAttributes flash) {
        return step(id, params, flash, "kpi.chosen", () -> {
            Violations v = new Violations();
            Double baseline = number(v, "baseline", params.get("baseline"));
            Double target = number(v, "target", params.get("target"));
            if (!v.isEmpty()) {
                throw new InvalidInputException(v.list());
            }
            outcomes.choose(user, id, params.get("code"), baseline, target, actor);
        });
    }

    @PostMapping("/projects/{id}/kpis/{kpiId}/measurements")
    String measure(@PathVariable long id, @PathVariable long kpiId, @RequestParam Map<String, String> params,
            CurrentUser user, Actor actor, RedirectAttributes flash) {
        return step(id, params, flash, "kpi.measured", () -> {
            Violations v = new Violations();
            LocalDate on = null;
            try {
                on = LocalDate.parse(params.getOrDefault("measuredOn", ""));
            } catch (DateTimeParseException e) {
                v.add("measuredOn", "project.dateFormat");
            }
            Double numerator = number(v, "numerator", params.get("numerator"));
            String d = params.get("denominator");
            Double denominator = d == null || d.isBlank() ? null : number(v, "denominator", d);
            if (!v.isEmpty()) {
                throw new InvalidInputException(v.list());
            }
            outcomes.measure(user, id, kpiId, on, numerator, denominator, params.get("evidence"), actor);
        });
    }

    @GetMapping("/office/outcomes")
    String rollup(@RequestParam(defaultValue = "SSF") String program, @RequestParam(required = false) Long call,
            CurrentUser user, Model model) {
        model.addAttribute("rollup", outcomes.rollup(user, program, call));
        model.addAttribute("program", program);
        model.addAttribute("call", call);
        model.addAttribute("programs", programs.programs());
        model.addAttribute("calls", programs.programByCode(program).map(pr -> calls.callsOf(pr.id()))
                .orElse(java.util.List.of()));
        return "outcomes/rollup";
    }

    private String step(long id, Map<String, String> form, RedirectAttributes flash, String notice, Runnable action) {
        steps.run(flash, notice, form, action);
        return "redirect:/projects/" + id + "/outcomes";
    }

    private static Double number(Violations v, String field, String text) {
        if (text == null || text.isBlank()) {
            v.add(field, "field.required");
            return null;
        }
        try {
            return Double.parseDouble(text.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            v.add(field, "kpi.number");
            return null;
        }
    }
}
