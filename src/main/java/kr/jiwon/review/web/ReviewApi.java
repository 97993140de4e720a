package kr.jiwon.review.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.jiwon.review.AssignmentOutcome;
import kr.jiwon.review.NewReviewer;
import kr.jiwon.review.ReviewPanel;
import kr.jiwon.review.ReviewPlan;
import kr.jiwon.review.ReviewPlanning;
import kr.jiwon.review.Reviewer;
import kr.jiwon.review.ReviewerAssignment;
import kr.jiwon.review.ReviewerPool;
import kr.jiwon.review.ScoreSheet;
import kr.jiwon.review.Scoring;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.CurrentUser;
import kr.jiwon.shared.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The review over JSON, with the same rules and audit as the pages: officers set the call's review plan, keep the
 * reviewer pool, invite the panel and assign (a dry run first if they like); reviewers read their tasks and save or
 * submit their own score sheets.
 */
@RestController
@Tag(name = "Review", description = "평가")
class ReviewApi {

    private final ReviewPlanning planning;
    private final ReviewerPool pool;
    private final ReviewPanel panel;
    private final ReviewerAssignment assignment;
    private final Scoring scoring;

    ReviewApi(ReviewPlanning planning, ReviewerPool pool, ReviewPanel panel, ReviewerAssignment assignment,
            Scoring scoring) {
        this.planning = planning;
        this.pool = pool;
        this.panel = panel;
        this.assignment = assignment;
        this.scoring = scoring;
    }

    record Criterion(String name, int points) {
    }

    record PlanView(long callId, int reviewersPerApplication, int maxLoad, List<Criterion> criteria,
            Map<String, Integer> bonuses, ReviewPlan.Aggregation aggregation, boolean zNormalise) {

        static PlanView of(long callId, ReviewPlan p) {
            Map<String, Integer> bonuses = new LinkedHashMap<>();
            for (String rule : p.bonusesText().split("[,\\n]")) {
                String[] kv = rule.strip().split(":");
                if (kv.length == 2 && kv[1].strip().matches("\\d{1,3}")) {
                    bonuses.put(kv[0].strip(), Integer.valueOf(kv[1].strip()));
                }
            }
            return new PlanView(callId, p.reviewersPerApplication(), p.maxLoad(), p.criteria().stream()
                    .map(c -> new Criterion(c.name(), c.weight())).toList(), bonuses, p.aggregation(),
                    p.zNormalise());
        }
    }

    /** A review plan: how many reviewers per application, the most per reviewer, the rubric, 가점 by rule. */
    record PlanEdit(Integer reviewersPerApplication, Integer maxLoad, List<Criterion> criteria,
            Map<String, Integer> bonuses, ReviewPlan.Aggregation aggregation, Boolean zNormalise) {
    }

    @GetMapping("/api/v1/calls/{callId}/review/plan")
    @Operation(summary = "Officers: the call's review plan")
    PlanView plan(@PathVariable long callId) {
        return PlanView.of(callId, planning.plan(callId));
    }

    @PutMapping("/api/v1/calls/{callId}/review/plan")
    @Operation(summary = "Officers: set the review plan (rubric points sum to 100; 가점 rules DECLINE_AREA, "
            + "PRIORITY_FIELD, CONVERGENT_TRACK)")
    PlanView changePlan(@PathVariable long callId, @RequestBody PlanEdit body, Actor actor) {
        if (body.criteria() == null || body.criteria().isEmpty()) {
            throw InvalidInputException.of("criteria", "field.required");
        }
        String rubric = String.join("\n", body.criteria().stream().map(c -> c.name() + ":" + c.points()).toList());
        String rules = body.bonuses() == null
                ? ""
                : String.join("\n", body.bonuses().entrySet().stream()
                        .map(e -> e.getKey() + ":" + e.getValue()).toList());
        ReviewPlan p = planning.change(callId, body.reviewersPerApplication() == null
                ? 0
                : body.reviewersPerApplication(), body.maxLoad() == null ? 0 : body.maxLoad(), rubric, rules,
                body.aggregation() == null ? ReviewPlan.Aggregation.MEAN : body.aggregation(),
                Boolean.TRUE.equals(body.zNormalise()), actor);
        return PlanView.of(callId, p);
    }

    record ReviewerView(long id, String name, String email, String affiliation, List<String> expertiseFields,
            String accountUsername) {

        static ReviewerView of(Reviewer r) {
            return new ReviewerView(r.id(), r.name(), r.email(), r.affiliation(), r.expertiseFields().values(),
                    r.accountUsername());
        }
    }

    @GetMapping("/api/v1/reviewers")
    @Operation(summary = "Officers: the reviewer pool (personal data: each read is recorded)")
    List<ReviewerView> reviewers() {
        List<Reviewer> all = pool.all();
        kr.jiwon.shared.web.PersonalData.shown(all.size());
        return all.stream().map(ReviewerView::of).toList();
    }

