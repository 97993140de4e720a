package kr.jiwon.applications.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.jiwon.applications.Application;
import kr.jiwon.applications.ApplicationManagement;
import kr.jiwon.applications.ApplicationStatus;
import kr.jiwon.applications.ApplicationSubmission;
import kr.jiwon.applications.DocumentManagement;
import kr.jiwon.applications.DraftConflictException;
import kr.jiwon.applications.SubmissionReceipt;
import kr.jiwon.companies.CompanyManagement;
import kr.jiwon.institutes.InstituteManagement;
import kr.jiwon.programs.Call;
import kr.jiwon.programs.CallManagement;
import kr.jiwon.programs.ProgramManagement;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.CurrentUser;
import kr.jiwon.shared.FieldViolation;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.Role;
import kr.jiwon.shared.RootTechnologies;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The applicant's pages: start, write (autosaved), attach, submit, receipt, withdraw; Post/Redirect/Get. */
@Controller
class ApplicationPages {

    private final ApplicationManagement applications;
    private final ApplicationSubmission submission;
    private final DocumentManagement documents;
    private final CallManagement calls;
    private final ProgramManagement programs;
    private final CompanyManagement companies;
    private final InstituteManagement institutes;
    private final RootTechnologies rootTechnologies;
    private final MessageSource messages;

    private final kr.jiwon.applications.TimelineRows timelineRows;
    private final kr.jiwon.shared.Regions regions;

    /**
     * A step of the guided form with the fields it holds; a rejection of a field counts against its step (one that
     * names no field of the form — the call, the company — against the last).
     */
    public record FormStep(String id, List<String> fields, int missing) {

        static final List<FormStep> ALL = List.of(
                new FormStep("company", List.of("contactName", "contactPhone", "contactEmail", "company"), 0),
                new FormStep("project", List.of("trackCode", "title", "bottleneck", "technologyFields",
                        "rootTechnologies", "desiredInstitutes"), 0),
                new FormStep("money", List.of("requestedAmount", "durationMonths", "ownContribution", "ownCash"), 0),
                new FormStep("documents", List.of("documents", "file"), 0),
                new FormStep("review", List.of(), 0));

        FormStep count(Map<String, List<String>> missing) {
            int n = fields.stream().mapToInt(f -> missing.getOrDefault(f, List.of()).size()).sum();
            if (id.equals("review")) {
                n = missing.entrySet().stream()
                        .filter(e -> ALL.stream().noneMatch(s -> s.fields().contains(e.getKey())))
                        .mapToInt(e -> e.getValue().size()).sum();
            }
            return new FormStep(id, fields, n);
        }
    }

    ApplicationPages(ApplicationManagement applications, ApplicationSubmission submission,
            DocumentManagement documents, CallManagement calls, ProgramManagement programs,
            CompanyManagement companies, InstituteManagement institutes, RootTechnologies rootTechnologies,
            MessageSource messages, kr.jiwon.applications.TimelineRows timelineRows, kr.jiwon.shared.Regions regions) {
        this.regions = regions;
        this.timelineRows = timelineRows;
        this.applications = applications;
        this.submission = submission;
        this.documents = documents;
        this.calls = calls;
        this.programs = programs;
        this.companies = companies;
        this.institutes = institutes;
        this.rootTechnologies = rootTechnologies;
        this.messages = messages;
    }

    @PostMapping("/calls/{callId}/apply")
    String processApply(@PathVariable long callId, @RequestParam(required = false) String trackCode,
            CurrentUser user, Actor actor, RedirectAttributes flash) {
        if (user.role() != Role.APPLICANT) {
            flash.addFlashAttribute("notice", "application.companyUsersOnly");
            return "redirect:/calls/" + callId;
        }
        try {
            Application a = applications.start(user, callId, trackCode, actor);
            return "redirect:/applications/" + a.id() + (a.status() == ApplicationStatus.DRAFT ? "/edit" : "");
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("notice", e.violations().get(0).resolvable());
            return "redirect:/calls/" + callId;
        }
    }

