package kr.jiwon.review;

import java.util.List;
import java.util.Locale;
import kr.jiwon.audit.AuditLog;
import kr.jiwon.notifications.NotificationKind;
import kr.jiwon.notifications.Notifications;
import kr.jiwon.programs.CallManagement;
import kr.jiwon.shared.Actor;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When a reviewer's conflicts change after they were assigned (a declared conflict or a joint project recorded
 * later), the pairings now in conflict are suspended (see {@link ConflictCheck.Suspension}); the officers are told at
 * once, per call, in the app and by e-mail, and the suspension is audited. Runs in the transaction of the change.
 */
@Component
class ConflictAlerts {

    /** A reviewer's declared conflicts or joint projects changed. */
    record ReviewerConflictsChanged(long reviewerId, Actor actor) {
    }

    private final ConflictCheck conflicts;
    private final ReviewerPool pool;
    private final CallManagement calls;
    private final Notifications notifications;
    private final MessageSource messages;
    private final AuditLog audit;
    private final JdbcClient jdbc;

    ConflictAlerts(ConflictCheck conflicts, ReviewerPool pool, CallManagement calls, Notifications notifications,
            MessageSource messages, AuditLog audit, JdbcClient jdbc) {
        this.conflicts = conflicts;
        this.pool = pool;
        this.calls = calls;
        this.notifications = notifications;
        this.messages = messages;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    @EventListener
    void on(ReviewerConflictsChanged changed) {
        List<Long> callIds = jdbc.sql("select distinct call_id from review_assignment where reviewer_id = ?"
                + " order by call_id").param(changed.reviewerId()).query(Long.class).list();
        for (long callId : callIds) {
            List<ConflictCheck.Suspension> now = conflicts.suspended(callId).stream()
                    .filter(s -> s.reviewerId() == changed.reviewerId()).toList();
            if (now.isEmpty()) {
                continue;
            }
            String title = calls.call(callId).title();
            String name = pool.reviewer(changed.reviewerId()).name();
            Object[] args = {title, name, now.size()};
            notifications.toOfficers(NotificationKind.CONFLICT,
                    messages.getMessage("notify.conflict.subject", args, Locale.KOREAN),
                    messages.getMessage("notify.conflict.body", args, Locale.KOREAN),
                    "/office/calls/" + callId + "/review#assignment");
            audit.recordChange(changed.actor(), "REVIEW_ASSIGNMENT_SUSPENDED", "CALL", callId,
                    "reviewer " + changed.reviewerId() + ": applications " + now.stream()
                            .map(s -> String.valueOf(s.applicationId())).toList());
        }
    }
}
