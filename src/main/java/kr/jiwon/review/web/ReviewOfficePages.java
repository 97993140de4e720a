package kr.jiwon.review.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import kr.jiwon.audit.Actor;
import kr.jiwon.programs.CallManagement;
import kr.jiwon.review.AssignmentCsv;
import kr.jiwon.review.AssignmentOutcome;
import kr.jiwon.review.ConflictCheck;
import kr.jiwon.review.NewReviewer;
import kr.jiwon.review.ReviewPanel;
import kr.jiwon.review.ReviewPlan;
import kr.jiwon.review.ReviewPlanning;
import kr.jiwon.review.Reviewer;
import kr.jiwon.review.ReviewerAssignment;
import kr.jiwon.review.ReviewerPool;
import kr.jiwon.review.ScoreAggregation;
import kr.jiwon.review.Scoring;
import kr.jiwon.shared.FieldMessages;
import kr.jiwon.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The officer's review pages: the reviewer pool, and per call the plan, panel, conflicts, assignment, scoring. */
@Controller
class ReviewOfficePages {

    private final ReviewerPool pool;
    private final ReviewPanel panel;
    private final ReviewPlanning planning;
    private final ConflictCheck conflicts;
    private final ReviewerAssignment assignment;
    private final AssignmentCsv csv;
    private final Scoring scoring;
    private final ScoreAggregation aggregation;
    private final CallManagement calls;
    private final MessageSource messages;

    ReviewOfficePages(ReviewerPool pool, ReviewPanel panel, ReviewPlanning planning, ConflictCheck conflicts,
                      ReviewerAssignment assignment, AssignmentCsv csv, Scoring scoring,
                      ScoreAggregation aggregation, CallManagement calls, MessageSource messages) {
        this.pool = pool;
        this.panel = panel;
        this.planning = planning;
        this.conflicts = conflicts;
        this.assignment = assignment;
        this.csv = csv;
        this.scoring = scoring;
        this.aggregation = aggregation;
        this.calls = calls;
        this.messages = messages;
    }

    static Actor actor(Authentication auth, HttpServletRequest req) {
        return Actor.from(auth, req.getRemoteAddr());
    }

    @GetMapping("/office/reviewers")
    String showPool(Model model) {
        model.addAttribute("reviewers", pool.all());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        return "review/reviewers";
    }

    @PostMapping("/office/reviewers")
    String processRegister(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String email,
                           @RequestParam(defaultValue = "") String affiliation,
                           @RequestParam(defaultValue = "") String affiliationBrns,
                           @RequestParam(defaultValue = "") String instituteCodes,
                           @RequestParam(defaultValue = "") String expertiseFields,
                           @RequestParam(defaultValue = "") String regionCode,
                           @RequestParam(defaultValue = "") String accountUsername,
                           Authentication auth, HttpServletRequest req, RedirectAttributes flash) {
        try {
            pool.register(new NewReviewer(name, email, affiliation, list(affiliationBrns), list(instituteCodes),
                    list(expertiseFields), regionCode, accountUsername), actor(auth, req));
            flash.addFlashAttribute("notice", "reviewers.registered");
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("errors", FieldMessages.byField(e.violations(), messages));
            flash.addFlashAttribute("form", Map.of("name", name, "email", email, "affiliation", affiliation,
                    "affiliationBrns", affiliationBrns, "instituteCodes", instituteCodes,
                    "expertiseFields", expertiseFields, "regionCode", regionCode, "accountUsername",
                    accountUsername));
        }
        return "redirect:/office/reviewers";
    }

    @PostMapping("/office/reviewers/{id}/conflicts")
    String processDeclare(@PathVariable long id, @RequestParam(defaultValue = "") String target,
                          @RequestParam(defaultValue = "") String reason, Authentication auth,
                          HttpServletRequest req, RedirectAttributes flash) {
        attempt(flash, () -> pool.declareConflict(id, target, reason, actor(auth, req)));
        return "redirect:/office/reviewers";
    }

    @PostMapping("/office/reviewers/{id}/joint-projects")
    String processJointProject(@PathVariable long id, @RequestParam(defaultValue = "") String partnerBrn,
                               @RequestParam(defaultValue = "") String title,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                               LocalDate endedOn, Authentication auth, HttpServletRequest req,
                               RedirectAttributes flash) {
        attempt(flash, () -> pool.addJointProject(id, partnerBrn, title, endedOn, actor(auth, req)));
        return "redirect:/office/reviewers";
    }

    @GetMapping("/office/calls/{callId}/review")
    String showReview(@PathVariable long callId, @RequestParam(required = false) Long check, Model model) {
        fill(callId, model);
        if (check != null) {
            model.addAttribute("checked", pool.reviewer(check));
            model.addAttribute("checkRows", conflicts.check(callId, check));
        }
        return "review/call";
    }

    @PostMapping("/office/calls/{callId}/review/plan")
    String processPlan(@PathVariable long callId, @RequestParam(defaultValue = "0") int k,
                       @RequestParam(defaultValue = "0") int maxLoad, @RequestParam(defaultValue = "") String criteria,
                       @RequestParam(defaultValue = "") String bonuses,
                       @RequestParam(required = false) String declineBonus,
                       @RequestParam(required = false) String fieldBonus,
                       @RequestParam(defaultValue = "MEAN") ReviewPlan.Aggregation aggregation,
                       @RequestParam(defaultValue = "false") boolean zNormalise, Authentication auth,
                       HttpServletRequest req, RedirectAttributes flash) {
        String rules = declineBonus == null && fieldBonus == null ? bonuses
                : bonusRule("DECLINE_AREA", declineBonus) + bonusRule("PRIORITY_FIELD", fieldBonus);
        attempt(flash, () -> planning.change(callId, k, maxLoad, criteria, rules, aggregation, zNormalise,
                actor(auth, req)));
        return "redirect:/office/calls/" + callId + "/review#plan";
    }