    @GetMapping("/my/applications")
    String showMine(CurrentUser user, Model model) {
        List<Application> mine = applications.mine(user);
        Map<Long, Call> callById = new LinkedHashMap<>();
        mine.forEach(a -> callById.computeIfAbsent(a.callId(), calls::call));
        model.addAttribute("applications", mine);
        model.addAttribute("callById", callById);
        Map<Long, String> current = new LinkedHashMap<>();
        mine.forEach(a -> current.put(a.id(), timelineRows.current(timelineRows.of(a))
                .map(kr.jiwon.applications.TimelineRows.Row::html).orElse(null)));
        model.addAttribute("currentStep", current);
        return "applications/mine";
    }

    @GetMapping("/applications/{id}/edit")
    String initEditForm(@PathVariable long id, CurrentUser user, Actor actor, Model model) {
        Application a = applications.view(user, id, actor);
        if (a.status() != ApplicationStatus.DRAFT) {
            return "redirect:/applications/" + id;
        }
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", DraftForm.of(a.toForm(), UUID.randomUUID().toString()));
        }
        fillEditModel(user, a, model);
        return "applications/edit";
    }

    private void fillEditModel(CurrentUser user, Application a, Model model) {
        Call call = calls.call(a.callId());
        model.addAttribute("app", a);
        model.addAttribute("call", call);
        model.addAttribute("program", programs.program(call.programId()));
        var company = companies.company(a.companyId());
        model.addAttribute("company", company);
        var files = documents.list(user, a.id());
        model.addAttribute("documents", files);
        Map<String, List<kr.jiwon.applications.ApplicationDocument>> bySlot = new java.util.LinkedHashMap<>();
        call.notice().requiredDocuments().values().forEach(d -> bySlot.put(d, files.stream()
                .filter(f -> d.equals(f.slot())).toList()));
        model.addAttribute("slotDocuments", bySlot);
        model.addAttribute("otherDocuments", files.stream().filter(f -> !bySlot.containsKey(f.slot())).toList());
        model.addAttribute("institutes", institutes.all());
        model.addAttribute("rootTechnologies", rootTechnologies.all());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        // the pre-submit checklist: what the stored draft would be refused for now, and per step how much is left
        Map<String, List<String>> missing = kr.jiwon.shared.FieldMessages.byField(submission.precheck(a),
                messages);
        model.addAttribute("missing", missing);
        Map<String, List<String>> missingHtml = new java.util.LinkedHashMap<>();
        missing.forEach((field, texts) -> missingHtml.put(field, texts.stream()
                .map(kr.jiwon.shared.web.Formats::quoted).toList()));
        model.addAttribute("missingHtml", missingHtml);
        model.addAttribute("missingLabels", FormFieldLabels.of(missing.keySet(), messages));
        model.addAttribute("missingCount", missing.values().stream().mapToInt(List::size).sum());
        model.addAttribute("steps", FormStep.ALL.stream().map(s -> s.count(missing)).toList());
        model.addAttribute("regionName", regions.nameOf(company.regionCode()));
        model.addAttribute("selectedTrack", call.track(a.trackCode()).orElse(call.tracks().isEmpty()
                ? null
                : call.tracks().get(0)));
    }

    @PostMapping("/applications/{id}")
    String processEditForm(@PathVariable long id, @ModelAttribute("form") DraftForm form, CurrentUser user, Actor actor,
            HttpServletRequest req, Model model, RedirectAttributes flash) {
        DraftForm.Read read = form.read();
        try {
            applications.write(user, id, read.form(), read.unreadableFields(), actor);
        } catch (DraftConflictException e) {
            return showConflict(user, id, form, e, actor, model);
        }
        if (!read.unreadable().isEmpty()) {
            flash.addFlashAttribute("errors", errors(read.unreadable()));
        }
        flash.addFlashAttribute("notice", "application.saved");
        return "redirect:/applications/" + id + "/edit";
    }

    private String showConflict(CurrentUser user, long id, DraftForm mine, DraftConflictException e, Actor actor,
            Model model) {
        Application a = applications.view(user, id, actor);
        model.addAttribute("form", mine);
        model.addAttribute("theirs", DraftForm.of(e.current(), mine.submitToken()));
        model.addAttribute("theirsSavedBy", e.savedBy());
        model.addAttribute("theirsSavedAt", e.savedAt());
        fillEditModel(user, a, model);
        return "applications/edit";
    }

    /**
     * Saves the form and submits it in one transaction; the form's one-time token makes a double click return the
     * same receipt.
     */
    @PostMapping("/applications/{id}/submit")
    String processSubmit(@PathVariable long id, @ModelAttribute("form") DraftForm form, CurrentUser user, Actor actor,
            HttpServletRequest req, Model model) {
        DraftForm.Read read = form.read();
        String token = form.submitToken() == null || form.submitToken().isBlank() ? null : form.submitToken();
        try {
            if (!read.unreadable().isEmpty()) {
                applications.write(user, id, read.form(), read.unreadableFields(), actor);
                throw new InvalidInputException(read.unreadable());
            }
            SubmissionReceipt receipt;
            try {
                receipt = submission.submit(user, id, form.version() == null ? null : read.form(),
                        read.unreadableFields(), token, RequestStartFilter.startedAt(req), actor);
            } catch (DraftConflictException e) {
                if (!sameContent(e.current(), read.form())) {
                    return showConflict(user, id, form, e, actor, model);
                }
                // what was sent is what is stored (autosave or a double click's twin saved it first): submit that
                receipt = submission.submit(user, id, token, RequestStartFilter.startedAt(req), actor);
            }
            return "redirect:/applications/" + receipt.applicationId() + "/receipt";
        } catch (kr.jiwon.applications.IllegalTransitionException e) {
            return "redirect:/applications/" + id;
        } catch (InvalidInputException e) {
            Application a = applications.view(user, id, actor);
            if (a.status() != ApplicationStatus.DRAFT) {
                return "redirect:/applications/" + id;
            }
            if (read.unreadable().isEmpty() && form.version() != null && form.version().equals(a.version())) {
                // the submission was refused, but what the user typed is kept as the draft
                a = applications.write(user, id, read.form(), read.unreadableFields(), actor);
            }
            model.addAttribute("form", new DraftForm(a.version(), form.trackCode(), form.title(), form.bottleneck(),
                    form.technologyFields(), form.rootTechnologies(), form.desiredInstitutes(), form.requestedAmount(),
                    form.durationMonths(), form.ownContribution(), form.contactName(), form.contactPhone(),
                    form.contactEmail(), form.declarations(), form.ownCash(), form.submitToken()));
            model.addAttribute("errors", errors(e.violations()));
            fillEditModel(user, a, model);
            return "applications/edit";
        }
    }

    private static boolean sameContent(kr.jiwon.applications.ApplicationForm stored,
            kr.jiwon.applications.ApplicationForm sent) {
        return stored.equals(new kr.jiwon.applications.ApplicationForm(stored.version(), sent.trackCode(),
                sent.title() == null ? "" : sent.title().strip(), sent.bottleneck() == null ? "" : sent.bottleneck(),
                sent.technologyFields(), sent.rootTechnologies(), sent.desiredInstitutes(), sent.requestedAmount(),
                sent.durationMonths(), sent.ownContribution(), blankToNull(sent.contactName()),
                blankToNull(sent.contactPhone()), blankToNull(sent.contactEmail()), sent.declarations(),
                sent.ownCash()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private Map<String, List<String>> errors(List<FieldViolation> violations) {
        return kr.jiwon.shared.FieldMessages.byField(violations, messages);
    }
}
