package kr.jiwon.review;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.jiwon.applications.ApplicationManagement;
import kr.jiwon.audit.AuditLog;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.NotFoundException;
import kr.jiwon.shared.SeoulTime;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Final evaluations (최종평가) of projects with the review module's own parts: reviewers from the pool, the conflict
 * policies of selection (checked when a reviewer is put on the panel and again whenever they open or save their
 * sheet), score sheets on the program's final rubric, and a result graded by the program's rules
 * ({@link FinalRubrics}). The project side (which report, which project) belongs to the outcomes module, which
 * opens an evaluation with what the panel reads.
 */
@Service
@Transactional(readOnly = true)
public class FinalEvaluations {

    /** What is evaluated: the project (by its application), and the dossier the panel reads. */
    public record Subject(long applicationId, long callId, String programCode, String projectNumber, String title,
            String dossier, String documentLink) {
    }

    /** A reviewer of the pool as a panel candidate: what the conflict policies found, and their sheet if on it. */
    public record Candidate(long reviewerId, String name, String affiliation, List<Conflict> conflicts,
            boolean onPanel, ScoreSheet sheet) {

        public boolean blocked() {
            return conflicts.stream().anyMatch(c -> !c.dismissed());
        }

        public Double total(FinalReview review) {
            return sheet == null || !sheet.submitted() ? null : sheet.total(review.weights(), review.weights());
        }
    }

    /** A final evaluation on a reviewer's desk. */
    public record Task(long applicationId, String projectNumber, String title, ScoreSheet.Status status,
            boolean open) {
    }

    private final FinalReviews reviews;
    private final FinalRubrics rubrics;
    private final ScoreSheets sheets;
    private final ReviewerPool pool;
    private final ReviewCases cases;
    private final ConflictCheck conflicts;
    private final ApplicationManagement applications;
    private final AuditLog audit;
    private final Clock clock;

    FinalEvaluations(FinalReviews reviews, FinalRubrics rubrics, ScoreSheets sheets, ReviewerPool pool,
            ReviewCases cases, ConflictCheck conflicts, ApplicationManagement applications, AuditLog audit,
            Clock clock) {
        this.reviews = reviews;
        this.rubrics = rubrics;
        this.sheets = sheets;
        this.pool = pool;
        this.cases = cases;
        this.conflicts = conflicts;
        this.applications = applications;
        this.audit = audit;
        this.clock = clock;
    }

    public Optional<FinalReview> of(long applicationId) {
        return reviews.findById(applicationId);
    }

    public FinalRubric rubric(String programCode) {
        return rubrics.of(programCode);
    }

    /** Opens the evaluation on the program's rubric (again: the dossier is refreshed while it is open). */
    @Transactional
    public FinalReview open(Subject s, Actor actor) {
        Optional<FinalReview> existing = reviews.findById(s.applicationId());
        if (existing.isPresent()) {
            if (existing.get().decided()) {
                throw InvalidInputException.of("status", "finalReview.decided");
            }
            return existing.get();
        }
        FinalReview saved = reviews.save(FinalReview.open(s, rubrics.of(s.programCode()), actor.username(),
                clock.instant()));
        audit.recordChange(actor, "FINAL_REVIEW_OPEN", "APPLICATION", s.applicationId(), s.projectNumber());
        return saved;
    }

    /** Every reviewer of the pool with the conflicts found for this project, those on the panel first. */
    public List<Candidate> candidates(long applicationId) {
        FinalReview review = review(applicationId);
        ReviewCase c = cases.of(applications.forMatching(applicationId));
        Map<String, String> dismissed = conflicts.dismissals(review.callId());
        Map<Long, ScoreSheet> byReviewer = new java.util.HashMap<>();
        sheets.findByApplicationIdAndRoundOrderByReviewerIdAsc(applicationId, ScoreSheet.Round.FINAL)
                .forEach(s -> byReviewer.put(s.reviewerId(), s));
        return pool.all().stream()
                .map(r -> new Candidate(r.id(), r.name(), r.affiliation(), conflicts.conflicts(r, c, dismissed),
                        review.onPanel(r.id()), byReviewer.get(r.id())))
                .sorted(java.util.Comparator.comparing((Candidate x) -> !x.onPanel()).thenComparing(Candidate::blocked)
                        .thenComparing(Candidate::name))
                .toList();
    }

