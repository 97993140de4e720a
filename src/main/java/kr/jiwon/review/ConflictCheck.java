package kr.jiwon.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.jiwon.audit.AuditLog;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.SeoulTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Conflicts of interest between reviewers and a call's applications, with the officer's dismissals of false
 * positives applied (a dismissed conflict is shown as such and no longer blocks the pairing).
 */
@Service
@Transactional(readOnly = true)
public class ConflictCheck {

    /** One application and what the policies found for a reviewer. */
    public record CaseConflicts(long applicationId, String receiptNumber, String title, String companyName,
            List<Conflict> conflicts) {

        public boolean blocking() {
            return conflicts.stream().anyMatch(c -> !c.dismissed());
        }
    }

    /**
     * A stored pairing that a policy now finds in conflict with no dismissal — found after the assignment, e.g. a
     * joint project recorded later. It is suspended: the reviewer can neither read nor score the application and a
     * submitted score is left out of the aggregation, until an officer dismisses every finding as a false positive.
     */
    public record Suspension(long applicationId, long reviewerId, List<Conflict> conflicts) {

        public String key() {
            return key(applicationId, reviewerId);
        }

        public static String key(long applicationId, long reviewerId) {
            return applicationId + "/" + reviewerId;
        }
    }

    private final ReviewCases cases;
    private final ReviewerPool pool;
    private final kr.jiwon.applications.ApplicationManagement applications;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    ConflictCheck(ReviewCases cases, ReviewerPool pool, kr.jiwon.applications.ApplicationManagement applications,
            JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.applications = applications;
        this.cases = cases;
        this.pool = pool;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Checks a reviewer against every eligible application of a call, e.g. before inviting them. */
    public List<CaseConflicts> check(long callId, long reviewerId) {
        Reviewer r = pool.reviewer(reviewerId);
        Map<String, String> dismissed = dismissals(callId);
        return cases.eligible(callId).stream()
                .map(c -> new CaseConflicts(c.applicationId(), c.receiptNumber(), c.title(), c.companyName(),
                        conflicts(r, c, dismissed)))
                .toList();
    }

    /** Officer: a found conflict is a false positive. The reason is kept and audited. */
    @Transactional
    public void dismiss(long reviewerId, long applicationId, String policy, String reason, Actor actor) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "review.reasonRequired");
        }
        if (ConflictPolicies.ALL.stream().noneMatch(p -> p.name().equals(policy))) {
            throw InvalidInputException.of("policy", "conflict.unknownPolicy", policy);
        }
        pool.reviewer(reviewerId);
        int exists = jdbc.sql("select count(*) from conflict_dismissal where reviewer_id = ? and application_id = ?"
                + " and policy = ?").params(reviewerId, applicationId, policy).query(Integer.class).single();
        if (exists == 0) {
            jdbc.sql("insert into conflict_dismissal (reviewer_id, application_id, policy, reason, dismissed_by,"
                    + " dismissed_at) values (?, ?, ?, ?, ?, ?)")
                    .params(reviewerId, applicationId, policy, reason.strip(), actor.username(),
                            java.sql.Timestamp.from(clock.instant()))
                    .update();
        }
        audit.recordChange(actor, "CONFLICT_DISMISS", "APPLICATION", applicationId,
                "reviewer " + reviewerId + " " + policy + ": " + reason.strip());
    }

    /** The call's suspended pairings, in application then reviewer order. */
    public List<Suspension> suspended(long callId) {
        Map<String, String> dismissed = dismissals(callId);
        Map<Long, ReviewCase> byId = new HashMap<>();
        cases.handedIn(callId).forEach(c -> byId.put(c.applicationId(), c));
        Map<Long, Reviewer> reviewers = new HashMap<>();
        List<Suspension> out = new java.util.ArrayList<>();
        jdbc.sql("select application_id, reviewer_id from review_assignment where call_id = ?"
                + " order by application_id, reviewer_id")
                .param(callId)
                .query((rs, n) -> new long[]{rs.getLong(1), rs.getLong(2)}).list()
                .forEach(pair -> {
                    ReviewCase c = byId.get(pair[0]);
                    if (c != null) {
                        Reviewer r = reviewers.computeIfAbsent(pair[1], pool::reviewer);
                        List<Conflict> standing = conflicts(r, c, dismissed).stream().filter(x -> !x.dismissed())
                                .toList();
                        if (!standing.isEmpty()) {
                            out.add(new Suspension(pair[0], pair[1], standing));
                        }
                    }
                });
        return out;
    }

    /** Whether one pairing is suspended: a policy finds a conflict an officer has not dismissed. */
    boolean suspended(long reviewerId, long applicationId) {
        Map<String, String> dismissed = new HashMap<>();
        jdbc.sql("select policy, reason from conflict_dismissal where reviewer_id = ? and application_id = ?")
                .params(reviewerId, applicationId)
                .query((rs, n) -> dismissed.put(key(reviewerId, applicationId, rs.getString(1)), rs.getString(2)))
                .list();
        ReviewCase c = cases.of(applications.forMatching(applicationId));
        return conflicts(pool.reviewer(reviewerId), c, dismissed).stream().anyMatch(x -> !x.dismissed());
    }

    /** Dismissed (reviewer, application, policy) → reason, for a call's handed-in applications. */
    Map<String, String> dismissals(long callId) {
        Map<String, String> out = new HashMap<>();
        List<Long> ids = applications.handedIn(callId).stream().map(a -> a.id()).toList();
        if (ids.isEmpty()) {
            return out;
        }
        jdbc.sql("select reviewer_id, application_id, policy, reason from conflict_dismissal"
                + " where application_id in (:ids)")
                .param("ids", ids)
                .query((rs, n) -> out.put(key(rs.getLong(1), rs.getLong(2), rs.getString(3)), rs.getString(4)))
                .list();
        return out;
    }

    List<Conflict> conflicts(Reviewer r, ReviewCase c, Map<String, String> dismissed) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), SeoulTime.ZONE);
        return ConflictPolicies.findAll(r, c, today).stream()
                .map(f -> {
                    String reason = dismissed.get(key(r.id(), c.applicationId(), f.policy()));
                    return reason == null ? f : f.dismissedBecause(reason);
                })
                .toList();
    }

    private static String key(long reviewer, long application, String policy) {
        return reviewer + "/" + application + "/" + policy;
    }
}
