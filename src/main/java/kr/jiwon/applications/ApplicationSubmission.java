package kr.jiwon.applications;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import kr.jiwon.audit.AuditLog;
import kr.jiwon.programs.Call;
import kr.jiwon.programs.CallManagement;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.CurrentUser;
import kr.jiwon.shared.InvalidInputException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Submitting (deadline by the server's clock, every eligibility policy at once, a receipt only after commit, the
 * same receipt for a retried or double-clicked submission) and withdrawing.
 */
@Service
public class ApplicationSubmission {

    private final ApplicationManagement management;
    private final Applications applications;
    private final SubmissionContexts contexts;
    private final ApplicationAccess access;
    private final EligibilityPolicies policies;
    private final ReceiptDesk desk;
    private final CallManagement calls;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final kr.jiwon.notifications.Notifications notifications;
    private final org.springframework.context.MessageSource messages;
    private final SubmissionMetrics metrics;
    private final SubmissionTraffic traffic;

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, java.util.Locale.KOREAN);
    }

    ApplicationSubmission(ApplicationManagement management, Applications applications,
            SubmissionContexts contexts, ApplicationAccess access, EligibilityPolicies policies,
            ReceiptDesk desk, CallManagement calls, AuditLog audit, JdbcTemplate jdbc,
            TransactionTemplate tx, Clock clock, org.springframework.context.ApplicationEventPublisher events,
            kr.jiwon.notifications.Notifications notifications, org.springframework.context.MessageSource messages,
            SubmissionMetrics metrics, SubmissionTraffic traffic) {
        this.metrics = metrics;
        this.traffic = traffic;
        this.notifications = notifications;
        this.messages = messages;
        this.management = management;
        this.applications = applications;
        this.contexts = contexts;
        this.access = access;
        this.policies = policies;
        this.desk = desk;
        this.calls = calls;
        this.audit = audit;
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Submits the application. {@code startedAt} is when the request began (a grace period counts from it);
     * {@code idempotencyKey} (optional) makes a retry return the first receipt. A concurrent duplicate loses the
     * race inside the database and is answered with the winner's receipt.
     */
    public SubmissionReceipt submit(CurrentUser user, long id, String idempotencyKey, Instant startedAt, Actor actor) {
        return submit(user, id, null, java.util.Set.of(), idempotencyKey, startedAt, actor);
    }

    /**
     * Saves the form the user submitted with (if the application is still a draft) and submits it, in one
     * transaction: the content that was checked is the content that was received, and a double click costs one
     * round trip to the database, not two.
     */
    public SubmissionReceipt submit(CurrentUser user, long id, ApplicationForm form, java.util.Set<String> keep,
            String idempotencyKey, Instant startedAt, Actor actor) {
        traffic.began();
        try {
            return submitCounted(user, id, form, keep, idempotencyKey, startedAt, actor);
        } finally {
            traffic.ended();
        }
    }

    private SubmissionReceipt submitCounted(CurrentUser user, long id, ApplicationForm form,
            java.util.Set<String> keep, String idempotencyKey, Instant startedAt, Actor actor) {
        var number = desk.expect(id);
        for (int attempt = 0;; attempt++) {
            try {
                Submitted s = tx.execute(status -> submitOnce(user, id, form, keep, idempotencyKey, startedAt, actor));
                if (s.fresh()) {
                    metrics.submitted();
                }
                if (s.receiptNumber() != null) {
                    return new SubmissionReceipt(s.applicationId(), s.receiptNumber(), s.submittedAt());
                }
                desk.request(s.callId());
                return new SubmissionReceipt(s.applicationId(), desk.await(s.applicationId(), number),
                        s.submittedAt());
            } catch (OptimisticLockingFailureException | DataIntegrityViolationException e) {
                if (attempt >= 2) {
                    desk.forget(id, number);
                    throw e;
                }
            } catch (RuntimeException e) {
                desk.forget(id, number);
                throw e;
            }
        }
    }

    /** What the submitting transaction committed; the number may still be to come from the {@link ReceiptDesk}. */
    private record Submitted(long applicationId, long callId, String receiptNumber, Instant submittedAt,
            boolean fresh) {
    }

    private Submitted submitOnce(CurrentUser user, long id, ApplicationForm form, java.util.Set<String> keep,
            String key, Instant startedAt, Actor actor) {
        Application a = management.load(id);
        access.requireOwner(user, a);
        if (a.status() == ApplicationStatus.SUBMITTED) {
            return claim(user, key, new Submitted(a.id(), a.callId(), a.receiptNumber(), a.submittedAt(), false));
        }
        if (a.status() != ApplicationStatus.DRAFT) {
            throw new IllegalTransitionException(a.status(), ApplicationStatus.SUBMITTED);
        }
        if (form != null) {
            if (form.version() == null || !form.version().equals(a.version())) {
                throw new DraftConflictException(a);
            }
            a.write(form.keeping(keep, a.toForm()), user.username(), clock.instant());
        }
        Instant now = clock.instant();
        a.submit(policies, contexts.of(a, now, startedAt), user.username(), now);
        applications.save(a);
        audit.recordChange(actor, "APPLICATION_SUBMIT", "APPLICATION", id, null);
        // stored with this transaction (event publication registry) and delivered after it commits
        events.publishEvent(new ApplicationSubmitted(id, a.callId(), now));
        return claim(user, key, new Submitted(id, a.callId(), null, now, true));
    }

    /**
     * Binds the idempotency key (if any) to this submission, in the submitting transaction. A key already bound
     * to this application is a retry (its application is then SUBMITTED and answered with its receipt); a key
     * bound to another application is refused, and the transaction (with the submission) rolls back.
     */
    private Submitted claim(CurrentUser user, String key, Submitted submitted) {
        if (key == null) {
            return submitted;
        }
        int bound = jdbc.update("insert into idempotent_submission (account, idem_key, application_id, created_at) "
                + "values (?, ?, ?, ?) on conflict do nothing", user.username(), key, submitted.applicationId(),
                java.sql.Timestamp.from(clock.instant()));
        if (bound == 0 && !Long.valueOf(submitted.applicationId()).equals(jdbc.queryForObject(
                "select application_id from idempotent_submission where account = ? and idem_key = ?", Long.class,
                user.username(), key))) {
            throw InvalidInputException.of("Idempotency-Key", "application.keyReused");
        }
        return submitted;
    }

    /**
     * What submitting the draft now would be refused for — every eligibility policy, as {@link #submit} applies
     * them — changing nothing: the form's pre-submit checklist and its live checks. For an application the caller
     * has already been let see ({@link ApplicationManagement#view} or {@code write}); it reveals nothing more.
     */
    public List<kr.jiwon.shared.FieldViolation> precheck(Application a) {
        Instant now = clock.instant();
        return policies.check(contexts.of(a, now, now));
    }

    /** Takes a submitted application back, until the call's close minute. */
    public Application withdraw(CurrentUser user, long id, String reason, Actor actor) {
        return tx.execute(status -> {
            Application a = management.load(id);
            access.requireOwner(user, a);
            Call call = calls.call(a.callId());
            if (!call.acceptsWithdrawal(clock.instant())) {
                throw InvalidInputException.of("status", "application.withdrawAfterClose");
            }
            a.withdraw(user.username(), clock.instant(), reason);
            Application saved = applications.save(a);
            audit.recordChange(actor, "APPLICATION_WITHDRAW", "APPLICATION", id, reason);
            notifications.toCompany(kr.jiwon.notifications.NotificationKind.WITHDRAWN, a.companyId(),
                    a.contactEmail(), text("notify.withdrawn.subject", call.title()),
                    text("notify.withdrawn.body", a.title(), call.title(),
                            kr.jiwon.shared.SeoulTime.notice(clock.instant()),
                            kr.jiwon.shared.SeoulTime.notice(call.closesAt())),
                    "/applications/" + id);
            return saved;
        });
    }

    /** Turns a withdrawn application back into a draft while the call is open. */
    public Application reopen(CurrentUser user, long id, Actor actor) {
        return tx.execute(status -> {
            Application a = management.load(id);
            access.requireOwner(user, a);
            if (!calls.call(a.callId()).isOpen(clock.instant())) {
                throw InvalidInputException.of("status", "application.callNotOpen");
            }
            a.reopen(user.username(), clock.instant());
            Application saved = applications.save(a);
            audit.recordChange(actor, "APPLICATION_REOPEN", "APPLICATION", id, null);
            return saved;
        });
    }
}
