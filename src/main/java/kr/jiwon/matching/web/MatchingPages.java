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
    private final kr.jiwon.matching.CallAssignment assignment;
    private final kr.jiwon.institutes.InstituteManagement institutes;
    private final kr.jiwon.audit.AuditLog audit;

    private final org.springframework.context.MessageSource messages;

    MatchingPages(InstituteRequests requests, MatchingWorkflow workflow, CallManagement calls,
            org.springframework.context.MessageSource messages, kr.jiwon.matching.CallAssignment assignment,
            kr.jiwon.institutes.InstituteManagement institutes, kr.jiwon.audit.AuditLog audit) {
        this.assignment = assignment;
        this.institutes = institutes;
        this.audit = audit;
        this.messages = messages;
        this.requests = requests;
        this.workflow = workflow;
        this.calls = calls;
    }

    @GetMapping("/institute/requests")
    String showRequests(@RequestParam(required = false) kr.jiwon.matching.OfferStatus status, CurrentUser user,
            Model model) {
        var offers = workflow.forInstitute(user, status);
        kr.jiwon.shared.web.PersonalData.shown(offers.size());
        model.addAttribute("offers", offers);
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
                new String[]{"requests.acceptedDone"}, new Object[]{workflow.applicationTitle(offer)}));
        return "redirect:/institute/requests";
    }

    @PostMapping("/institute/requests/{offerId}/decline")
    String processDecline(@PathVariable long offerId, @RequestParam(required = false) String reason,
            CurrentUser user, Actor actor, RedirectAttributes flash) {
        try {
            var offer = requests.decline(workflow.instituteOf(user), offerId, reason, actor);
            flash.addFlashAttribute("success", new org.springframework.context.support.DefaultMessageSourceResolvable(
                    new String[]{"requests.declinedDone"}, new Object[]{workflow.applicationTitle(offer)}));
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("notice", e.violations().get(0).resolvable());
        }
        return "redirect:/institute/requests";
    }

    @GetMapping("/office/calls/{callId}/matching")
    String showQueue(@PathVariable long callId, Model model) {
        model.addAttribute("call", calls.call(callId));
        var offers = requests.queue(callId).stream().map(workflow::view).toList();
        kr.jiwon.shared.web.PersonalData.shown(offers.size());
        model.addAttribute("offers", offers);
        model.addAttribute("lastPlan", requests.lastPlan(callId).orElse(null));
        // what the officer may type in "직접 배정": every institute by its short name, with its name as the hint
        model.addAttribute("institutes", institutes.all());
        return "matching/queue";
    }

    /** The optimal assignment beside the live (arrival-order) queue, with a choice per request to adjust it. */
    @GetMapping("/office/calls/{callId}/matching/plan")
    String showPlan(@PathVariable long callId, Model model) {
        model.addAttribute("call", calls.call(callId));
        model.addAttribute("plan", assignment.plan(callId, PLAN_SECONDS));
        model.addAttribute("lastPlan", requests.lastPlan(callId).orElse(null));
        return "matching/plan";
    }

    static final double PLAN_SECONDS = 10;

    /** The officer sets an institute's capacity where its load is seen, and comes back to the plan. */
    @PostMapping("/office/calls/{callId}/matching/capacity")
    String processCapacity(@PathVariable long callId, @RequestParam String institute,
            @RequestParam(required = false) String capacity, CurrentUser user, Actor actor, RedirectAttributes flash) {
        calls.call(callId);
        try {
            Integer value = capacity == null || !capacity.strip().matches("\\d{1,4}")
                    ? null
                    : Integer.valueOf(capacity.strip());
            var saved = institutes.setCapacity(institute, value, user.username());
            audit.recordChange(actor, "INSTITUTE_CAPACITY", "INSTITUTE", saved.id(), String.valueOf(saved.capacity()));
            flash.addFlashAttribute("success", new org.springframework.context.support.DefaultMessageSourceResolvable(
                    new String[]{"matchingPlan.capacitySet"}, new Object[]{saved.shortName(), saved.capacity()}));
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("notice", e.violations().get(0).resolvable());
        }
        return "redirect:/office/calls/" + callId + "/matching/plan";
    }

    /**
     * Applies the plan as the officer left it: {@code plan-<application>-<n>} is the n-th institute chosen for the
     * request (empty: leave it as it is), {@code proposed-<application>} what the optimiser proposed.
     */
    @PostMapping("/office/calls/{callId}/matching/plan")
    String processPlan(@PathVariable long callId,
            @RequestParam org.springframework.util.MultiValueMap<String, String> form, Actor actor,
            RedirectAttributes flash) {
        java.util.Map<Long, java.util.List<String>> plan = new java.util.LinkedHashMap<>();
        java.util.Map<Long, java.util.List<String>> proposed = new java.util.LinkedHashMap<>();
        form.forEach((name, values) -> {
            java.util.regex.Matcher m = PLAN_FIELD.matcher(name);
            if (m.matches()) {
                plan.computeIfAbsent(Long.parseLong(m.group(1)), k -> new java.util.ArrayList<>()).addAll(values);
            }
            java.util.regex.Matcher p = PROPOSED_FIELD.matcher(name);
            if (p.matches() && !values.isEmpty()) {
                proposed.put(Long.parseLong(p.group(1)), java.util.Arrays.stream(values.get(0).split(","))
                        .map(String::strip).filter(x -> !x.isEmpty()).toList());
            }
        });
        try {
            var applied = requests.applyPlan(callId, plan, proposed, actor);
            flash.addFlashAttribute("success", new org.springframework.context.support.DefaultMessageSourceResolvable(
                    new String[]{"matchingPlan.applied"}, new Object[]{applied.offered(), applied.withdrawn(),
                            applied.kept(), applied.adjusted()}));
            return "redirect:/office/calls/" + callId + "/matching";
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("problems", e.violations().stream().map(v -> v.resolvable()).toList());
            return "redirect:/office/calls/" + callId + "/matching/plan";
        }
    }

    private static final java.util.regex.Pattern PLAN_FIELD = java.util.regex.Pattern
            .compile("plan-(\\d{1,18})-\\d{1,2}");
    private static final java.util.regex.Pattern PROPOSED_FIELD = java.util.regex.Pattern
            .compile("proposed-(\\d{1,18})");

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
            var decided = requests.override(id, institute.strip(), reason, actor);
            flash.addFlashAttribute("success", new org.springframework.context.support.DefaultMessageSourceResolvable(
                    new String[]{"matchingQueue.overridden"},
                    new Object[]{workflow.applicationTitle(decided), decided.institute()}));
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("notice", e.violations().get(0).resolvable());
        }
        return "redirect:/office/calls/" + callId + "/matching";
    }
}
