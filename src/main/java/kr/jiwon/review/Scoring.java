package kr.jiwon.review;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import kr.jiwon.audit.AuditLog;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reviewers fill in and submit their score sheets while the call is under review; officers follow progress and
 * reopen a sheet with a reason. Once the selection is announced the sheets are closed. A pairing suspended by a
 * conflict found after the assignment can be neither read nor scored.
 */
@Service
@Transactional(readOnly = true)
public class Scoring {

    /** An application on a reviewer's desk, with the state of their sheet. */
    public record Task(long applicationId, long callId, String receiptNumber, String title, ScoreSheet.Status status,
            boolean suspended) {
    }

    private final ScoreSheets sheets;
    private final ConflictCheck conflicts;
    private final ReviewerPool pool;
    private final ReviewPlanning planning;
    private final kr.jiwon.programs.CallManagement calls;
    private final kr.jiwon.applications.ApplicationManagement applications;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    Scoring(ScoreSheets sheets, ReviewerPool pool, ReviewPlanning planning, kr.jiwon.programs.CallManagement calls,
            kr.jiwon.applications.ApplicationManagement applications, JdbcClient jdbc, AuditLog audit, Clock clock,
            ConflictCheck conflicts) {
        this.conflicts = conflicts;
        this.calls = calls;
        this.applications = applications;
        this.sheets = sheets;
        this.pool = pool;
        this.planning = planning;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The applications assigned to the reviewer behind this login. */
    public List<Task> tasks(String username) {
        Reviewer r = reviewerOf(username);
        return jdbc.sql("select ra.application_id, ra.call_id, s.status from review_assignment ra"
                + " left join score_sheet s on s.application_id = ra.application_id"
                + " and s.reviewer_id = ra.reviewer_id and s.round = 'SELECTION' where ra.reviewer_id = ?")
                .param(r.id())
                .query((rs, n) -> {
                    var a = applications.forMatching(rs.getLong(1));
                    return new Task(rs.getLong(1), rs.getLong(2), a.receiptNumber(), a.title(),
                            rs.getString(3) == null
                                    ? ScoreSheet.Status.DRAFT
                                    : ScoreSheet.Status.valueOf(rs.getString(3)),
                            conflicts.suspended(r.id(), rs.getLong(1)));
                })
                .list().stream().sorted(java.util.Comparator.comparing(Task::receiptNumber,
                        java.util.Comparator.nullsLast(String::compareTo)))
                .toList();
    }

    /** The reviewer's sheet for an assigned application (a fresh draft the first time). */
    public ScoreSheet sheet(String username, long applicationId) {
        Reviewer r = reviewerOf(username);
        long callId = assignedCall(r, applicationId);
        if (conflicts.suspended(r.id(), applicationId)) {
            throw InvalidInputException.of("assignment", "review.suspended");
        }
        return sheets.findByApplicationIdAndReviewerIdAndRound(applicationId, r.id(), ScoreSheet.Round.SELECTION)
                .orElseGet(() -> ScoreSheet.open(callId, applicationId, r.id(), clock.instant()));
    }

    /** Saves the reviewer's scores, and submits (locks) the sheet if asked. */
    @Transactional
    public ScoreSheet save(String username, long applicationId, Map<String, Double> scores, String comment,
            boolean submit, Actor actor) {
        ScoreSheet sheet = sheet(username, applicationId);
        calls.beginScoring(sheet.callId());
        ReviewPlan plan = planning.plan(sheet.callId());
        sheet.write(scores, comment, plan.criteria(), clock.instant());
        if (submit) {
            sheet.submit(plan.criteria(), clock.instant());
        }
        ScoreSheet saved = sheets.save(sheet);
        audit.recordChange(actor, submit ? "SCORE_SUBMIT" : "SCORE_SAVE", "APPLICATION", applicationId,
                "sheet " + saved.id());
        return saved;
    }

    /** Officer: reopens a submitted sheet so the reviewer can change it; the reason is kept and audited. */
    @Transactional
    public ScoreSheet reopen(long sheetId, String reason, Actor actor) {
        ScoreSheet sheet = sheets.findById(sheetId).filter(x -> x.round() == ScoreSheet.Round.SELECTION)
                .orElseThrow(() -> new NotFoundException("scoreSheet.notFound", sheetId));
        calls.beginScoring(sheet.callId());
        sheet.reopen(reason, clock.instant());
        ScoreSheet saved = sheets.save(sheet);
        audit.recordChange(actor, "SCORE_REOPEN", "APPLICATION", sheet.applicationId(),
                "sheet " + sheetId + ": " + reason.strip());
        return saved;
    }

    /** Every sheet of a call (for officers). */
    public List<ScoreSheet> sheetsOf(long callId) {
        return sheets.findByCallIdAndRoundOrderByApplicationIdAscReviewerIdAsc(callId, ScoreSheet.Round.SELECTION);
    }

    /** Every sheet of the call, of the selection review and of the final evaluation of its projects. */
    public List<ScoreSheet> allSheetsOf(long callId) {
        return sheets.findByCallId(callId).stream().sorted(java.util.Comparator
                .comparing((ScoreSheet s) -> s.round().ordinal()).thenComparing(ScoreSheet::applicationId)
                .thenComparing(ScoreSheet::reviewerId)).toList();
    }

    private Reviewer reviewerOf(String username) {
        return pool.ofAccount(username).orElseThrow(() -> new AccessDeniedException("not a reviewer in the pool"));
    }

    private long assignedCall(Reviewer r, long applicationId) {
        return jdbc.sql("select call_id from review_assignment where reviewer_id = ? and application_id = ?")
                .params(r.id(), applicationId).query(Long.class).optional()
                .orElseThrow(() -> new NotFoundException("application.notFound", applicationId));
    }
}