    @PostMapping("/office/calls/{callId}/review/panel")
    String processInvite(@PathVariable long callId, @RequestParam long reviewerId, Authentication auth,
                         HttpServletRequest req) {
        panel.invite(callId, reviewerId, actor(auth, req));
        return "redirect:/office/calls/" + callId + "/review#panel";
    }

    @PostMapping("/office/calls/{callId}/review/panel/{reviewerId}/remove")
    String processRemove(@PathVariable long callId, @PathVariable long reviewerId, Authentication auth,
                         HttpServletRequest req) {
        panel.remove(callId, reviewerId, actor(auth, req));
        return "redirect:/office/calls/" + callId + "/review#panel";
    }

    @PostMapping("/office/calls/{callId}/review/conflicts/dismiss")
    String processDismiss(@PathVariable long callId, @RequestParam long reviewerId, @RequestParam long applicationId,
                          @RequestParam String policy, @RequestParam(defaultValue = "") String reason,
                          Authentication auth, HttpServletRequest req, RedirectAttributes flash) {
        attempt(flash, () -> conflicts.dismiss(reviewerId, applicationId, policy, reason, actor(auth, req)));
        return "redirect:/office/calls/" + callId + "/review?check=" + reviewerId + "#conflicts";
    }

    @PostMapping("/office/calls/{callId}/review/assign")
    String processAssign(@PathVariable long callId, Authentication auth, HttpServletRequest req, Model model) {
        AssignmentOutcome outcome;
        try {
            outcome = assignment.assign(callId, actor(auth, req));
        } catch (InvalidInputException e) {
            model.addAttribute("errors", FieldMessages.byField(e.violations(), messages));
            fill(callId, model);
            return "review/call";
        }
        fill(callId, model);
        model.addAttribute("outcome", outcome);
        return "review/call";
    }

    @GetMapping("/office/calls/{callId}/review/assignment.csv")
    ResponseEntity<byte[]> downloadAssignment(@PathVariable long callId) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("assignment-" + callId + ".csv").build().toString())
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(csv.export(callId));
    }

    @PostMapping("/office/calls/{callId}/review/assignment.csv")
    String processImport(@PathVariable long callId, @RequestParam("file") MultipartFile file,
                         @RequestParam(defaultValue = "false") boolean apply, Authentication auth,
                         HttpServletRequest req, Model model) throws IOException {
        AssignmentCsv.ImportReport report;
        try {
            report = csv.importFile(callId, file.getInputStream(), apply, actor(auth, req));
        } catch (InvalidInputException e) {
            model.addAttribute("errors", FieldMessages.byField(e.violations(), messages));
            fill(callId, model);
            return "review/call";
        }
        fill(callId, model);
        model.addAttribute("report", report);
        model.addAttribute("reportApply", apply);
        return "review/call";
    }

    @PostMapping("/office/score-sheets/{sheetId}/reopen")
    String processReopen(@PathVariable long sheetId, @RequestParam long callId,
                         @RequestParam(defaultValue = "") String reason, Authentication auth,
                         HttpServletRequest req, RedirectAttributes flash) {
        attempt(flash, () -> scoring.reopen(sheetId, reason, actor(auth, req)));
        return "redirect:/office/calls/" + callId + "/review#scoring";
    }

    private void fill(long callId, Model model) {
        var call = calls.call(callId);
        model.addAttribute("call", call);
        model.addAttribute("phase", call.phase(calls.now()));
        model.addAttribute("plan", planning.plan(callId));
        List<Reviewer> members = panel.panel(callId);
        model.addAttribute("panel", members);
        model.addAttribute("others", pool.all().stream().filter(r -> members.stream()
                .noneMatch(m -> m.id().equals(r.id()))).toList());
        List<ReviewerAssignment.Assigned> assigned = assignment.current(callId);
        model.addAttribute("assigned", assigned);
        Map<Long, String> labels = new java.util.LinkedHashMap<>();
        assigned.forEach(a -> labels.put(a.applicationId(), a.receiptNumber() + " " + a.title()));
        model.addAttribute("appLabels", labels);
        model.addAttribute("sheets", scoring.sheetsOf(callId));
        model.addAttribute("scores", aggregation.scores(callId));
        model.addAttribute("reviewerNames", members.stream().collect(java.util.stream.Collectors.toMap(
                Reviewer::id, Reviewer::name, (a, b) -> a)));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
    }

    private void attempt(RedirectAttributes flash, Runnable action) {
        try {
            action.run();
            flash.addFlashAttribute("notice", "review.saved");
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("errors", FieldMessages.byField(e.violations(), messages));
        }
    }

    /** One bonus rule line from a points field ("" when the field is empty or zero). */
    private static String bonusRule(String rule, String points) {
        if (points == null || points.isBlank() || points.strip().matches("0+(\\.0+)?")) {
            return "";
        }
        return rule + ":" + points.strip() + "\n";
    }

    private static List<String> list(String text) {
        return Arrays.stream(text.split("[,\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
