package kr.jiwon.programs.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import kr.jiwon.programs.Call;
import kr.jiwon.programs.CallManagement;
import kr.jiwon.programs.CallStatus;
import kr.jiwon.programs.Plan;
import kr.jiwon.programs.Program;
import kr.jiwon.programs.ProgramManagement;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.FieldMessages;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.Regions;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 사업 설정: officers write plans, programs (with the track rules their calls follow) and calls (tracks, eligibility,
 * priorities, window and response times) in forms with repeatable rows and typeaheads, publish a draft call, and
 * amend a published one (정정공고) with a reason. Every refusal is shown beside its field; nothing typed is lost.
 */
@Controller
class ProgramAdminPages {

    private final ProgramManagement programs;
    private final CallManagement calls;
    private final Regions regions;
    private final MessageSource messages;

    ProgramAdminPages(ProgramManagement programs, CallManagement calls, Regions regions, MessageSource messages) {
        this.programs = programs;
        this.calls = calls;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping("/office/programs")
    String showList(Model model) {
        List<Program> all = programs.programs();
        model.addAttribute("plans", programs.plans());
        model.addAttribute("programs", all);
        Map<Long, List<Call>> callsOf = new java.util.HashMap<>();
        all.forEach(p -> callsOf.put(p.id(), calls.callsOf(p.id())));
        model.addAttribute("callsOf", callsOf);
        model.addAttribute("now", calls.now());
        return "programs/admin-list";
    }

    // --- plans

    @GetMapping("/office/plans/new")
    String showNewPlan(Model model) {
        return planForm(model, null, new org.springframework.util.LinkedMultiValueMap<>(), Map.of());
    }

    @GetMapping("/office/plans/{id}/edit")
    String showEditPlan(@PathVariable long id, Model model) {
        Plan plan = programs.plan(id);
        return planForm(model, plan, AdminForms.of(plan), Map.of());
    }

    @PostMapping({"/office/plans", "/office/plans/{id}/edit"})
    String processPlan(@PathVariable(required = false) Long id, @RequestParam MultiValueMap<String, String> form,
            Actor actor, Model model, RedirectAttributes flash) {
        AdminForms f = new AdminForms(form);
        return save(() -> {
            Plan saved = id == null
                    ? programs.createPlan(f.plan(), actor)
                    : programs.editPlan(id, f.version() == null ? -1 : f.version(), f.plan(), actor);
            flash.addFlashAttribute("notice", "admin.saved");
            return "redirect:/office/programs#plan-" + saved.id();
        }, errors -> planForm(model, id == null ? null : programs.plan(id), form, errors));
    }

    private String planForm(Model model, Plan plan, MultiValueMap<String, String> form,
            Map<String, List<String>> errors) {
        model.addAttribute("plan", plan);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "programs/plan-form";
    }

    // --- programs

    @GetMapping("/office/programs/new")
    String showNewProgram(Model model) {
        return programForm(model, null, new org.springframework.util.LinkedMultiValueMap<>(), Map.of());
    }

    @GetMapping("/office/programs/{id}/edit")
    String showEditProgram(@PathVariable long id, Model model) {
        Program program = programs.program(id);
        return programForm(model, program, AdminForms.of(program), Map.of());
    }

    @PostMapping({"/office/programs", "/office/programs/{id}/edit"})
    String processProgram(@PathVariable(required = false) Long id, @RequestParam MultiValueMap<String, String> form,
            Actor actor, Model model, RedirectAttributes flash) {
        AdminForms f = new AdminForms(form);
        return save(() -> {
            Program saved = id == null
                    ? programs.createProgram(f.program(), actor)
                    : programs.editProgram(id, f.version() == null ? -1 : f.version(), f.program(), actor);
            flash.addFlashAttribute("notice", "admin.saved");
            return "redirect:/office/programs#program-" + saved.id();
        }, errors -> programForm(model, id == null ? null : programs.program(id), form, errors));
    }

    private String programForm(Model model, Program program, MultiValueMap<String, String> form,
            Map<String, List<String>> errors) {
        model.addAttribute("program", program);
        model.addAttribute("plans", programs.plans());
        model.addAttribute("form", form);
        model.addAttribute("trackRows", AdminForms.trackRows(form));
        model.addAttribute("fieldRows", AdminForms.rows(form, "priorityFields"));
        model.addAttribute("fieldNames", fieldNames());
        model.addAttribute("errors", errors);
        return "programs/program-form";
    }

    // --- calls

    @GetMapping("/office/programs/{programId}/calls/new")
    String showNewCall(@PathVariable long programId, Model model) {
        Program program = programs.program(programId);
        int round = (int) calls.callsOf(programId).stream()
                .filter(c -> c.opensAt().atZone(kr.jiwon.shared.SeoulTime.ZONE).getYear() == kr.jiwon.shared.SeoulTime
                        .toLocal(calls.now()).getYear())
                .count() + 1;
        return callForm(model, program, null, AdminForms.newCall(program, round), Map.of());
    }

    @PostMapping("/office/programs/{programId}/calls")
    String processNewCall(@PathVariable long programId, @RequestParam MultiValueMap<String, String> form,
            Actor actor, Model model, RedirectAttributes flash) {
        Program program = programs.program(programId);
        return save(() -> {
            Call saved = calls.create(new AdminForms(form).call(programId, regions), actor);
            flash.addFlashAttribute("notice", "admin.callSaved");
            return "redirect:/office/calls/" + saved.id() + "/edit";
        }, errors -> callForm(model, program, null, form, errors));
    }

    @GetMapping("/office/calls/{id}/edit")
    String showEditCall(@PathVariable long id, Model model) {
        Call call = calls.call(id);
        return callForm(model, programs.program(call.programId()), call, AdminForms.of(call, regions), Map.of());
    }

    @PostMapping("/office/calls/{id}/edit")
    String processEditCall(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, Actor actor,
            Model model, RedirectAttributes flash) {
        Call call = calls.call(id);
        Program program = programs.program(call.programId());
        AdminForms f = new AdminForms(form);
        return save(() -> {
            boolean draft = call.status() == CallStatus.DRAFT;
            calls.edit(id, f.version() == null ? -1 : f.version(), f.call(program.id(), regions), f.text("reason"),
                    actor);
            flash.addFlashAttribute("notice", draft ? "admin.callSaved" : "admin.callAmended");
            return draft ? "redirect:/office/calls/" + id + "/edit" : "redirect:/calls/" + id;
        }, errors -> callForm(model, program, call, form, errors));
    }

    @PostMapping("/office/calls/{id}/publish")
    String processPublish(@PathVariable long id, RedirectAttributes flash) {
        try {
            calls.publish(id);
            flash.addFlashAttribute("notice", "admin.published");
            return "redirect:/calls/" + id;
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("failure", String.join(" ", FieldMessages.byField(e.violations(), messages)
                    .values().stream().flatMap(List::stream).toList()));
            return "redirect:/office/calls/" + id + "/edit";
        }
    }

    private String callForm(Model model, Program program, Call call, MultiValueMap<String, String> form,
            Map<String, List<String>> errors) {
        model.addAttribute("program", program);
        model.addAttribute("call", call);
        model.addAttribute("amending", call != null && call.status() != CallStatus.DRAFT);
        model.addAttribute("editable", call == null || call.status() == CallStatus.DRAFT
                || call.amendable(calls.now()));
        model.addAttribute("phase", call == null ? null : call.phase(calls.now()));
        model.addAttribute("amendments", call == null ? List.of() : calls.amendments(call.id()));
        model.addAttribute("form", form);
        model.addAttribute("trackRows", AdminForms.trackRows(form));
        model.addAttribute("shareRows", AdminForms.shareRows(form));
        model.addAttribute("allowedRows", AdminForms.rows(form, "allowedRegions"));
        model.addAttribute("priorityRegionRows", AdminForms.rows(form, "priorityRegions"));
        model.addAttribute("fieldRows", AdminForms.rows(form, "priorityFields"));
        model.addAttribute("documentRows", AdminForms.rows(form, "requiredDocuments"));
        model.addAttribute("sizes", form.getOrDefault("sizeClasses", List.of()));
        model.addAttribute("sizeOptions", kr.jiwon.shared.CompanySize.values());
        model.addAttribute("declarationOptions", kr.jiwon.programs.Declaration.values());
        model.addAttribute("regionNames", regions.names());
        model.addAttribute("fieldNames", fieldNames());
        model.addAttribute("errors", errors);
        return "programs/call-form";
    }

    /** The priority fields programs name, for the typeahead. */
    private List<String> fieldNames() {
        Set<String> names = new LinkedHashSet<>();
        programs.programs().forEach(p -> names.addAll(p.priorityFields().values()));
        return new ArrayList<>(names);
    }

    private String save(Supplier<String> action,
            java.util.function.Function<Map<String, List<String>>, String> again) {
        try {
            return action.get();
        } catch (InvalidInputException e) {
            return again.apply(FieldMessages.byField(e.violations(), messages));
        } catch (OptimisticLockingFailureException e) {
            return again.apply(Map.of("version", List.of(messages.getMessage("admin.stale", null,
                    LocaleContextHolder.getLocale()))));
        }
    }
}
