package kr.jiwon.review;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import kr.jiwon.audit.AuditLog;
import kr.jiwon.programs.CallManagement;
import kr.jiwon.shared.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The reviewers invited to a call; assignment draws on this panel only. */
@Service
@Transactional(readOnly = true)
public class ReviewPanel {

    private final ReviewerPool pool;
    private final CallManagement calls;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    ReviewPanel(ReviewerPool pool, CallManagement calls, JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.pool = pool;
        this.calls = calls;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void invite(long callId, long reviewerId, Actor actor) {
        calls.call(callId);
        pool.reviewer(reviewerId);
        if (!members(callId).contains(reviewerId)) {
            jdbc.sql("insert into review_panel (call_id, reviewer_id, invited_at, invited_by) values (?, ?, ?, ?)")
                    .params(callId, reviewerId, Timestamp.from(clock.instant()), actor.username()).update();
            audit.recordChange(actor, "REVIEW_PANEL_INVITE", "CALL", callId, "reviewer " + reviewerId);
        }
    }

    /** Only through {@link ReviewerAssignment#removeFromPanel}, which settles the reviewer's pairings first. */
    void remove(long callId, long reviewerId, int pairingsCancelled, Actor actor) {
        jdbc.sql("delete from review_panel where call_id = ? and reviewer_id = ?").params(callId, reviewerId)
                .update();
        audit.recordChange(actor, "REVIEW_PANEL_REMOVE", "CALL", callId,
                "reviewer " + reviewerId + (pairingsCancelled > 0
                        ? ", " + pairingsCancelled + " pairings cancelled"
                        : ""));
    }

    /** The panel, by name. */
    public List<Reviewer> panel(long callId) {
        Set<Long> ids = members(callId);
        return pool.all().stream().filter(r -> ids.contains(r.id())).toList();
    }

    private Set<Long> members(long callId) {
        return jdbc.sql("select reviewer_id from review_panel where call_id = ?").param(callId).query(Long.class)
                .list().stream().collect(Collectors.toSet());
    }
}
