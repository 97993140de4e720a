package kr.jiwon.selection.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.jiwon.programs.CallManagement;
import kr.jiwon.review.ReviewPlan;
import kr.jiwon.review.ReviewPlanning;
import kr.jiwon.selection.CallSelection;
import kr.jiwon.selection.ConfirmedResult;
import kr.jiwon.selection.Objections;
import kr.jiwon.selection.SelectionComparison;
import kr.jiwon.selection.SelectionParameters;
import kr.jiwon.selection.SelectionResults;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.FieldMessages;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.Won;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The officer's selection page: parameters with what-if and 감액, the optimum beside the greedy ranking, an
 * explanation per application, a confirmation step before 확정; once confirmed, the decisions, objections,
 * re-decisions within the budget, and 결과 확정.
 */
@Controller
class SelectionPages {

    private final CallSelection selection;
    private final SelectionResults results;
    private final Objections objections;
    private final ReviewPlanning planning;
    private final CallManagement calls;
    private final MessageSource messages;
    private final kr.jiwon.selection.AwardReplacements replacements;

    private final kr.jiwon.shared.web.Formats formats;

    SelectionPages(CallSelection selection, SelectionResults results, Objections objections, ReviewPlanning planning,
            CallManagement calls, MessageSource messages, kr.jiwon.shared.web.Formats formats,
            kr.jiwon.selection.AwardReplacements replacements) {
        this.replacements = replacements;
        this.formats = formats;
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
            return showConfirmed(callId, confirmed.get(), model);
        }
        List<ReviewPlan.Criterion> criteria = planning.plan(callId).criteria();
        SelectionParameters base = selection.defaults(callId);
        model.addAttribute("criteria", criteria);
        model.addAttribute("form", query);
        model.addAttribute("readiness", results.readiness(kr.jiwon.shared.CallId.of(callId)));
        model.addAttribute("changed", Set.of());
        try {
            SelectionParameters p = parse(query, base, criteria);
            model.addAttribute("params", p);
            SelectionComparison c = selection.compare(callId, p);
            kr.jiwon.shared.web.PersonalData.shown(c.rows().size());
            model.addAttribute("comparison", c);
            Set<Long> changed = Set.of();
            if (!p.equals(base)) {
                changed = c.changedFrom(selection.compare(callId, base));
                model.addAttribute("changed", changed);
                model.addAttribute("whatIf", true);
            }
            SelectionGlance glance = SelectionGlance.of(c, changed);
            model.addAttribute("glance", glance);
            model.addAttribute("bt", formats.won(glance.budget()));
            model.addAttribute("gt", formats.won(glance.greedyAmount()));
            model.addAttribute("ot", formats.won(glance.optimumAmount()));
            model.addAttribute("so", formats.percent(glance.shareOptimum()));
            model.addAttribute("sm", formats.percent(glance.shareMinimum()));
            model.addAttribute("sg", formats.percent(glance.shareGreedy()));
            model.addAttribute("errors", Map.of());
        } catch (InvalidInputException e) {
            model.addAttribute("params", base);
            model.addAttribute("errors", FieldMessages.byField(e.violations(), messages));
        }
        return "selection/compare";
    }

    private String showConfirmed(long callId, ConfirmedResult result, Model model) {
        model.addAttribute("result", result);
        var rows = results.decisionRows(result);
        kr.jiwon.shared.web.PersonalData.shown(rows.size());
        model.addAttribute("rows", rows);
        model.addAttribute("rowById", rows.stream().collect(java.util.stream.Collectors.toMap(
                r -> r.decision().applicationId(), r -> r)));
        model.addAttribute("objections", objections.ofCall(callId));
        model.addAttribute("reopened", results.reopened(callId));
        model.addAttribute("phase", calls.call(callId).phase(calls.now()));
        model.addAttribute("objectionPeriodOver", !calls.now().isBefore(result.objectionUntil()));
        if (calls.call(callId).status() == kr.jiwon.programs.CallStatus.FINALIZED) {
            var standing = replacements.standing(callId);
            kr.jiwon.shared.web.PersonalData.shown(standing.candidates().size());
            model.addAttribute("standing", standing);
        }
        return "selection/confirmed";
    }

    /** The confirmed decisions and the objections as Excel, for the officer who keeps the file. */
    @GetMapping({"/office/calls/{callId}/selection/decisions.xlsx", "/office/calls/{callId}/selection/decisions.csv"})
    org.springframework.http.ResponseEntity<byte[]> decisionsXlsx(@PathVariable long callId,
            jakarta.servlet.http.HttpServletRequest request) {
        ConfirmedResult result = results.result(callId)
                .orElseThrow(() -> new kr.jiwon.shared.NotFoundException("selection.notConfirmed", callId));
        kr.jiwon.shared.Spreadsheet sheet = kr.jiwon.shared.Spreadsheet.withHeader("접수번호", "기업", "과제명",
                "신청 금액(원)", "점수", "선정", "지원 금액(원)", "이유", "이의신청", "이의신청 결과", "답변");
        Map<Long, kr.jiwon.selection.Objection> objectionOf = new java.util.HashMap<>();
        objections.ofCall(callId).forEach(o -> objectionOf.put(o.applicationId(), o));
        for (SelectionResults.DecisionRow r : results.decisionRows(result)) {
            var d = r.decision();
            var o = objectionOf.get(d.applicationId());
            sheet.row(r.receiptNumber(), r.companyName(), r.title(),
                    r.requested() == null ? null : r.requested().amount(), d.score(), d.selected() ? "선정" : "미선정",
                    d.amount() == null ? null : d.amount().amount(),
                    d.reasonKey() == null
                            ? ""
                            : messages.getMessage(d.reasonKey(), d.reasonArgs(), d.reasonKey(),
                                    java.util.Locale.KOREAN),
                    o == null ? "" : o.text(),
                    o == null
                            ? ""
                            : messages.getMessage("objectionStatus." + o.status().name(), null,
                                    java.util.Locale.KOREAN),
                    o == null ? "" : o.answer());
        }
        return kr.jiwon.shared.web.Downloads.sheet(request, "call-" + callId + "-decisions", sheet, "선정 결과");
    }

    /** The confirmation step: what 확정 will do, with the same parameters, before anything is stored. */
    @GetMapping("/office/calls/{callId}/selection/confirm")
    String showConfirm(@PathVariable long callId, @RequestParam Map<String, String> query, Model model,
            RedirectAttributes flash) {
        if (results.result(callId).isPresent()) {
            return "redirect:/office/calls/" + callId + "/selection";
        }
        List<ReviewPlan.Criterion> criteria = planning.plan(callId).criteria();
        try {
            SelectionParameters p = parse(query, selection.defaults(callId), criteria);
            model.addAttribute("call", calls.call(callId));
            model.addAttribute("comparison", selection.compare(callId, p));
            model.addAttribute("readiness", results.readiness(kr.jiwon.shared.CallId.of(callId)));
            model.addAttribute("criteria", criteria);
            model.addAttribute("form", query);
            model.addAttribute("objectionUntil", calls.now().plus(java.time.Duration.ofDays(p.objectionDays())));
            return "selection/confirm";
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("failure", joined(e));
            return "redirect:/office/calls/" + callId + "/selection";
        }
    }

    @PostMapping("/office/calls/{callId}/selection/confirm")
    String processConfirm(@PathVariable long callId, @RequestParam Map<String, String> form, Actor actor,
            RedirectAttributes flash) {
        try {
            SelectionParameters p = parse(form, selection.defaults(callId), planning.plan(callId).criteria());
            results.confirm(kr.jiwon.shared.CallId.of(callId), p, actor);
            flash.addFlashAttribute("notice", text("selection.confirmed"));
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("failure", joined(e));
        }
        return "redirect:/office/calls/" + callId + "/selection";
    }

    @PostMapping("/office/objections/{id}/answer")
    String processAnswer(@PathVariable long id, @RequestParam long callId,
            @RequestParam(defaultValue = "false") boolean upheld,
            @RequestParam(defaultValue = "") String answer, Actor actor,
            RedirectAttributes flash) {
        attempt(flash, () -> objections.answer(id, upheld, answer, actor));
        return "redirect:/office/calls/" + callId + "/selection#objections";
    }

    @PostMapping("/office/calls/{callId}/selection/applications/{applicationId}/decide")
    String processDecide(@PathVariable long callId, @PathVariable long applicationId,
            @RequestParam(defaultValue = "false") boolean selected,
            @RequestParam(defaultValue = "") String amount, @RequestParam(defaultValue = "") String newBudget,
            @RequestParam(defaultValue = "") String reason, Actor actor, RedirectAttributes flash) {
        attempt(flash, () -> {
            kr.jiwon.shared.Violations v = new kr.jiwon.shared.Violations();
            Won a = amount.isBlank() ? null : v.attempt("amount", () -> Won.parse(amount));
            Won b = newBudget.isBlank() ? null : v.attempt("newBudget", () -> Won.parse(newBudget));
            v.throwIfAny();
            results.redecide(kr.jiwon.shared.CallId.of(callId), kr.jiwon.shared.ApplicationId.of(applicationId),
                    selected, a, b, reason, actor);
        });
        return "redirect:/office/calls/" + callId + "/selection#objections";
    }

    /** 추가 선정: an application not selected takes the place of awards given up. */
    @PostMapping("/office/calls/{callId}/selection/replace")
    String processReplace(@PathVariable long callId, @RequestParam long applicationId,
            @RequestParam(defaultValue = "") String reason, Actor actor, RedirectAttributes flash) {
        try {
            var d = replacements.selectInPlace(callId, applicationId, reason, actor);
            flash.addFlashAttribute("replaceNotice",
                    new org.springframework.context.support.DefaultMessageSourceResolvable(
                            new String[]{"selectionPage.replaced"}, new Object[]{d.amount()}));
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("replaceFailure", joined(e));
        }
        return "redirect:/office/calls/" + callId + "/selection#replace";
    }

    @PostMapping("/office/calls/{callId}/selection/finalize")
    String processFinalize(@PathVariable long callId, @RequestParam(defaultValue = "false") boolean confirmed,
            Actor actor, RedirectAttributes flash) {
        if (!confirmed) {
            flash.addFlashAttribute("failure", text("selection.finalizeConfirmNeeded"));
        } else {
            try {
                results.finalizeResults(kr.jiwon.shared.CallId.of(callId), actor);
                flash.addFlashAttribute("notice", text("selection.finalized"));
            } catch (InvalidInputException e) {
                flash.addFlashAttribute("failure", joined(e));
            }
        }
        return "redirect:/office/calls/" + callId + "/selection";
    }

    private void attempt(RedirectAttributes flash, Runnable action) {
        try {
            action.run();
            flash.addFlashAttribute("notice", text("review.saved"));
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("failure", joined(e));
        }
    }

    private String joined(InvalidInputException e) {
        return String.join(" ", FieldMessages.byField(e.violations(), messages).values().stream()
                .flatMap(List::stream).toList());
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }

    /**
     * Reads the what-if form: budget in Korean units (17억, 5천만원), share in percent, weights by criterion, and
     * reduced amounts (감액) as {@code cut<application id>}.
     */
    static SelectionParameters parse(Map<String, String> q, SelectionParameters base,
            List<ReviewPlan.Criterion> criteria) {
        kr.jiwon.shared.Violations v = new kr.jiwon.shared.Violations();
        Won budget = base.budget();
        if (has(q, "budget")) {
            Won w = v.attempt("budget", () -> Won.parse(q.get("budget")));
            budget = w == null ? budget : w;
        }
        double minScore = has(q, "minScore")
                ? number(v, "minScore", q.get("minScore"), base.minScore())
                : base.minScore();
        double share = has(q, "share")
                ? number(v, "share", q.get("share"), base.declineShare() * 100) / 100
                : base.declineShare();
        int days = has(q, "objectionDays")
                ? (int) number(v, "objectionDays", q.get("objectionDays"),
                        base.objectionDays())
                : base.objectionDays();
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
        Map<Long, Long> reductions = new HashMap<>();
        q.forEach((k, text) -> {
            if (k.startsWith("cut") && k.length() > 3 && k.substring(3).chars().allMatch(Character::isDigit)
                    && text != null && !text.isBlank()) {
                Won w = v.attempt("reductions", () -> Won.parse(text));
                if (w != null) {
                    reductions.put(Long.parseLong(k.substring(3)), w.amount());
                }
            }
        });
        v.throwIfAny();
        return new SelectionParameters(budget, minScore, share, weights, days, reductions);
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
