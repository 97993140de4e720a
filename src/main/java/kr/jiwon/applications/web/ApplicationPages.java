package kr.jiwon.applications.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.jiwon.accounts.CurrentUser;
import kr.jiwon.accounts.Role;
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
import kr.jiwon.shared.FieldViolation;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.RootTechnologies;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
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
    private final Requesters requesters;
    private final MessageSource messages;

    ApplicationPages(ApplicationManagement applications, ApplicationSubmission submission,
                     DocumentManagement documents, CallManagement calls, ProgramManagement programs,
                     CompanyManagement companies, InstituteManagement institutes, RootTechnologies rootTechnologies,
                     Requesters requesters, MessageSource messages) {
        this.applications = applications;
        this.submission = submission;
        this.documents = documents;
        this.calls = calls;
        this.programs = programs;
        this.companies = companies;
        this.institutes = institutes;
        this.rootTechnologies = rootTechnologies;
        this.requesters = requesters;
        this.messages = messages;
    }

    @PostMapping("/calls/{callId}/apply")
    String processApply(@PathVariable long callId, @RequestParam(required = false) String trackCode,
                        Authentication auth, HttpServletRequest req, RedirectAttributes flash) {
        CurrentUser user = requesters.user(auth);
        if (user.role() != Role.APPLICANT) {
            flash.addFlashAttribute("notice", "application.companyUsersOnly");
            return "redirect:/calls/" + callId;
        }
        try {
            Application a = applications.start(user, callId, trackCode, Requesters.actor(user, req));
            return "redirect:/applications/" + a.id() + (a.status() == ApplicationStatus.DRAFT ? "/edit" : "");
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("notice", e.violations().get(0).resolvable());
            return "redirect:/calls/" + callId;
        }
    }

    @GetMapping("/my/applications")
    String showMine(Authentication auth, Model model) {
        CurrentUser user = requesters.user(auth);
        List<Application> mine = applications.mine(user);
        Map<Long, Call> callById = new LinkedHashMap<>();
        mine.forEach(a -> callById.computeIfAbsent(a.callId(), calls::call));
        model.addAttribute("applications", mine);
        model.addAttribute("callById", callById);
        return "applications/mine";
    }

    @GetMapping("/applications/{id}/edit")
    String initEditForm(@PathVariable long id, Authentication auth, HttpServletRequest req, Model model) {
        CurrentUser user = requesters.user(auth);
        Application a = applications.view(user, id, Requesters.actor(user, req));
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
        model.addAttribute("company", companies.company(a.companyId()));
        model.addAttribute("documents", documents.list(user, a.id()));
        model.addAttribute("institutes", institutes.all());
        model.addAttribute("rootTechnologies", rootTechnologies.all());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
    }

    @PostMapping("/applications/{id}")
    String processEditForm(@PathVariable long id, @ModelAttribute("form") DraftForm form, Authentication auth,
                           HttpServletRequest req, Model model, RedirectAttributes flash) {
        CurrentUser user = requesters.user(auth);
        DraftForm.Read read = form.read();
        try {
            applications.write(user, id, read.form(), read.unreadableFields(), Requesters.actor(user, req));
        } catch (DraftConflictException e) {
            return showConflict(user, id, form, e, req, model);
        }
        if (!read.unreadable().isEmpty()) {
            flash.addFlashAttribute("errors", errors(read.unreadable()));
        }
        flash.addFlashAttribute("notice", "application.saved");
        return "redirect:/applications/" + id + "/edit";
    }

    private String showConflict(CurrentUser user, long id, DraftForm mine, DraftConflictException e,
                                HttpServletRequest req, Model model) {
        Application a = applications.view(user, id, Requesters.actor(user, req));
        model.addAttribute("form", mine);
        model.addAttribute("theirs", DraftForm.of(e.current(), mine.submitToken()));
        model.addAttribute("theirsSavedBy", e.savedBy());
        model.addAttribute("theirsSavedAt", e.savedAt());
        fillEditModel(user, a, model);
        return "applications/edit";
    }

    @PostMapping("/applications/{id}/documents")
    String processUpload(@PathVariable long id, @RequestParam("file") MultipartFile file, Authentication auth,
                         HttpServletRequest req, RedirectAttributes flash) throws IOException {
        CurrentUser user = requesters.user(auth);
        if (file.isEmpty()) {
            flash.addFlashAttribute("errors", errors(List.of(new FieldViolation("file", "document.empty", null))));
            return "redirect:/applications/" + id + "/edit#documents";
        }
        try {
            documents.attach(user, id, file.getOriginalFilename(), file.getInputStream(), Requesters.actor(user, req));
            flash.addFlashAttribute("notice", "document.attached");
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("errors", errors(e.violations()));
        }
        return "redirect:/applications/" + id + "/edit#documents";
    }

    @PostMapping("/applications/{id}/documents/{documentId}/delete")
    String processRemoveDocument(@PathVariable long id, @PathVariable long documentId, Authentication auth,
                                 HttpServletRequest req, RedirectAttributes flash) {
        CurrentUser user = requesters.user(auth);
        documents.remove(user, id, documentId, Requesters.actor(user, req));
        flash.addFlashAttribute("notice", "document.removed");
        return "redirect:/applications/" + id + "/edit#documents";
    }

    @GetMapping("/applications/{id}/documents/{documentId}")
    ResponseEntity<InputStreamResource> download(@PathVariable long id, @PathVariable long documentId,
                                                 Authentication auth, HttpServletRequest req) {
        CurrentUser user = requesters.user(auth);
        return Downloads.attachment(documents.download(user, id, documentId, Requesters.actor(user, req)));
    }

    /**
     * Saves the form and submits it in one transaction; the form's one-time token makes a double click return the
     * same receipt.
     */
    @PostMapping("/applications/{id}/submit")
    String processSubmit(@PathVariable long id, @ModelAttribute("form") DraftForm form, Authentication auth,
                         HttpServletRequest req, Model model) {
        CurrentUser user = requesters.user(auth);
        DraftForm.Read read = form.read();
        String token = form.submitToken() == null || form.submitToken().isBlank() ? null : form.submitToken();
        try {
            if (!read.unreadable().isEmpty()) {
                applications.write(user, id, read.form(), read.unreadableFields(), Requesters.actor(user, req));
                throw new InvalidInputException(read.unreadable());
            }
            SubmissionReceipt receipt;
            try {
                receipt = submission.submit(user, id, form.version() == null ? null : read.form(),
                        read.unreadableFields(), token, Requesters.startedAt(req), Requesters.actor(user, req));
            } catch (DraftConflictException e) {
                if (!sameContent(e.current(), read.form())) {
                    return showConflict(user, id, form, e, req, model);
                }
                // what was sent is what is stored (autosave or a double click's twin saved it first): submit that
                receipt = submission.submit(user, id, token, Requesters.startedAt(req), Requesters.actor(user, req));
            }
            return "redirect:/applications/" + receipt.applicationId() + "/receipt";
        } catch (kr.jiwon.applications.IllegalTransitionException e) {
            return "redirect:/applications/" + id;
        } catch (InvalidInputException e) {
            Application a = applications.view(user, id, Requesters.actor(user, req));
            if (a.status() != ApplicationStatus.DRAFT) {
                return "redirect:/applications/" + id;
            }
            if (read.unreadable().isEmpty() && form.version() != null && form.version().equals(a.version())) {
                // the submission was refused, but what the user typed is kept as the draft
                a = applications.write(user, id, read.form(), read.unreadableFields(), Requesters.actor(user, req));
            }
            model.addAttribute("form", new DraftForm(a.version(), form.trackCode(), form.title(), form.bottleneck(),
                    form.technologyFields(), form.rootTechnologies(), form.desiredInstitutes(), form.requestedAmount(),
                    form.durationMonths(), form.ownContribution(), form.contactName(), form.contactPhone(),
                    form.contactEmail(), form.submitToken()));
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
                blankToNull(sent.contactPhone()), blankToNull(sent.contactEmail())));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @GetMapping("/applications/{id}")
    String showApplication(@PathVariable long id, Authentication auth, HttpServletRequest req, Model model) {
        CurrentUser user = requesters.user(auth);
        Application a = applications.view(user, id, Requesters.actor(user, req));
        Call call = calls.call(a.callId());
        model.addAttribute("app", a);
        model.addAttribute("call", call);
        model.addAttribute("program", programs.program(call.programId()));
        model.addAttribute("company", companies.company(a.companyId()));
        model.addAttribute("documents", documents.list(user, id));
        model.addAttribute("owner", user.role() == Role.APPLICANT);
        model.addAttribute("trackName", call.track(a.trackCode()).map(kr.jiwon.programs.Track::name)
                .orElse(a.trackCode()));
        model.addAttribute("canWithdraw", user.role() == Role.APPLICANT && a.status() == ApplicationStatus.SUBMITTED
                && call.acceptsWithdrawal(calls.now()));
        model.addAttribute("canReopen", user.role() == Role.APPLICANT && a.status() == ApplicationStatus.WITHDRAWN
                && call.isOpen(calls.now()));
        return "applications/show";
    }

    @GetMapping("/applications/{id}/receipt")
    String showReceipt(@PathVariable long id, Authentication auth, HttpServletRequest req, Model model) {
        CurrentUser user = requesters.user(auth);
        Application a = applications.view(user, id, Requesters.actor(user, req));
        if (a.receiptNumber() == null) {
            return "redirect:/applications/" + id;
        }
        Call call = calls.call(a.callId());
        model.addAttribute("app", a);
        model.addAttribute("call", call);
        model.addAttribute("program", programs.program(call.programId()));
        model.addAttribute("company", companies.company(a.companyId()));
        model.addAttribute("documents", documents.list(user, id));
        return "applications/receipt";
    }

    @PostMapping("/applications/{id}/withdraw")
    String processWithdraw(@PathVariable long id, @RequestParam(required = false) String reason,
                           @RequestParam(defaultValue = "false") boolean confirmed, Authentication auth,
                           HttpServletRequest req, RedirectAttributes flash) {
        CurrentUser user = requesters.user(auth);
        if (!confirmed) {
            flash.addFlashAttribute("notice", "show.withdrawConfirmNeeded");
            return "redirect:/applications/" + id;
        }
        try {
            submission.withdraw(user, id, reason, Requesters.actor(user, req));
            flash.addFlashAttribute("notice", "application.withdrawn");
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("notice", e.violations().get(0).resolvable());
        }
        return "redirect:/applications/" + id;
    }

    @PostMapping("/applications/{id}/reopen")
    String processReopen(@PathVariable long id, Authentication auth, HttpServletRequest req,
                         RedirectAttributes flash) {
        CurrentUser user = requesters.user(auth);
        try {
            submission.reopen(user, id, Requesters.actor(user, req));
            return "redirect:/applications/" + id + "/edit";
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("notice", e.violations().get(0).resolvable());
            return "redirect:/applications/" + id;
        }
    }

    private Map<String, List<String>> errors(List<FieldViolation> violations) {
        return kr.jiwon.shared.FieldMessages.byField(violations, messages);
    }
}
