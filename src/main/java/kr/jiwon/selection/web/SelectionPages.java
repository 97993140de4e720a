package kr.jiwon.selection.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.jiwon.audit.Actor;
import kr.jiwon.programs.CallManagement;
import kr.jiwon.review.ReviewPlan;
import kr.jiwon.review.ReviewPlanning;
import kr.jiwon.selection.CallSelection;
import kr.jiwon.selection.Objections;
import kr.jiwon.selection.SelectionComparison;
import kr.jiwon.selection.SelectionParameters;
import kr.jiwon.selection.SelectionResults;
import kr.jiwon.selection.SelectionRow;
import kr.jiwon.shared.FieldMessages;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.Won;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The officer's selection page: parameters with what-if, the optimum beside the greedy ranking, an explanation
 * per application, confirmation; once confirmed, the result, objections and re-decisions.
 */
@Controller
class SelectionPages {

    private final CallSelection selection;
    private final SelectionResults results;
    private final Objections objections;
    private final ReviewPlanning planning;
    private final CallManagement calls;
    private final MessageSource messages;

    SelectionPages(CallSelection selection, SelectionResults results, Objections objections, ReviewPlanning planning,
                   CallManagement calls, MessageSource messages) {
        this.selection = selection;
        this.results = results;
        this.objections = objections;
        this.planning = planning;
        this.calls = calls;
        this.messages = messages;
    }

    @GetMapping("/office/calls/{callId}/selection")
    String showSelection(@PathVariable long callId, @RequestParam Map<String, String> query, Model model) {
        model.addAttribute("call", calls.call(callId));
        var confirmed = results.result(callId);
        if (confirmed.isPresent()) {
            model.addAttribute("result", confirmed.get());
            model.addAttribute("objections", objections.ofCall(callId));
            model.addAttribute("reopened", results.reopened(callId));
            return "selection/confirmed";
        }
        List<ReviewPlan.Criterion> criteria = planning.plan(callId).criteria();
        SelectionParameters base = selection.defaults(callId);
        SelectionParameters p = base;
        Map<String, List<String>> errors = Map.of();
        try {
            p = parse(query, base, criteria);
        } catch (InvalidInputException e) {
            errors = FieldMessages.byField(e.violations(), messages);
        }
        model.addAttribute("criteria", criteria);
        model.addAttribute("params", p);
        model.addAttribute("form", query);
        model.addAttribute("errors", errors);
        try {
            SelectionComparison c = selection.compare(callId, p);
            model.addAttribute("comparison", c);
            if (!p.equals(base)) {
                Set<Long> before = new HashSet<>();
                selection.compare(callId, base).rows().stream().filter(SelectionRow::selected)
                        .forEach(r -> before.add(r.applicationId()));
                Set<Long> changed = new HashSet<>();
                c.rows().forEach(r -> {
                    if (r.selected() != before.contains(r.applicationId())) {
                        changed.add(r.applicationId());
                    }
                });
                model.addAttribute("changed", changed);
                model.addAttribute("whatIf", true);
            }
        } catch (InvalidInputException e) {
            model.addAttribute("errors", FieldMessages.byField(e.violations(), messages));
        }
        if (!model.containsAttribute("changed")) {
            model.addAttribute("changed", Set.of());
        }
        return "selection/compare";
    }

    @PostMapping("/office/calls/{callId}/selection/confirm")
    String processConfirm(@PathVariable long callId, @RequestParam Map<String, String> form, Authentication auth,
                          HttpServletRequest req, RedirectAttributes flash) {
        try {
            SelectionParameters p = parse(form, selection.defaults(callId), planning.plan(callId).criteria());
            results.confirm(callId, p, actor(auth, req));
            flash.addFlashAttribute("notice", "selection.confirmed");
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("failure", String.join(" ", FieldMessages.byField(e.violations(), messages)
                    .values().stream().flatMap(List::stream).toList()));
        }
        return "redirect:/office/calls/" + callId + "/selection";
    }

    @PostMapping("/office/objections/{id}/answer")
    String processAnswer(@PathVariable long id, @RequestParam long callId,
                         @RequestParam(defaultValue = "false") boolean upheld,
                         @RequestParam(defaultValue = "") String answer, Authentication auth, HttpServletRequest req,
                         RedirectAttributes flash) {
        attempt(flash, () -> objections.answer(id, upheld, answer, actor(auth, req)));
        return "redirect:/office/calls/" + callId + "/selection#objections";
    }

    @PostMapping("/office/calls/{callId}/selection/applications/{applicationId}/decide")
    String processDecide(@PathVariable long callId, @PathVariable long applicationId,
                         @RequestParam(defaultValue = "false") boolean selected,
                         @RequestParam(defaultValue = "") String reason, Authentication auth,
                         HttpServletRequest req, RedirectAttributes flash) {
        attempt(flash, () -> results.redecide(callId, applicationId, selected, reason, actor(auth, req)));
        return "redirect:/office/calls/" + callId + "/selection";
    }

    private void attempt(RedirectAttributes flash, Runnable action) {
        try {
            action.run();
            flash.addFlashAttribute("notice", "review.saved");
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("failure", String.join(" ", FieldMessages.byField(e.violations(), messages)
                    .values().stream().flatMap(List::stream).toList()));
        }
    }

    static Actor actor(Authentication auth, HttpServletRequest req) {
        return Actor.from(auth, req.getRemoteAddr());
    }

    /** Reads the what-if form: budget in Korean units (17억, 5천만원), share in percent, weights by criterion. */
    static SelectionParameters parse(Map<String, String> q, SelectionParameters base,
                                     List<ReviewPlan.Criterion> criteria) {
        kr.jiwon.shared.Violations v = new kr.jiwon.shared.Violations();
        long budget = base.budget();
        if (has(q, "budget")) {
            Won w = v.attempt("budget", () -> Won.parse(q.get("budget")));
            budget = w == null ? budget : w.amount();
        }
        double minScore = has(q, "minScore") ? number(v, "minScore", q.get("minScore"), base.minScore())
                : base.minScore();
        double share = has(q, "share") ? number(v, "share", q.get("share"), base.declineShare() * 100) / 100
                : base.declineShare();
        int days = has(q, "objectionDays") ? (int) number(v, "objectionDays", q.get("objectionDays"),
                base.objectionDays()) : base.objectionDays();
        Map<String, Integer> weights = new HashMap<>();
        for (int i = 0; i < criteria.size(); i++) {
            if (has(q, "w" + i)) {
                int w = (int) number(v, "weights[" + criteria.get(i).name() + "]", q.get("w" + i),
                        criteria.get(i).weight());
                if (w != criteria.get(i).weight()) {
                    weights.put(criteria.get(i).name(), w);
                }
            }
        }
        v.throwIfAny();
        return new SelectionParameters(budget, minScore, share, weights, days);
    }

    private static boolean has(Map<String, String> q, String key) {
        return q.get(key) != null && !q.get(key).isBlank();
    }

    private static double number(kr.jiwon.shared.Violations v, String field, String text, double fallback) {
        try {
            return Double.parseDouble(text.strip().replace(",", "").replace("%", ""));
        } catch (NumberFormatException e) {
            v.add(field, "selection.number");
            return fallback;
        }
    }

}
