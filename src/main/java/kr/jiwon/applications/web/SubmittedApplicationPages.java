package kr.jiwon.applications.web;

import kr.jiwon.applications.Application;
import kr.jiwon.applications.ApplicationManagement;
import kr.jiwon.applications.ApplicationStatus;
import kr.jiwon.applications.ApplicationSubmission;
import kr.jiwon.applications.DocumentManagement;
import kr.jiwon.companies.CompanyManagement;
import kr.jiwon.programs.Call;
import kr.jiwon.programs.CallManagement;
import kr.jiwon.programs.ProgramManagement;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.CurrentUser;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A handed-in application: its page with history, the receipt, and withdrawing (with confirmation) or reopening. */
@Controller
class SubmittedApplicationPages {

    private final ApplicationManagement applications;
    private final ApplicationSubmission submission;
    private final DocumentManagement documents;
    private final CallManagement calls;
    private final ProgramManagement programs;
    private final CompanyManagement companies;

    private final kr.jiwon.applications.TimelineRows timeline;
    private final kr.jiwon.applications.Supplements supplements;

    SubmittedApplicationPages(ApplicationManagement applications, ApplicationSubmission submission,
            DocumentManagement documents, CallManagement calls, ProgramManagement programs,
            CompanyManagement companies, kr.jiwon.applications.TimelineRows timeline,
            kr.jiwon.applications.Supplements supplements) {
        this.timeline = timeline;
        this.supplements = supplements;
        this.applications = applications;
        this.submission = submission;
        this.documents = documents;
        this.calls = calls;
        this.programs = programs;
        this.companies = companies;
    }

    @GetMapping("/applications/{id}")
    String showApplication(@PathVariable long id, CurrentUser user, Actor actor, Model model) {
        Application a = applications.view(user, id, actor);
        Call call = calls.call(a.callId());
        model.addAttribute("app", a);
        model.addAttribute("call", call);
        model.addAttribute("program", programs.program(call.programId()));
        model.addAttribute("company", companies.company(a.companyId()));
        var docs = documents.list(user, id);
        model.addAttribute("documents", docs.stream().filter(d -> !d.isSupplement()).toList());
        model.addAttribute("owner", user.role() == Role.APPLICANT);
        supplementModel(user, a, call, docs, model);
        model.addAttribute("trackName", call.track(a.trackCode()).map(kr.jiwon.programs.Track::name)
                .orElse(a.trackCode()));
        model.addAttribute("canWithdraw", user.role() == Role.APPLICANT && a.status() == ApplicationStatus.SUBMITTED
                && call.acceptsWithdrawal(calls.now()));
        model.addAttribute("timeline", timeline.of(a));
        model.addAttribute("canReopen", user.role() == Role.APPLICANT && a.status() == ApplicationStatus.WITHDRAWN
                && call.isOpen(calls.now()));
        return "applications/show";
    }

    /**
     * 보완 요청: the requests with their files, whether the company may still answer the latest, and whether an
     * officer may ask (during 요건검토, for an application awaiting it, when none is open), with a default deadline
     * five days ahead at 18:00.
     */
    private void supplementModel(CurrentUser user, Application a, Call call,
            java.util.List<kr.jiwon.applications.ApplicationDocument> docs, Model model) {
        var asked = supplements.of(user, a.id());
        java.time.Instant now = calls.now();
        var last = asked.isEmpty() ? null : asked.get(asked.size() - 1);
        boolean open = last != null && last.acceptsAnswer(now);
        model.addAttribute("supplements", asked);
        model.addAttribute("supplementNow", now);
        model.addAttribute("supplementDocs",
                docs.stream().filter(kr.jiwon.applications.ApplicationDocument::isSupplement)
                        .collect(java.util.stream.Collectors.groupingBy(
                                kr.jiwon.applications.ApplicationDocument::supplementRequestId)));
        model.addAttribute("answerable", open && user.role() == Role.APPLICANT ? last : null);
        model.addAttribute("canRequestSupplement", user.isOffice() && !open && a.status().awaitsScreening()
                && call.screeningOpen(now));
        model.addAttribute("requiredDocuments", call.notice().requiredDocuments());
        if (!model.containsAttribute("supplementDue")) {
            model.addAttribute("supplementDue", kr.jiwon.shared.SeoulTime.toLocal(now).toLocalDate().plusDays(5)
                    .atTime(18, 0));
        }
    }

    @GetMapping("/applications/{id}/receipt")
    String showReceipt(@PathVariable long id, CurrentUser user, Actor actor, Model model) {
        Application a = applications.view(user, id, actor);
        if (a.receiptNumber() == null) {
            return "redirect:/applications/" + id;
        }
        Call call = calls.call(a.callId());
        model.addAttribute("app", a);
        model.addAttribute("call", call);
        model.addAttribute("program", programs.program(call.programId()));
        model.addAttribute("company", companies.company(a.companyId()));
        model.addAttribute("documents", documents.list(user, id));
        model.addAttribute("timeline", timeline.of(a));
        return "applications/receipt";
    }

    @PostMapping("/applications/{id}/withdraw")
    String processWithdraw(@PathVariable long id, @RequestParam(required = false) String reason,
            @RequestParam(defaultValue = "false") boolean confirmed, CurrentUser user, Actor actor,
            RedirectAttributes flash) {
        if (!confirmed) {
            flash.addFlashAttribute("notice", "show.withdrawConfirmNeeded");
            return "redirect:/applications/" + id;
        }
        try {
            submission.withdraw(user, id, reason, actor);
            flash.addFlashAttribute("notice", "application.withdrawn");
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("notice", e.violations().get(0).resolvable());
        }
        return "redirect:/applications/" + id;
    }

    @PostMapping("/applications/{id}/reopen")
    String processReopen(@PathVariable long id, CurrentUser user, Actor actor,
            RedirectAttributes flash) {
        try {
            submission.reopen(user, id, actor);
            return "redirect:/applications/" + id + "/edit";
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("notice", e.violations().get(0).resolvable());
            return "redirect:/applications/" + id;
        }
    }
}
