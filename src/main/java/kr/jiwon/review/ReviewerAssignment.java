package kr.jiwon.review;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kr.jiwon.audit.AuditLog;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assigning reviewers to a call's eligible applications: k conflict-free reviewers each, no reviewer over the load
 * limit, the total expertise fit maximal (min-cost flow); stored only when every application is covered, and only
 * once the call has closed and every submission has been screened (the call is then under review).
 */
@Service
@Transactional(readOnly = true)
public class ReviewerAssignment {

    /** A stored assignment row as pages show it. */
    public record Assigned(long applicationId, String receiptNumber, String title, String companyName,
            long reviewerId, String reviewerName, int fit) {
    }

    private final ReviewCases cases;
    private final kr.jiwon.notifications.Notifications notifications;
    private final org.springframework.context.MessageSource messages;
    private final ReviewerPool pool;
    private final ReviewPanel panel;
    private final ConflictCheck conflicts;
    private final ReviewPlanning planning;
    private final kr.jiwon.programs.CallManagement calls;
    private final kr.jiwon.applications.ApplicationManagement applications;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    ReviewerAssignment(ReviewCases cases, ReviewerPool pool, ReviewPanel panel, ConflictCheck conflicts,
            ReviewPlanning planning,
            kr.jiwon.programs.CallManagement calls, kr.jiwon.applications.ApplicationManagement applications,
            JdbcClient jdbc, AuditLog audit, Clock clock, kr.jiwon.notifications.Notifications notifications,
            org.springframework.context.MessageSource messages) {
        this.notifications = notifications;
        this.messages = messages;
        this.calls = calls;
        this.applications = applications;
        this.cases = cases;
        this.pool = pool;
        this.panel = panel;
        this.conflicts = conflicts;
        this.planning = planning;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The optimal assignment for the call's current eligible applications and pool (not stored). */
    public AssignmentOutcome propose(long callId) {
        ReviewPlan plan = planning.plan(callId);
        List<ReviewCase> apps = cases.eligible(callId);
        List<Reviewer> reviewers = panel.panel(callId);
        Map<String, String> dismissed = conflicts.dismissals(callId);
        List<AssignmentSolver.Candidate> candidates = new ArrayList<>();
        List<Map<String, Integer>> conflictCounts = new ArrayList<>();
        int[] candidateCount = new int[apps.size()];
        for (int a = 0; a < apps.size(); a++) {
            Map<String, Integer> counts = new TreeMap<>();
            for (int r = 0; r < reviewers.size(); r++) {
                List<Conflict> found = conflicts.conflicts(reviewers.get(r), apps.get(a), dismissed).stream()
                        .filter(c -> !c.dismissed()).toList();
                if (found.isEmpty()) {
                    candidates.add(new AssignmentSolver.Candidate(a, r, fit(reviewers.get(r), apps.get(a))));
                    candidateCount[a]++;
                } else {
                    counts.merge(found.get(0).policy(), 1, Integer::sum);
                }
            }
            conflictCounts.add(counts);
        }
        int k = plan.reviewersPerApplication();
        AssignmentSolver.Solution s = AssignmentSolver.solve(apps.size(), reviewers.size(), k, plan.maxLoad(),
                candidates);
        int[] got = new int[apps.size()];
        List<AssignmentOutcome.Pair> pairs = new ArrayList<>();
        long total = 0;
        for (AssignmentSolver.Candidate c : s.chosen()) {
            got[c.application()]++;
            total += c.fit();
            pairs.add(new AssignmentOutcome.Pair(apps.get(c.application()).applicationId(),
                    reviewers.get(c.reviewer()).id(), c.fit()));
        }
        List<AssignmentOutcome.Shortfall> shortfalls = new ArrayList<>();
        for (int a = 0; a < apps.size(); a++) {
            if (got[a] < k) {
                ReviewCase c = apps.get(a);
                shortfalls.add(new AssignmentOutcome.Shortfall(c.applicationId(), c.receiptNumber(), c.title(), got[a],
                        k, candidateCount[a], conflictCounts.get(a), candidateCount[a] >= k));
            }
        }
        return new AssignmentOutcome(callId, k, plan.maxLoad(), pairs, total, shortfalls, apps.size(),
                reviewers.size());
    }

    /** Computes and stores the assignment if it covers every application; otherwise stores nothing. */
    @Transactional
    public AssignmentOutcome assign(long callId, Actor actor) {
        calls.startReview(callId, applications.awaitingScreening(callId));
        AssignmentOutcome outcome = propose(callId);
        if (outcome.feasible()) {
            replace(callId, outcome.pairs(), actor);
            audit.recordChange(actor, "REVIEW_ASSIGN", "CALL", callId,
                    outcome.pairs().size() + " pairs, fit " + outcome.totalFit());
        } else {
            audit.recordChange(actor, "REVIEW_ASSIGN_INFEASIBLE", "CALL", callId,
                    outcome.shortfalls().size() + " applications short");
        }
        return outcome;
    }

    /** Replaces the call's assignment, refusing once any score sheet has been submitted. */
    void replace(long callId, List<AssignmentOutcome.Pair> pairs, Actor actor) {
        calls.startReview(callId, applications.awaitingScreening(callId));
        refuseOnceScored(callId, "assignment", "review.scoringStarted");
        jdbc.sql("delete from score_sheet where call_id = ? and round = 'SELECTION'").param(callId).update();
        jdbc.sql("delete from review_assignment where call_id = ?").param(callId).update();
        var now = java.sql.Timestamp.from(clock.instant());
        Map<Long, Integer> perReviewer = new LinkedHashMap<>();
        for (AssignmentOutcome.Pair p : pairs) {
            jdbc.sql("insert into review_assignment (application_id, reviewer_id, call_id, fit, assigned_at,"
                    + " assigned_by) values (?, ?, ?, ?, ?, ?)")
                    .params(p.applicationId(), p.reviewerId(), callId, p.fit(), now, actor.username())
                    .update();
            perReviewer.merge(p.reviewerId(), 1, Integer::sum);
        }
        tellReviewers(callId, perReviewer);
    }

    /** The assignment stays as it is once a sheet of the call is submitted: its scores stand on it. */
    private void refuseOnceScored(long callId, String field, String key) {
        long submitted = planning.submittedSheets(callId);
        if (submitted > 0) {
            throw InvalidInputException.of(field, key, submitted);
        }
    }

    /**
     * Takes a reviewer off the call's panel. Applications already assigned to them lose that pairing (and its sheet,
     * never submitted) — the officer assigns again to fill the places — and the reviewer is told; once any sheet of the
     * call is submitted the assignment is fixed, so a reviewer who has pairings then stays. Returns how many pairings
     * went.
     */
    @Transactional
    public int removeFromPanel(long callId, long reviewerId, Actor actor) {
        Reviewer reviewer = pool.reviewer(reviewerId);
        int pairs = jdbc.sql("select count(*) from review_assignment where call_id = ? and reviewer_id = ?")
                .params(callId, reviewerId).query(Integer.class).single();
        if (pairs > 0) {
            refuseOnceScored(callId, "panel", "reviewCall.removeAfterScoring");
            jdbc.sql("delete from score_sheet where call_id = ? and reviewer_id = ? and round = 'SELECTION'")
                    .params(callId, reviewerId)
                    .update();
            jdbc.sql("delete from review_assignment where call_id = ? and reviewer_id = ?")
                    .params(callId, reviewerId).update();
            if (reviewer.accountUsername() != null) {
                String title = calls.call(callId).title();
                notifications.toUser(kr.jiwon.notifications.NotificationKind.REVIEW_ASSIGNED,
                        reviewer.accountUsername(), reviewer.email(),
                        messages.getMessage("notify.unassigned.subject", new Object[]{title},
                                java.util.Locale.KOREAN),
                        messages.getMessage("notify.unassigned.body", new Object[]{title, pairs},
                                java.util.Locale.KOREAN),
                        "/review");
            }
        }
        panel.remove(callId, reviewerId, pairs, actor);
        return pairs;
    }

    /**
     * A panel member who could take over one pairing: no standing conflict with the application, not already on it,
     * under the plan's load limit. {@code load} is how many applications of the call they have now.
     */
    public record Substitute(long reviewerId, String name, String affiliation, int fit, int load) {
    }

    /**
     * Who could take the place of {@code reviewerId} on {@code applicationId}, best fit first (then the lighter load,
     * then the name).
     */
    public List<Substitute> substitutes(long callId, long applicationId, long reviewerId) {
        return substitutes(callId, eligibleCase(callId, applicationId), reviewerId);
    }

    private List<Substitute> substitutes(long callId, ReviewCase c, long reviewerId) {
        long applicationId = c.applicationId();
        ReviewPlan plan = planning.plan(callId);
        Map<Long, Integer> load = loads(callId);
        java.util.Set<Long> onIt = new java.util.HashSet<>(jdbc.sql(
                "select reviewer_id from review_assignment where call_id = ? and application_id = ?")
                .params(callId, applicationId).query(Long.class).list());
        Map<String, String> dismissed = conflicts.dismissals(callId);
        return panel.panel(callId).stream()
                .filter(r -> r.id() != reviewerId && !onIt.contains(r.id()))
                .filter(r -> load.getOrDefault(r.id(), 0) < plan.maxLoad())
                .filter(r -> conflicts.conflicts(r, c, dismissed).stream().allMatch(Conflict::dismissed))
                .map(r -> new Substitute(r.id(), r.name(), r.affiliation(), fit(r, c), load.getOrDefault(r.id(), 0)))
                .sorted(java.util.Comparator.comparingInt(Substitute::fit).reversed()
                        .thenComparingInt(Substitute::load).thenComparing(Substitute::name))
                .toList();
    }

    /**
     * Officer, while the call is under review: another panel member takes over one pairing — the reviewer fell ill,
     * declared a conflict (회피), or a conflict found since suspended the pairing. The pairing's sheet goes with it: a
     * submitted sheet only when a conflict suspends it (its score was left out already); otherwise a submitted sheet
     * stands and must be reopened first. The substitute must be on the panel, free of conflicts with the application,
     * not already on it and under the load limit. Both reviewers are told; the reason is audited.
     */
    @Transactional
    public Assigned substitute(long callId, long applicationId, long reviewerId, long substituteId, String reason,
            Actor actor) {
        if (calls.call(callId).status().selectionAnnounced()) {
            throw InvalidInputException.of("substitute", "reviewCall.substituteReviewOver");
        }
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "review.reasonRequired");
        }
        int paired = jdbc.sql("select count(*) from review_assignment where call_id = ? and application_id = ?"
                + " and reviewer_id = ?").params(callId, applicationId, reviewerId).query(Integer.class).single();
        if (paired == 0) {
            throw InvalidInputException.of("substitute", "reviewCall.substituteNoPairing");
        }
        String sheet = jdbc.sql("select status from score_sheet where application_id = ? and reviewer_id = ?"
                + " and round = 'SELECTION'")
                .params(applicationId, reviewerId).query(String.class).optional().orElse("");
        if ("SUBMITTED".equals(sheet) && !conflicts.suspended(reviewerId, applicationId)) {
            throw InvalidInputException.of("substitute", "reviewCall.substituteSubmitted");
        }
        ReviewCase c = eligibleCase(callId, applicationId);
        Substitute chosen = substitutes(callId, c, reviewerId).stream()
                .filter(s -> s.reviewerId() == substituteId).findFirst()
                .orElseThrow(() -> InvalidInputException.of("substituteId", "reviewCall.substituteNotEligible",
                        pool.reviewer(substituteId).name()));
        jdbc.sql("delete from score_sheet where application_id = ? and reviewer_id = ? and round = 'SELECTION'")
                .params(applicationId, reviewerId).update();
        jdbc.sql("delete from review_assignment where application_id = ? and reviewer_id = ?")
                .params(applicationId, reviewerId).update();
        jdbc.sql("insert into review_assignment (application_id, reviewer_id, call_id, fit, assigned_at, assigned_by)"
                + " values (?, ?, ?, ?, ?, ?)")
                .params(applicationId, substituteId, callId, chosen.fit(), java.sql.Timestamp.from(clock.instant()),
                        actor.username())
                .update();
        audit.recordChange(actor, "REVIEW_SUBSTITUTE", "APPLICATION", applicationId,
                "reviewer " + reviewerId + " -> " + substituteId + ("SUBMITTED".equals(sheet)
                        ? " (submitted sheet of a suspended pairing removed)"
                        : "") + ": " + reason.strip());
        Reviewer leaving = pool.reviewer(reviewerId);
        if (leaving.accountUsername() != null) {
            String title = calls.call(callId).title();
            String receipt = c.receiptNumber();
            notifications.toUser(kr.jiwon.notifications.NotificationKind.REVIEW_ASSIGNED, leaving.accountUsername(),
                    leaving.email(),
                    messages.getMessage("notify.substituted.subject", new Object[]{title}, java.util.Locale.KOREAN),
                    messages.getMessage("notify.substituted.body", new Object[]{title, receipt},
                            java.util.Locale.KOREAN),
                    "/review");
        }
        tellReviewers(callId, Map.of(substituteId, 1));
        return new Assigned(applicationId, c.receiptNumber(), c.title(), c.companyName(), substituteId, chosen.name(),
                chosen.fit());
    }

    /** The application as the review sees it, if it is one of the call's applications under review. */
    private ReviewCase eligibleCase(long callId, long applicationId) {
        kr.jiwon.applications.Application a;
        try {
            a = applications.forMatching(applicationId);
        } catch (kr.jiwon.shared.NotFoundException e) {
            throw InvalidInputException.of("substitute", "reviewCall.substituteNoPairing");
        }
        if (a.callId() != callId || a.status() != kr.jiwon.applications.ApplicationStatus.ELIGIBLE) {
            throw InvalidInputException.of("substitute", "reviewCall.substituteNoPairing");
        }
        return cases.of(a);
    }

    /** How many applications of the call each reviewer has. */
    private Map<Long, Integer> loads(long callId) {
        Map<Long, Integer> load = new java.util.HashMap<>();
        jdbc.sql("select reviewer_id, count(*) from review_assignment where call_id = ? group by reviewer_id")
                .param(callId).query((rs, n) -> load.put(rs.getLong(1), rs.getInt(2))).list();
        return load;
    }

    /** Each reviewer with a sign-in hears how many applications they now have to score (in the app and by e-mail). */
    private void tellReviewers(long callId, Map<Long, Integer> perReviewer) {
        String title = calls.call(callId).title();
        perReviewer.forEach((reviewerId, n) -> {
            Reviewer r = pool.reviewer(reviewerId);
            if (r.accountUsername() != null) {
                notifications.toUser(kr.jiwon.notifications.NotificationKind.REVIEW_ASSIGNED, r.accountUsername(),
                        r.email(),
                        messages.getMessage("notify.assigned.subject", new Object[]{title}, java.util.Locale.KOREAN),
                        messages.getMessage("notify.assigned.body", new Object[]{title, n}, java.util.Locale.KOREAN),
                        "/review");
            }
        });
    }

    /**
     * Officer: reminds each reviewer of the call who has assigned score sheets not yet submitted, with how many (in
     * the app and by e-mail, if they want reminders by e-mail); returns how many reviewers were reminded.
     */
    @Transactional
    public int remindLate(long callId, Actor actor) {
        kr.jiwon.programs.Call call = calls.call(callId);
        if (call.status() != kr.jiwon.programs.CallStatus.UNDER_REVIEW) {
            throw InvalidInputException.of("remind", "reviewCall.remindNotUnderReview");
        }
        String title = call.title();
        Map<Long, Integer> late = new LinkedHashMap<>();
        jdbc.sql("select a.reviewer_id, count(*) from review_assignment a left join score_sheet s"
                + " on s.application_id = a.application_id and s.reviewer_id = a.reviewer_id"
                + " where a.call_id = ? and (s.id is null or s.status <> 'SUBMITTED') group by a.reviewer_id"
                + " order by a.reviewer_id")
                .param(callId).query((rs, n) -> late.put(rs.getLong(1), rs.getInt(2))).list();
        int reminded = 0;
        for (var e : late.entrySet()) {
            Reviewer r = pool.reviewer(e.getKey());
            if (r.accountUsername() != null) {
                notifications.toUser(kr.jiwon.notifications.NotificationKind.REMINDER, r.accountUsername(), r.email(),
                        messages.getMessage("notify.reviewReminder.subject", new Object[]{title, e.getValue()},
                                java.util.Locale.KOREAN),
                        messages.getMessage("notify.reviewReminder.body", new Object[]{title, e.getValue()},
                                java.util.Locale.KOREAN),
                        "/review");
                reminded++;
            }
        }
        audit.recordChange(actor, "REVIEW_REMIND", "CALL", callId, reminded + " reviewers");
        return reminded;
    }

    /** The stored assignment of a call, by receipt number then reviewer. */
    public List<Assigned> current(long callId) {
        Map<Long, ReviewCase> byId = new LinkedHashMap<>();
        cases.handedIn(callId).forEach(c -> byId.put(c.applicationId(), c));
        Map<Long, Reviewer> reviewers = new LinkedHashMap<>();
        pool.all().forEach(r -> reviewers.put(r.id(), r));
        return jdbc.sql("select application_id, reviewer_id, fit from review_assignment where call_id = ?"
                + " order by application_id, reviewer_id")
                .param(callId)
                .query((rs, n) -> {
                    ReviewCase c = byId.get(rs.getLong(1));
                    Reviewer r = reviewers.get(rs.getLong(2));
                    return new Assigned(rs.getLong(1), c == null ? null : c.receiptNumber(),
                            c == null ? "" : c.title(), c == null ? "" : c.companyName(), rs.getLong(2),
                            r == null ? "" : r.name(), rs.getInt(3));
                })
                .list();
    }

    /**
     * Whether the reviewer behind this login is assigned to the application and the pairing is not suspended by a
     * conflict found since (checked at every access, not only at assignment).
     */
    public boolean isAssigned(String username, long applicationId) {
        return jdbc.sql("select ra.reviewer_id from review_assignment ra join reviewer r on r.id = ra.reviewer_id"
                + " where r.account_username = ? and ra.application_id = ?")
                .params(username, applicationId).query(Long.class).optional()
                .filter(reviewerId -> !conflicts.suspended(reviewerId, applicationId))
                .isPresent();
    }

    /** Expertise fit: 1 plus 10 for each of the reviewer's fields found among the application's fields. */
    static int fit(Reviewer r, ReviewCase c) {
        int overlap = 0;
        for (String e : r.expertiseFields().values()) {
            String el = e.toLowerCase(java.util.Locale.ROOT);
            if (c.fields().values().stream().map(f -> f.toLowerCase(java.util.Locale.ROOT))
                    .anyMatch(f -> f.equals(el) || f.contains(el) || el.contains(f))) {
                overlap++;
            }
        }
        return 1 + 10 * overlap;
    }
}
