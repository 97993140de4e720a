package kr.jiwon.applications;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kr.jiwon.accounts.CurrentUser;
import kr.jiwon.audit.Actor;
import kr.jiwon.audit.AuditLog;
import kr.jiwon.companies.Company;
import kr.jiwon.companies.CompanyManagement;
import kr.jiwon.institutes.InstituteManagement;
import kr.jiwon.programs.Call;
import kr.jiwon.programs.CallManagement;
import kr.jiwon.programs.ProgramManagement;
import kr.jiwon.shared.FieldViolation;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.RootTechnologies;
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
    private final ApplicationDocuments documents;
    private final ApplicationAccess access;
    private final EligibilityPolicies policies;
    private final ReceiptNumbers receipts;
    private final CallManagement calls;
    private final ProgramManagement programs;
    private final CompanyManagement companies;
    private final InstituteManagement institutes;
    private final RootTechnologies rootTechnologies;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;

    ApplicationSubmission(ApplicationManagement management, Applications applications,
                          ApplicationDocuments documents, ApplicationAccess access, EligibilityPolicies policies,
                          ReceiptNumbers receipts, CallManagement calls, ProgramManagement programs,
                          CompanyManagement companies, InstituteManagement institutes,
                          RootTechnologies rootTechnologies, AuditLog audit, JdbcTemplate jdbc,
                          TransactionTemplate tx, Clock clock) {
        this.management = management;
        this.applications = applications;
        this.documents = documents;
        this.access = access;
        this.policies = policies;
        this.receipts = receipts;
        this.calls = calls;
        this.programs = programs;
        this.companies = companies;
        this.institutes = institutes;
        this.rootTechnologies = rootTechnologies;
        this.audit = audit;
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
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
        for (int attempt = 0; ; attempt++) {
            try {
                return tx.execute(status -> submitOnce(user, id, form, keep, idempotencyKey, startedAt, actor));
            } catch (OptimisticLockingFailureException | DataIntegrityViolationException e) {
                if (attempt >= 2) {
                    throw e;
                }
            }
        }
    }

    private SubmissionReceipt submitOnce(CurrentUser user, long id, ApplicationForm form, java.util.Set<String> keep,
                                         String key, Instant startedAt, Actor actor) {
        Optional<SubmissionReceipt> earlier = key == null ? Optional.empty() : earlierAnswer(user, key);
        if (earlier.isPresent()) {
            if (earlier.get().applicationId() != id) {
                throw InvalidInputException.of("Idempotency-Key", "application.keyReused");
            }
            return earlier.get();
        }
        Application a = management.load(id);
        access.requireOwner(user, a);
        if (a.status() == ApplicationStatus.SUBMITTED) {
            return remember(user, key, new SubmissionReceipt(a.id(), a.receiptNumber(), a.submittedAt()));
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
        Call call = calls.call(a.callId());
        Company company = companies.company(a.companyId());
        Instant now = clock.instant();
        SubmissionContext ctx = new SubmissionContext(a, call, company, companies.regionOf(company),
                documents.countByApplication(id), now, startedAt == null ? now : startedAt,
                applications.countOtherHandedIn(a.callId(), a.companyId(), id),
                s -> institutes.find(s).isPresent(), s -> rootTechnologies.find(s).isPresent());
        List<FieldViolation> violations = policies.check(ctx);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        String receipt = receipts.next(call, programs.program(call.programId()));
        a.submit(receipt, user.username(), now);
        applications.save(a);
        audit.recordChange(actor, "APPLICATION_SUBMIT", "APPLICATION", id, receipt);
        return remember(user, key, new SubmissionReceipt(id, receipt, now));
    }

    private Optional<SubmissionReceipt> earlierAnswer(CurrentUser user, String key) {
        return jdbc.query("select application_id, receipt_number, created_at from idempotent_submission "
                        + "where account = ? and idem_key = ?",
                (rs, i) -> new SubmissionReceipt(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant()),
                user.username(), key).stream().findFirst();
    }

    private SubmissionReceipt remember(CurrentUser user, String key, SubmissionReceipt receipt) {
        if (key != null) {
            jdbc.update("insert into idempotent_submission (account, idem_key, application_id, receipt_number, "
                            + "created_at) values (?, ?, ?, ?, ?)", user.username(), key, receipt.applicationId(),
                    receipt.receiptNumber(), java.sql.Timestamp.from(receipt.submittedAt()));
        }
        return receipt;
    }

    /** Takes a submitted application back, until the call's close minute. */
    public Application withdraw(CurrentUser user, long id, String reason, Actor actor) {
        return tx.execute(status -> {
            Application a = management.load(id);
            access.requireOwner(user, a);
            Call call = calls.call(a.callId());
            if (!clock.instant().isBefore(call.closesAt())) {
                throw InvalidInputException.of("status", "application.withdrawAfterClose");
            }
            a.withdraw(user.username(), clock.instant(), reason);
            Application saved = applications.save(a);
            audit.recordChange(actor, "APPLICATION_WITHDRAW", "APPLICATION", id, reason);
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
