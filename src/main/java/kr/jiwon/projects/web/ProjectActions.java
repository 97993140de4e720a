package kr.jiwon.projects.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.jiwon.projects.AgreementChange;
import kr.jiwon.projects.AgreementChangeDesk;
import kr.jiwon.projects.Agreements;
import kr.jiwon.projects.Budget;
import kr.jiwon.projects.ChangeRequest;
import kr.jiwon.projects.Funder;
import kr.jiwon.projects.PlanItem;
import kr.jiwon.projects.ProjectManagement;
import kr.jiwon.projects.UploadedFile;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.CurrentUser;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.Violations;
import kr.jiwon.shared.Won;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The agreement's steps from the project page: revision request (officer), revised plan, budget and deposit
 * (company), signatures (both) and 협약변경. Bad input comes back beside its field with what was typed; nothing is
 * half-saved (each step is one transaction).
 */
@Controller
class ProjectActions {

    private final Agreements agreements;
    private final AgreementChangeDesk changes;
    private final ProjectManagement projects;
    private final kr.jiwon.projects.Terminations terminations;
    private final kr.jiwon.shared.web.FormSteps steps;

    ProjectActions(Agreements agreements, AgreementChangeDesk changes, ProjectManagement projects,
            kr.jiwon.projects.Terminations terminations, kr.jiwon.shared.web.FormSteps steps) {
        this.agreements = agreements;
        this.changes = changes;
        this.projects = projects;
        this.terminations = terminations;
        this.steps = steps;
    }

    /** Runs a step; on bad input keeps the messages and the form for the page, and goes back to its section. */
    String step(long id, String anchor, String notice, Map<String, String> form, RedirectAttributes flash,
            Runnable action) {
        return step(id, anchor, anchor, notice, form, flash, action);
    }

    /** As {@link #step}, opening the page at {@code done} after the step and at {@code refused} after bad input. */
    String step(long id, String done, String refused, String notice, Map<String, String> form,
            RedirectAttributes flash, Runnable action) {
        return "redirect:/projects/" + id + "#" + (steps.run(flash, notice, form, action) ? done : refused);
    }

    @PostMapping("/projects/{id}/revision")
    String revision(@PathVariable long id, @RequestParam(required = false) List<PlanItem> items,
            @RequestParam(defaultValue = "") String note, CurrentUser user, Actor actor, RedirectAttributes flash) {
        Set<PlanItem> set = items == null ? EnumSet.noneOf(PlanItem.class) : EnumSet.copyOf(items);
        return step(id, "plan", "project.revisionRequested", Map.of("note", note), flash,
                () -> agreements.requestRevision(user, id, set, note, actor));
    }

