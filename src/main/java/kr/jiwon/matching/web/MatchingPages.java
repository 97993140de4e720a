package kr.jiwon.matching.web;

import kr.jiwon.matching.InstituteRequests;
import kr.jiwon.programs.CallManagement;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.CurrentUser;
import kr.jiwon.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages of the institute workflow: the coordinator's requests, and the officer's queue with override. */
@Controller
class MatchingPages {

    private final InstituteRequests requests;
    private final MatchingWorkflow workflow;
    private final CallManagement calls;

    private final org.springframework.context.MessageSource messages;

    MatchingPages(InstituteRequests requests, MatchingWorkflow workflow, CallManagement calls,
            org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.requests = requests;
        this.workflow = workflow;
        this.calls = calls;
    }

    @GetMapping("/institute/requests")
    String showRequests(@RequestParam(required = false) kr.jiwon.matching.OfferStatus status, CurrentUser user,
            Model model) {
        model.addAttribute("offers", workflow.forInstitute(user, status));
        model.addAttribute("status", status);
        java.util.Map<String, Long> counts = new java.util.HashMap<>();
        java.util.Arrays.stream(kr.jiwon.matching.OfferStatus.values()).forEach(s -> counts.put(s.name(), 0L));
        requests.forInstitute(workflow.instituteOf(user)).forEach(o -> counts.merge(o.status().name(), 1L, Long::sum));
        model.addAttribute("counts", counts);
        return "matching/requests";
    }

    @PostMapping("/institute/requests/{offerId}/accept")
    String processAccept(@PathVariable long offerId, CurrentUser user, Actor actor, RedirectAttributes flash) {
        var offer = requests.accept(workflow.instituteOf(user), offerId, actor);
        flash.addFlashAttribute("success", new org.springframework.context.support.DefaultMessageSourceResolvable(
                new String[]{"requests.acceptedDone"}, new Object[]{workflow.view(offer).applicationTitle()}));
        return "redirect:/institute/requests";
    }

    @PostMapping("/institute/requests/{offerId}/decline")
    String processDecline(@PathVariable long offerId, @RequestParam(required = false) String reason,
            CurrentUser user, Actor actor, RedirectAttributes flash) {
        try {
            var offer = requests.decline(workflow.instituteOf(user), offerId, reason, actor);
            flash.addFlashAttribute("success", new org.springframework.context.support.DefaultMessageSourceResolvable(
                    new String[]{"requests.declinedDone"}, new Object[]{workflow.view(offer).applicationTitle()}));
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("notice", e.violations().get(0).resolvable());
        }
        return "redirect:/institute/requests";
    }

    @GetMapping("/office/calls/{callId}/matching")
    String showQueue(@PathVariable long callId, Model model) {
        model.addAttribute("call", calls.call(callId));
        model.addAttribute("offers", requests.queue(callId).stream().map(workflow::view).toList());
        return "matching/queue";
    }

    /** The queue as Excel or CSV, for the officer who keeps the file. */
    @GetMapping({"/office/calls/{callId}/matching.xlsx", "/office/calls/{callId}/matching.csv"})
    org.springframework.http.ResponseEntity<byte[]> downloadQueue(@PathVariable long callId,
            jakarta.servlet.http.HttpServletRequest request) {
        calls.call(callId);
        var table = workflow.queueTable(callId, messages);
        return kr.jiwon.shared.web.Downloads.sheet(request, "matching-" + callId, table, "연구기관 배정");
    }

    @PostMapping("/office/applications/{id}/matching/override")
    String processOverride(@PathVariable long id, @RequestParam long callId, @RequestParam String institute,
            @RequestParam(required = false) String reason, Actor actor, RedirectAttributes flash) {
        try {
            requests.override(id, institute.strip(), reason, actor);
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("notice", e.violations().get(0).resolvable());
        }
        return "redirect:/office/calls/" + callId + "/matching";
    }
}