    /** Officer: puts a reviewer on the panel; refused while a conflict policy finds a conflict not dismissed. */
    @Transactional
    public FinalReview assign(long applicationId, long reviewerId, Actor actor) {
        FinalReview review = review(applicationId);
        Reviewer r = pool.reviewer(reviewerId);
        List<Conflict> found = blocking(r, review);
        if (!found.isEmpty()) {
            throw InvalidInputException.of("reviewer", "finalReview.conflict", r.name(), found.get(0).matched());
        }
        review.add(reviewerId, actor.username(), clock.instant());
        FinalReview saved = reviews.save(review);
        audit.recordChange(actor, "FINAL_REVIEW_ASSIGN", "APPLICATION", applicationId, "reviewer " + reviewerId);
        return saved;
    }

    /** The final evaluations on the desk of the reviewer behind this login. */
    public List<Task> tasks(String username) {
        Optional<Reviewer> r = pool.ofAccount(username);
        if (r.isEmpty()) {
            return List.of();
        }
        return reviews.findAll().stream().filter(f -> f.onPanel(r.get().id()))
                .map(f -> new Task(f.applicationId(), f.projectNumber(), f.title(),
                        sheets.findByApplicationIdAndReviewerIdAndRound(f.applicationId(), r.get().id(),
                                ScoreSheet.Round.FINAL).map(ScoreSheet::status).orElse(ScoreSheet.Status.DRAFT),
                        !f.decided()))
                .toList();
    }

    /** The reviewer's sheet (a fresh draft the first time); only a panel member without a conflict may read it. */
    public ScoreSheet sheet(String username, long applicationId) {
        Reviewer r = panelMember(username, applicationId);
        return sheets.findByApplicationIdAndReviewerIdAndRound(applicationId, r.id(), ScoreSheet.Round.FINAL)
                .orElseGet(() -> ScoreSheet.open(ScoreSheet.Round.FINAL, review(applicationId).callId(),
                        applicationId, r.id(), clock.instant()));
    }

    /** The evaluation as its panel member sees it (checked like the sheet). */
    public FinalReview forPanel(String username, long applicationId) {
        panelMember(username, applicationId);
        return review(applicationId);
    }

    @Transactional
    public ScoreSheet save(String username, long applicationId, Map<String, Double> scores, String comment,
            boolean submit, Actor actor) {
        FinalReview review = review(applicationId);
        if (review.decided()) {
            throw InvalidInputException.of("scores", "finalReview.decided");
        }
        ScoreSheet sheet = sheet(username, applicationId);
        sheet.write(scores, comment, review.criteria(), clock.instant());
        if (submit) {
            sheet.submit(review.criteria(), clock.instant());
        }
        ScoreSheet saved = sheets.save(sheet);
        audit.recordChange(actor, submit ? "FINAL_SCORE_SUBMIT" : "FINAL_SCORE_SAVE", "APPLICATION", applicationId,
                "sheet " + saved.id());
        return saved;
    }

    /**
     * Officer: records the result — graded from the mean of the panel's sheets, or 불성실 with a reason. The grade's
     * consequence and participation limit come from the program's rules.
     */
    @Transactional
    public FinalReview decide(long applicationId, String misconductReason, Actor actor) {
        FinalReview review = review(applicationId);
        List<ScoreSheet> given = sheets.findByApplicationIdAndRoundOrderByReviewerIdAsc(applicationId,
                ScoreSheet.Round.FINAL);
        review.decide(rubrics.of(review.programCode()), given, misconductReason, actor.username(), clock.instant(),
                SeoulTime.today(clock));
        FinalReview saved = reviews.save(review);
        audit.recordChange(actor, "FINAL_REVIEW_DECIDE", "APPLICATION", applicationId,
                saved.grade() + (saved.score() == null ? "" : " " + saved.score()));
        return saved;
    }

    /** The sheets of the panel (officers). */
    public List<ScoreSheet> sheets(long applicationId) {
        return sheets.findByApplicationIdAndRoundOrderByReviewerIdAsc(applicationId, ScoreSheet.Round.FINAL);
    }

    private Reviewer panelMember(String username, long applicationId) {
        Reviewer r = pool.ofAccount(username).orElseThrow(() -> new AccessDeniedException("not a reviewer"));
        FinalReview review = review(applicationId);
        if (!review.onPanel(r.id())) {
            throw new NotFoundException("finalReview.notFound", applicationId);
        }
        if (!blocking(r, review).isEmpty()) {
            throw new AccessDeniedException("conflict of interest found after assignment");
        }
        return r;
    }

    private List<Conflict> blocking(Reviewer r, FinalReview review) {
        ReviewCase c = cases.of(applications.forMatching(review.applicationId()));
        return conflicts.conflicts(r, c, conflicts.dismissals(review.callId())).stream()
                .filter(x -> !x.dismissed()).toList();
    }

    private FinalReview review(long applicationId) {
        return reviews.findById(applicationId)
                .orElseThrow(() -> new NotFoundException("finalReview.notFound", applicationId));
    }
}