    @PostMapping("/projects/{id}/plan")
    String plan(@PathVariable long id, @RequestParam(required = false) String title,
            @RequestParam(required = false) String goals, @RequestParam(required = false) String content,
            CurrentUser user, Actor actor, RedirectAttributes flash) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("goals", goals == null ? "" : goals);
        form.put("content", content == null ? "" : content);
        form.put("title", title == null ? "" : title);
        return step(id, "budget", "project.planSubmitted", form, flash,
                () -> agreements.submitPlan(user, id, title, goals, content, actor));
    }

    @PostMapping("/projects/{id}/budget")
    String budget(@PathVariable long id, @RequestParam Map<String, String> params, CurrentUser user, Actor actor,
            RedirectAttributes flash) {
        return step(id, "budget", "project.budgetSubmitted", params, flash, () -> {
            Violations v = new Violations();
            Map<String, Won> categories = new LinkedHashMap<>();
            Map<Funder, Won> funders = new LinkedHashMap<>();
            var p = projects.view(user, id, actor);
            for (String c : projects.ruleOf(p).categories()) {
                String name = "categories[" + c + "]";
                Won w = v.attempt(name, () -> won(params.get(name)));
                if (w != null && w.amount() > 0) {
                    categories.put(c, w);
                }
            }
            for (Funder f : projects.ruleOf(p).funders()) {
                String name = "funders[" + f.name() + "]";
                Won w = v.attempt(name, () -> won(params.get(name)));
                if (w != null && w.amount() > 0) {
                    funders.put(f, w);
                }
            }
            if (!v.isEmpty()) {
                throw new InvalidInputException(v.list());
            }
            agreements.submitBudget(user, id, new Budget(categories, funders), actor);
        });
    }

    @PostMapping("/projects/{id}/deposit")
    String deposit(@PathVariable long id, @RequestParam(defaultValue = "") String amount,
            @RequestParam(defaultValue = "") String depositedOn, @RequestParam(required = false) MultipartFile evidence,
            CurrentUser user, Actor actor, RedirectAttributes flash) throws IOException {
        byte[] bytes = evidence == null ? null : evidence.getBytes();
        String name = evidence == null ? null : evidence.getOriginalFilename();
        return step(id, "deposit", "project.deposited", Map.of("amount", amount, "depositedOn", depositedOn), flash,
                () -> {
                    Violations v = new Violations();
                    Won w = v.attempt("amount", () -> Won.parse(amount));
                    LocalDate on = date(v, "depositedOn", depositedOn);
                    UploadedFile file = v.attempt("evidence", () -> UploadedFile.evidence("", name, bytes));
                    if (!v.isEmpty()) {
                        throw new InvalidInputException(v.list());
                    }
                    agreements.recordDeposit(user, id, w, on, file, actor);
                });
    }

    @PostMapping("/projects/{id}/give-up")
    String giveUp(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "false") boolean confirmed, CurrentUser user, Actor actor,
            RedirectAttributes flash) {
        return step(id, "next", "give-up", "project.givenUpDone", Map.of("reason", reason), flash, () -> {
            if (!confirmed) {
                throw InvalidInputException.of("giveUpConfirmed", "project.giveUpConfirm");
            }
            agreements.giveUp(user, id, reason, actor);
        });
    }

    /** 협약 해약 (officers): the ground, the date, the account of it and the "cannot be undone" box. */
    @PostMapping("/projects/{id}/terminate")
    String terminate(@PathVariable long id, @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String terminatedOn, @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "false") boolean confirmed, CurrentUser user, Actor actor,
            RedirectAttributes flash) {
        return step(id, "next", "terminate", "project.terminatedDone",
                Map.of("terminationKind", kind, "terminatedOn", terminatedOn, "terminationReason", reason), flash,
                () -> {
                    Violations v = new Violations();
                    LocalDate on = blank(terminatedOn) ? null : date(v, "terminatedOn", terminatedOn);
                    if (!v.isEmpty()) {
                        throw new InvalidInputException(v.list());
                    }
                    terminations.terminate(user, id, new kr.jiwon.projects.Terminations.Request(
                            terminationKind(kind), on, reason, confirmed), actor);
                });
    }

    private static kr.jiwon.projects.Termination.Kind terminationKind(String text) {
        try {
            return blank(text) ? null : kr.jiwon.projects.Termination.Kind.valueOf(text);
        } catch (IllegalArgumentException e) {
            return null; // refused as "required" beside the field
        }
    }

    @PostMapping("/projects/{id}/sign")
    String sign(@PathVariable long id, @RequestParam(defaultValue = "") String sha256,
            @RequestParam(defaultValue = "false") boolean confirmed, CurrentUser user, Actor actor,
            RedirectAttributes flash) {
        return step(id, "agreement", "project.signed", Map.of(), flash, () -> {
            if (!confirmed) {
                throw InvalidInputException.of("confirmed", "project.confirmRead");
            }
            agreements.sign(user, id, sha256, actor);
        });
    }

    @PostMapping("/projects/{id}/changes")
    String requestChange(@PathVariable long id, @RequestParam Map<String, String> params, CurrentUser user,
            Actor actor, RedirectAttributes flash) {
        return step(id, "changes", "project.changeFiled", params, flash, () -> {
            Violations v = new Violations();
            AgreementChange.Kind kind = v.attempt("kind", () -> kind(params.get("kind")));
            Won amount = blank(params.get("amount"))
                    ? null
                    : v.attempt("amount", () -> Won.parse(params.get("amount")));
            LocalDate newEnd = blank(params.get("newEnd")) ? null : date(v, "newEnd", params.get("newEnd"));
            if (!v.isEmpty()) {
                throw new InvalidInputException(v.list());
            }
            changes.request(user, id, new ChangeRequest(kind, params.get("reason"), params.get("fromCategory"),
                    params.get("toCategory"), amount, newEnd), actor);
        });
    }

    @PostMapping("/projects/{id}/changes/{changeId}")
    String decideChange(@PathVariable long id, @PathVariable long changeId, @RequestParam boolean approve,
            @RequestParam(defaultValue = "") String answer, CurrentUser user, Actor actor, RedirectAttributes flash) {
        return step(id, "changes", approve ? "project.changeApproved" : "project.changeRejected", Map.of(), flash,
                () -> changes.decide(user, id, changeId, approve, answer, actor));
    }

    static Won won(String text) {
        return blank(text) ? Won.ZERO : Won.parse(text);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static LocalDate date(Violations v, String field, String text) {
        if (blank(text)) {
            v.add(field, "field.required");
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            v.add(field, "project.dateFormat");
            return null;
        }
    }

    private static AgreementChange.Kind kind(String text) {
        try {
            return AgreementChange.Kind.valueOf(text);
        } catch (RuntimeException e) {
            throw new kr.jiwon.shared.InvalidValueException("field.required");
        }
    }
}
