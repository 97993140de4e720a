package kr.jiwon.review.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import kr.jiwon.programs.CallManagement;
import kr.jiwon.review.AssignmentCsv;
import kr.jiwon.review.AssignmentOutcome;
import kr.jiwon.review.ConflictCheck;
import kr.jiwon.review.ReviewPanel;
import kr.jiwon.review.ReviewPlan;
import kr.jiwon.review.ReviewPlanning;
import kr.jiwon.review.Reviewer;
import kr.jiwon.review.ReviewerAssignment;
import kr.jiwon.review.ReviewerPool;
import kr.jiwon.review.ScoreAggregation;
import kr.jiwon.review.Scoring;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.FieldMessages;
import kr.jiwon.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The officer's review of a call: the plan, panel, conflicts, assignment (optimal or CSV), scoring progress. */
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
    private final kr.jiwon.review.ReviewTables tables;
    private final kr.jiwon.audit.AuditLog audit;

    ReviewOfficePages(ReviewerPool pool, ReviewPanel panel, ReviewPlanning planning, ConflictCheck conflicts,
            ReviewerAssignment assignment, AssignmentCsv csv, Scoring scoring,
            ScoreAggregation aggregation, CallManagement calls, MessageSource messages,
            kr.jiwon.review.ReviewTables tables, kr.jiwon.audit.AuditLog audit) {
        this.tables = tables;
        this.audit = audit;
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

    @GetMapping("/office/calls/{callId}/review")
    String showReview(@PathVariable long callId, @RequestParam(required = false) Long check,
            @RequestParam(required = false) Long substitute, @RequestParam(required = false) Long reviewer,
            Model model) {
        fill(callId, model);
        if (check != null) {
            model.addAttribute("checked", pool.reviewer(check));
            model.addAttribute("checkRows", conflicts.check(callId, check));
        }
        if (substitute != null && reviewer != null) {
            showSubstitutes(callId, substitute, reviewer, model);
        }
        return "review/call";
    }

    /** The form that hands one pairing to another panel member, with who could take it. */
    private void showSubstitutes(long callId, long applicationId, long reviewerId, Model model) {
        @SuppressWarnings("unchecked")
        List<ReviewerAssignment.Assigned> assigned = (List<ReviewerAssignment.Assigned>) model.asMap()
                .get("assigned");
        assigned.stream().filter(a -> a.applicationId() == applicationId && a.reviewerId() == reviewerId)
                .findFirst().ifPresent(pairing -> {
                    model.addAttribute("substituting", pairing);
                    model.addAttribute("substitutes", assignment.substitutes(callId, applicationId, reviewerId));
                });
        if (!model.containsAttribute("substituting")) {
            model.addAttribute("substituteErrors", Map.of("substitute", List.of(messages.getMessage(
                    "reviewCall.substituteNoPairing", null, org.springframework.context.i18n.LocaleContextHolder
                            .getLocale()))));
        }
        if (!model.containsAttribute("substituteErrors")) {
            model.addAttribute("substituteErrors", Map.of());
        }
    }

    @PostMapping("/office/calls/{callId}/review/substitute")
    String processSubstitute(@PathVariable long callId, @RequestParam long applicationId,
            @RequestParam long reviewerId, @RequestParam(required = false) Long substituteId,
            @RequestParam(defaultValue = "") String reason, Actor actor, RedirectAttributes flash) {
        try {
            if (substituteId == null) {
                throw InvalidInputException.of("substituteId", "field.required");
            }
            String receipt = assignment.substitute(callId, applicationId, reviewerId, substituteId, reason, actor)
                    .receiptNumber();
            flash.addFlashAttribute("assignmentNotice",
                    new org.springframework.context.support.DefaultMessageSourceResolvable(
                            new String[]{"reviewCall.substituted"}, new Object[]{pool.reviewer(reviewerId).name(),
                                    receipt, pool.reviewer(substituteId).name()}));
            return "redirect:/office/calls/" + callId + "/review#assignment";
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("substituteErrors", FieldMessages.byField(e.violations(), messages));
            flash.addFlashAttribute("substituteReason", reason);
            return "redirect:/office/calls/" + callId + "/review?substitute=" + applicationId + "&reviewer="
                    + reviewerId + "#substitute";
        }
    }

    @PostMapping("/office/calls/{callId}/review/plan")
    String processPlan(@PathVariable long callId, @RequestParam(defaultValue = "0") int k,
            @RequestParam(defaultValue = "0") int maxLoad, @RequestParam(defaultValue = "") String criteria,
            @RequestParam(defaultValue = "") String bonuses,
            @RequestParam(required = false) String declineBonus,
            @RequestParam(required = false) String fieldBonus,
            @RequestParam(required = false) String convergentBonus,
            @RequestParam(defaultValue = "MEAN") ReviewPlan.Aggregation aggregation,
            @RequestParam(defaultValue = "false") boolean zNormalise,
            @RequestParam(required = false) List<String> criterionName,
            @RequestParam(required = false) List<String> criterionWeight, Actor actor, RedirectAttributes flash) {
        String rubric = criterionName == null ? criteria : rubric(criterionName, criterionWeight);
        String rules = declineBonus == null && fieldBonus == null && convergentBonus == null
                ? bonuses
                : bonusRule("DECLINE_AREA", declineBonus) + bonusRule("PRIORITY_FIELD", fieldBonus)
                        + bonusRule("CONVERGENT_TRACK", convergentBonus);
        attempt(flash, () -> planning.change(callId, k, maxLoad, rubric, rules, aggregation, zNormalise,
                actor));
        return "redirect:/office/calls/" + callId + "/review#plan";
    }

    /** The rubric's rows (name and points, a blank row ignored) in the plan's "name:points" lines. */
    private static String rubric(List<String> names, List<String> weights) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i) == null ? "" : names.get(i).strip();
            String weight = weights == null || i >= weights.size() || weights.get(i) == null
                    ? ""
                    : weights.get(i).strip();
            if (name.isEmpty() && weight.isEmpty()) {
                continue;
            }
            out.append(name.replace(':', ' ').replace('|', ' ')).append(':').append(weight).append('\n');
        }
        return out.toString();
    }

    @PostMapping("/office/calls/{callId}/review/panel")
    String processInvite(@PathVariable long callId, @RequestParam long reviewerId, Actor actor,
            RedirectAttributes flash) {
        panel.invite(callId, reviewerId, actor);
        told(flash, "reviewCall.invited", reviewerId, 0);
        return "redirect:/office/calls/" + callId + "/review#panel";
    }

    @PostMapping("/office/calls/{callId}/review/panel/{reviewerId}/remove")
    String processRemove(@PathVariable long callId, @PathVariable long reviewerId, Actor actor,
            RedirectAttributes flash) {
        try {
            int cancelled = assignment.removeFromPanel(callId, reviewerId, actor);
            told(flash, cancelled > 0 ? "reviewCall.removedWithPairings" : "reviewCall.removed", reviewerId,
                    cancelled);
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("errors", FieldMessages.byField(e.violations(), messages));
            return "redirect:/office/calls/" + callId + "/review";
        }
        return "redirect:/office/calls/" + callId + "/review#panel";
    }

    @PostMapping("/office/calls/{callId}/review/conflicts/dismiss")
    String processDismiss(@PathVariable long callId, @RequestParam long reviewerId, @RequestParam long applicationId,
            @RequestParam String policy, @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "") String back, Actor actor, RedirectAttributes flash) {
        attempt(flash, () -> conflicts.dismiss(reviewerId, applicationId, policy, reason, actor));
        return "assignment".equals(back)
                ? "redirect:/office/calls/" + callId + "/review#assignment"
                : "redirect:/office/calls/" + callId + "/review?check=" + reviewerId + "#conflicts";
    }

    @PostMapping("/office/calls/{callId}/review/remind")
    String processRemind(@PathVariable long callId, Actor actor, RedirectAttributes flash) {
        try {
            int n = assignment.remindLate(callId, actor);
            flash.addFlashAttribute("notice", new org.springframework.context.support.DefaultMessageSourceResolvable(
                    new String[]{"reviewCall.reminded"}, new Object[]{n}));
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("errors", FieldMessages.byField(e.violations(), messages));
        }
        return "redirect:/office/calls/" + callId + "/review#scoring";
    }

    @PostMapping("/office/calls/{callId}/review/assign")
    String processAssign(@PathVariable long callId, Actor actor, Model model) {
        AssignmentOutcome outcome;
        try {
            outcome = assignment.assign(callId, actor);
        } catch (InvalidInputException e) {
            model.addAttribute("errors", FieldMessages.byField(e.violations(), messages));
            fill(callId, model);
            return "review/call";
        }
        fill(callId, model);
        model.addAttribute("outcome", outcome);
        return "review/call";
    }

    /** Every score sheet (with the reviewers' names: the download is recorded) or the aggregated scores. */
    @GetMapping({"/office/calls/{callId}/review/sheets.xlsx", "/office/calls/{callId}/review/sheets.csv",
            "/office/calls/{callId}/review/scores.xlsx", "/office/calls/{callId}/review/scores.csv"})
    ResponseEntity<byte[]> downloadReview(@PathVariable long callId, Actor actor,
            jakarta.servlet.http.HttpServletRequest request) {
        calls.call(callId);
        boolean sheets = request.getRequestURI().contains("/review/sheets.");
        kr.jiwon.shared.Spreadsheet table = sheets ? tables.scoreSheets(callId) : tables.scores(callId);
        if (sheets) {
            audit.recordView(actor, "SCORE_SHEETS_EXPORT", "CALL", callId, table.size() + " rows");
        }
        String name = (sheets ? "score-sheets-" : "scores-") + callId;
        return kr.jiwon.shared.web.Downloads.sheet(request, name, table, sheets ? "평가표" : "종합 점수");
    }

    @GetMapping("/office/calls/{callId}/review/assignment.csv")
    ResponseEntity<byte[]> downloadAssignment(@PathVariable long callId) {
        return kr.jiwon.shared.web.Downloads.csv("assignment-" + callId + ".csv", csv.export(callId));
    }

    @PostMapping("/office/calls/{callId}/review/assignment.csv")
    String processImport(@PathVariable long callId, @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean apply, Actor actor, Model model) throws IOException {
        AssignmentCsv.ImportReport report;
        try {
            report = csv.importFile(callId, file.getInputStream(), apply, actor);
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
            @RequestParam(defaultValue = "") String reason, Actor actor, RedirectAttributes flash) {
        attempt(flash, () -> scoring.reopen(sheetId, reason, actor));
        return "redirect:/office/calls/" + callId + "/review#scoring";
    }

    private void fill(long callId, Model model) {
        var call = calls.call(callId);
        model.addAttribute("call", call);
        model.addAttribute("phase", call.phase(calls.now()));
        model.addAttribute("reviewOver", call.status().selectionAnnounced());
        model.addAttribute("submittedSheets", planning.submittedSheets(callId));
        model.addAttribute("plan", planning.plan(callId));
        List<Reviewer> members = panel.panel(callId);
        model.addAttribute("panel", members);
        List<Reviewer> everyone = pool.all();
        kr.jiwon.shared.web.PersonalData.shown(everyone.size());
        model.addAttribute("others", everyone.stream().filter(r -> members.stream()
                .noneMatch(m -> m.id().equals(r.id()))).toList());
        List<ReviewerAssignment.Assigned> assigned = assignment.current(callId);
        model.addAttribute("assigned", assigned);
        Map<String, ConflictCheck.Suspension> suspensions = new java.util.HashMap<>();
        conflicts.suspended(callId).forEach(x -> suspensions.put(x.key(), x));
        model.addAttribute("suspensions", suspensions);
        Map<Long, String> labels = new java.util.LinkedHashMap<>();
        assigned.forEach(a -> labels.put(a.applicationId(), a.receiptNumber() + " " + a.title()));
        model.addAttribute("appLabels", labels);
        var sheets = scoring.sheetsOf(callId);
        model.addAttribute("sheets", sheets);
        model.addAttribute("submittedPairs", sheets.stream().filter(sh -> sh.submitted())
                .map(sh -> ConflictCheck.Suspension.key(sh.applicationId(), sh.reviewerId()))
                .collect(java.util.stream.Collectors.toSet()));
        model.addAttribute("scores", aggregation.scores(callId));
        model.addAttribute("reviewerNames", everyone.stream().collect(java.util.stream.Collectors.toMap(
                Reviewer::id, Reviewer::name, (a, b) -> a)));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
    }

    /**
     * The page after a change to the panel says what happened, naming the reviewer (and how many pairings went), in
     * the panel's section where the page opens.
     */
    private void told(RedirectAttributes flash, String key, long reviewerId, int pairings) {
        flash.addFlashAttribute("panelNotice", new org.springframework.context.support.DefaultMessageSourceResolvable(
                new String[]{key}, new Object[]{pool.reviewer(reviewerId).name(), pairings}));
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

}