    @PostMapping("/api/v1/reviewers")
    @Operation(summary = "Officers: add a reviewer to the pool (affiliations for the conflict rules)")
    ResponseEntity<ReviewerView> register(@RequestBody NewReviewer body, Actor actor) {
        Reviewer r = pool.register(body, actor);
        return ResponseEntity.created(java.net.URI.create("/api/v1/reviewers/" + r.id())).body(ReviewerView.of(r));
    }

    record Invitation(Long reviewerId) {
    }

    @GetMapping("/api/v1/calls/{callId}/review/panel")
    @Operation(summary = "Officers: the call's panel")
    List<ReviewerView> panel(@PathVariable long callId) {
        return panel.panel(callId).stream().map(ReviewerView::of).toList();
    }

    @PostMapping("/api/v1/calls/{callId}/review/panel")
    @Operation(summary = "Officers: invite a reviewer of the pool to the call's panel")
    List<ReviewerView> invite(@PathVariable long callId, @RequestBody Invitation body, Actor actor) {
        if (body.reviewerId() == null) {
            throw InvalidInputException.of("reviewerId", "field.required");
        }
        panel.invite(callId, body.reviewerId(), actor);
        return panel(callId);
    }

    @org.springframework.web.bind.annotation.DeleteMapping("/api/v1/calls/{callId}/review/panel/{reviewerId}")
    @Operation(summary = "Officers: take a reviewer off the call's panel; before any sheet is submitted their "
            + "assignments (and unsubmitted sheets) go with them and the call must be assigned again; after, a "
            + "reviewer with assignments stays (400)")
    List<ReviewerView> remove(@PathVariable long callId, @PathVariable long reviewerId, Actor actor) {
        assignment.removeFromPanel(callId, reviewerId, actor);
        return panel(callId);
    }

    @PostMapping("/api/v1/calls/{callId}/review/assignment")
    @Operation(summary = "Officers: assign the panel to the eligible applications (optimal, conflicts excluded); "
            + "dryRun=true computes without storing")
    AssignmentOutcome assign(@PathVariable long callId, @RequestParam(defaultValue = "false") boolean dryRun,
            Actor actor) {
        return dryRun ? assignment.propose(callId) : assignment.assign(callId, actor);
    }

    record Substitution(Long applicationId, Long reviewerId, Long substituteId, String reason) {
    }

    @GetMapping("/api/v1/calls/{callId}/review/assignment/substitutes")
    @Operation(summary = "Officers: who could take over one pairing (on the panel, no conflict with the application, "
            + "not already on it, under the load limit), best fit first")
    List<ReviewerAssignment.Substitute> substitutes(@PathVariable long callId, @RequestParam long applicationId,
            @RequestParam long reviewerId) {
        return assignment.substitutes(callId, applicationId, reviewerId);
    }

    @PostMapping("/api/v1/calls/{callId}/review/assignment/substitute")
    @Operation(summary = "Officers: hand one pairing to a substitute reviewer while the call is under review (the "
            + "original reviewer's unsubmitted sheet is deleted; a submitted one must be reopened first unless a "
            + "conflict suspends the pairing); returns the call's assignment")
    List<ReviewerAssignment.Assigned> substitute(@PathVariable long callId, @RequestBody Substitution body,
            Actor actor) {
        if (body.applicationId() == null) {
            throw InvalidInputException.of("applicationId", "field.required");
        }
        if (body.reviewerId() == null) {
            throw InvalidInputException.of("reviewerId", "field.required");
        }
        if (body.substituteId() == null) {
            throw InvalidInputException.of("substituteId", "field.required");
        }
        assignment.substitute(callId, body.applicationId(), body.reviewerId(), body.substituteId(), body.reason(),
                actor);
        return assignment.current(callId);
    }

    @GetMapping("/api/v1/review/tasks")
    @Operation(summary = "Reviewers: the applications assigned to me, with my sheet's status")
    List<Scoring.Task> tasks(CurrentUser user) {
        return scoring.tasks(user.username());
    }

    record SheetView(long applicationId, long callId, Map<String, Double> scores, String comment,
            ScoreSheet.Status status) {

        static SheetView of(ScoreSheet s) {
            return new SheetView(s.applicationId(), s.callId(), s.scores(), s.comment(), s.status());
        }
    }

    record SheetEdit(Map<String, Double> scores, String comment, Boolean submit) {
    }

    @GetMapping("/api/v1/review/sheets/{applicationId}")
    @Operation(summary = "Reviewers: my score sheet for an application assigned to me")
    SheetView sheet(@PathVariable long applicationId, CurrentUser user) {
        return SheetView.of(scoring.sheet(user.username(), applicationId));
    }

    @PutMapping("/api/v1/review/sheets/{applicationId}")
    @Operation(summary = "Reviewers: save my score sheet, or submit it (submit=true: every criterion scored)")
    SheetView save(@PathVariable long applicationId, @RequestBody SheetEdit body, CurrentUser user, Actor actor) {
        return SheetView.of(scoring.save(user.username(), applicationId, body.scores() == null
                ? Map.of()
                : body.scores(), body.comment(), Boolean.TRUE.equals(body.submit()), actor));
    }
}
