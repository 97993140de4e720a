package kr.jiwon.applications;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import kr.jiwon.shared.FieldViolation;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.TextList;
import kr.jiwon.shared.Won;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A company's application to one call and track. Its status changes only through the verbs below, each recorded
 * with actor, time and reason; its content ({@link ApplicationContent}) changes only while it is a draft, and it is
 * submitted only when every eligibility policy of its call accepts it.
 */
@Table("application")
public class Application {

    @Id
    private Long id;
    @Version
    private Long version;
    private final Long callId;
    private final Long companyId;
    @Embedded.Empty
    private ApplicationContent content;
    private ApplicationStatus status;
    private String receiptNumber;
    private Instant submittedAt;
    private final Instant createdAt;
    private Instant updatedAt;
    private String updatedBy;
    /**
     * Its stored history, oldest first, read on first use (most reads of an application — lists, checks, the
     * submission — never look at it); given by {@link ApplicationHistory}, which also appends, never rewrites.
     */
    @Transient
    private java.util.function.Supplier<List<ApplicationTransition>> storedHistory = List::of;
    /** The stored history once read; null before. */
    @Transient
    private List<ApplicationTransition> stored;
    /** The transitions made since the application was read or last saved, appended when it is saved. */
    @Transient
    private final List<ApplicationTransition> unstored = new ArrayList<>();

    @PersistenceCreator
    Application(Long id, Long version, Long callId, Long companyId, ApplicationContent content,
            ApplicationStatus status, String receiptNumber, Instant submittedAt, Instant createdAt,
            Instant updatedAt, String updatedBy) {
        this.id = id;
        this.version = version;
        this.callId = callId;
        this.companyId = companyId;
        this.content = content;
        this.status = status;
        this.receiptNumber = receiptNumber;
        this.submittedAt = submittedAt;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
    }

    /** A new draft, with the contact prefilled from the account (name, and its e-mail if it is an address). */
    static Application start(long callId, long companyId, String trackCode, String by, String contactName,
            String accountEmail, Instant now) {
        String email = accountEmail != null && accountEmail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")
                ? accountEmail
                : by.contains("@") ? by : null;
        Application a = new Application(null, null, callId, companyId, ApplicationContent.start(trackCode,
                contactName, email), ApplicationStatus.DRAFT, null, null, now, now, by);
        a.unstored.add(new ApplicationTransition(null, ApplicationStatus.DRAFT, by, now, null));
        return a;
    }

    /** Replaces the draft's content with what the writer sent. */
    void write(ApplicationForm f, String by, Instant now) {
        requireStatus(ApplicationStatus.DRAFT);
        content = content.rewrittenAs(f);
        touch(by, now);
    }

    /**
     * Hands the application in: every eligibility policy of the call is applied to {@code context} (built for this
     * application) and any rejection refuses the submission with all of them, changing nothing.
     */
    void submit(EligibilityPolicies policies, SubmissionContext context, String by, Instant now) {
        if (context.application() != this) {
            throw new IllegalArgumentException("the context is for another application");
        }
        List<FieldViolation> violations = policies.check(context);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        move(ApplicationStatus.SUBMITTED, by, now, null);
        submittedAt = now;
    }

    void withdraw(String by, Instant now, String reason) {
        move(ApplicationStatus.WITHDRAWN, by, now, reason);
    }

    /** A withdrawn application becomes a draft again (while the call is open) and gets a new receipt on submit. */
    void reopen(String by, Instant now) {
        move(ApplicationStatus.DRAFT, by, now, null);
        receiptNumber = null;
    }

    void screen(ApplicationStatus target, String by, Instant now, String reason) {
        if (target != ApplicationStatus.SCREENING && target != ApplicationStatus.ELIGIBLE
                && target != ApplicationStatus.INELIGIBLE) {
            throw new IllegalTransitionException(status, target);
        }
        if (target == ApplicationStatus.INELIGIBLE && (reason == null || reason.isBlank())) {
            throw InvalidInputException.of("reason", "application.reasonRequired");
        }
        move(target, by, now, reason);
    }

