package kr.jiwon.applications.web;

import jakarta.servlet.http.HttpServletRequest;
import kr.jiwon.accounts.CurrentUser;
import kr.jiwon.applications.ApplicationScreening;
import kr.jiwon.applications.ApplicationStatus;
import kr.jiwon.applications.ScreeningFilter;
import kr.jiwon.programs.CallFilter;
import kr.jiwon.programs.CallManagement;
import kr.jiwon.shared.InvalidInputException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The officer's pages: calls to screen, a call's submissions with filters, status changes, Excel export. */
@Controller
class OfficePages {

    private final ApplicationScreening screening;
    private final CallManagement calls;
    private final Requesters requesters;

    OfficePages(ApplicationScreening screening, CallManagement calls, Requesters requesters) {
        this.screening = screening;
        this.calls = calls;
        this.requesters = requesters;
    }

    @GetMapping("/office")
    String showOffice(Model model) {
        model.addAttribute("calls", calls.calls(new CallFilter(null, false, null, null, true)));
        model.addAttribute("now", calls.now());
        return "office/index";
    }

    @GetMapping("/office/calls/{callId}/applications")
    String showScreening(@PathVariable long callId, @RequestParam(required = false) ApplicationStatus status,
                         @RequestParam(required = false) String track, @RequestParam(required = false) String region,
                         @RequestParam(required = false) Boolean declineArea,
                         @RequestParam(required = false) String field, Authentication auth, HttpServletRequest req,
                         Model model) {
        CurrentUser user = requesters.user(auth);
        ScreeningFilter filter = new ScreeningFilter(status, track, region, declineArea, field);
        model.addAttribute("call", calls.call(callId));
        model.addAttribute("rows", screening.list(user, callId, filter, Requesters.actor(user, req)));
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", ApplicationStatus.values());
        return "office/screening";
    }

    @PostMapping("/office/applications/{id}/status")
    String processStatus(@PathVariable long id, @RequestParam long callId, @RequestParam ApplicationStatus status,
                         @RequestParam(required = false) String reason, Authentication auth, HttpServletRequest req,
                         RedirectAttributes flash) {
        CurrentUser user = requesters.user(auth);
        try {
            screening.changeStatus(user, id, status, reason, Requesters.actor(user, req));
            flash.addFlashAttribute("notice", "screening.changed");
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("notice", e.violations().get(0).messageKey());
        }
        return "redirect:/office/calls/" + callId + "/applications";
    }
}