    /** The confirmed result of selection. */
    void decide(boolean selected, String by, Instant now, String reason) {
        move(selected ? ApplicationStatus.SELECTED : ApplicationStatus.NOT_SELECTED, by, now, reason);
    }

    /** The selected company gives the award up before its agreement is signed (선정 포기); final. */
    void giveUp(String by, Instant now, String reason) {
        move(ApplicationStatus.GAVE_UP, by, now, reason);
    }

    /** Not selected, then selected in the place of an award given up (추가 선정). */
    void selectAdditionally(String by, Instant now, String reason) {
        requireStatus(ApplicationStatus.NOT_SELECTED);
        move(ApplicationStatus.SELECTED, by, now, reason);
    }

    /** An upheld objection reopens the decision. */
    void reopenDecision(String by, Instant now, String reason) {
        if (status != ApplicationStatus.SELECTED && status != ApplicationStatus.NOT_SELECTED) {
            throw new IllegalTransitionException(status, ApplicationStatus.ELIGIBLE);
        }
        move(ApplicationStatus.ELIGIBLE, by, now, reason);
    }

    private void move(ApplicationStatus target, String by, Instant now, String reason) {
        if (!status.canMoveTo(target)) {
            throw new IllegalTransitionException(status, target);
        }
        unstored.add(new ApplicationTransition(status, target, by, now, reason == null ? null : reason.strip()));
        status = target;
        touch(by, now);
    }

    private void requireStatus(ApplicationStatus expected) {
        if (status != expected) {
            throw new IllegalTransitionException(status, expected);
        }
    }

    private void touch(String by, Instant now) {
        updatedBy = by;
        updatedAt = now;
    }

    public ApplicationForm toForm() {
        return content.toForm(version);
    }

    public Long id() {
        return id;
    }

    public Long version() {
        return version;
    }

    public Long callId() {
        return callId;
    }

    public Long companyId() {
        return companyId;
    }

    public ApplicationContent content() {
        return content;
    }

    public String trackCode() {
        return content.trackCode();
    }

    public String title() {
        return content.title();
    }

    public String bottleneck() {
        return content.bottleneck();
    }

    public TextList technologyFields() {
        return content.technologyFields();
    }

    public TextList rootTechnologies() {
        return content.rootTechnologies();
    }

    public TextList desiredInstitutes() {
        return content.desiredInstitutes();
    }

    public Won requestedAmount() {
        return content.requestedAmount();
    }

    public Integer durationMonths() {
        return content.durationMonths();
    }

    public Won ownContribution() {
        return content.ownContribution();
    }

    public String contactEmail() {
        return content.contactEmail();
    }

    public ApplicationStatus status() {
        return status;
    }

    public String receiptNumber() {
        return receiptNumber;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    /** Its whole history, oldest first (the stored part is read on the first call). */
    public List<ApplicationTransition> transitions() {
        if (stored == null) {
            stored = List.copyOf(storedHistory.get());
        }
        List<ApplicationTransition> all = new ArrayList<>(stored);
        all.addAll(unstored);
        return List.copyOf(all);
    }

    /** Where the stored history is read from when it is first wanted (the application was just read). */
    void historyFrom(java.util.function.Supplier<List<ApplicationTransition>> reader) {
        storedHistory = reader;
        stored = null;
        unstored.clear();
    }

    /** The transitions made since the application was read or last saved, to be appended. */
    List<ApplicationTransition> unstoredTransitions() {
        return List.copyOf(unstored);
    }

    void historyStored() {
        if (stored != null) {
            List<ApplicationTransition> now = new ArrayList<>(stored);
            now.addAll(unstored);
            stored = List.copyOf(now);
        }
        unstored.clear();
    }
}
