package kr.jiwon.applications;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.TextList;
import kr.jiwon.shared.Won;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A company's application to one call and track. Its status changes only through the verbs below, each recorded
 * with actor, time and reason; its content changes only while it is a draft.
 */
@Table("application")
public class Application {

    static final int MAX_TEXT = 20_000;

    @Id
    private Long id;
    @Version
    private Long version;
    private final Long callId;
    private final Long companyId;
    private String trackCode;
    private String title;
    private String bottleneck;
    private TextList technologyFields;
    private TextList rootTechnologies;
    private TextList desiredInstitutes;
    private Won requestedAmount;
    private Integer durationMonths;
    private Won ownContribution;
    private String contactName;
    private String contactPhone;
    private String contactEmail;
    private ApplicationStatus status;
    private String receiptNumber;
    private Instant submittedAt;
    private final Instant createdAt;
    private Instant updatedAt;
    private String updatedBy;
    @MappedCollection(idColumn = "application_id", keyColumn = "position")
    private final List<ApplicationTransition> transitions;

    @PersistenceCreator
    Application(Long id, Long version, Long callId, Long companyId, String trackCode, String title, String bottleneck,
                TextList technologyFields, TextList rootTechnologies, TextList desiredInstitutes, Won requestedAmount,
                Integer durationMonths, Won ownContribution, String contactName, String contactPhone,
                String contactEmail, ApplicationStatus status, String receiptNumber, Instant submittedAt,
                Instant createdAt, Instant updatedAt, String updatedBy, List<ApplicationTransition> transitions) {
        this.id = id;
        this.version = version;
        this.callId = callId;
        this.companyId = companyId;
        this.trackCode = trackCode;
        this.title = title;
        this.bottleneck = bottleneck;
        this.technologyFields = technologyFields == null ? TextList.EMPTY : technologyFields;
        this.rootTechnologies = rootTechnologies == null ? TextList.EMPTY : rootTechnologies;
        this.desiredInstitutes = desiredInstitutes == null ? TextList.EMPTY : desiredInstitutes;
        this.requestedAmount = requestedAmount;
        this.durationMonths = durationMonths;
        this.ownContribution = ownContribution;
        this.contactName = contactName;
        this.contactPhone = contactPhone;
        this.contactEmail = contactEmail;
        this.status = status;
        this.receiptNumber = receiptNumber;
        this.submittedAt = submittedAt;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
        this.transitions = new ArrayList<>(transitions == null ? List.of() : transitions);
    }

    /** A new draft, with the contact prefilled from the account (name, and its e-mail if it is an address). */
    static Application start(long callId, long companyId, String trackCode, String by, String contactName,
                             String accountEmail, Instant now) {
        String email = accountEmail != null && accountEmail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") ? accountEmail
                : by.contains("@") ? by : null;
        Application a = new Application(null, null, callId, companyId, trackCode, "", "", null, null, null, null, null,
                null, contactName, null, email, ApplicationStatus.DRAFT, null, null, now, now, by, null);
        a.transitions.add(new ApplicationTransition(null, ApplicationStatus.DRAFT, by, now, null));
        return a;
    }

    /** Replaces the draft's content with what the writer sent. */
    void write(ApplicationForm f, String by, Instant now) {
        requireStatus(ApplicationStatus.DRAFT);
        if (f.title() != null && f.title().length() > 200) {
            throw InvalidInputException.of("title", "field.tooLong", 200);
        }
        if (f.bottleneck() != null && f.bottleneck().length() > MAX_TEXT) {
            throw InvalidInputException.of("bottleneck", "field.tooLong", MAX_TEXT);
        }
        if (f.trackCode() != null && !f.trackCode().isBlank()) {
            trackCode = f.trackCode().strip();
        }
        title = f.title() == null ? "" : f.title().strip();
        bottleneck = f.bottleneck() == null ? "" : f.bottleneck();
        technologyFields = f.technologyFields();
        rootTechnologies = f.rootTechnologies();
        desiredInstitutes = f.desiredInstitutes();
        requestedAmount = f.requestedAmount();
        durationMonths = f.durationMonths();
        ownContribution = f.ownContribution();
        contactName = trimToNull(f.contactName(), 100, "contactName");
        contactPhone = trimToNull(f.contactPhone(), 40, "contactPhone");
        contactEmail = trimToNull(f.contactEmail(), 200, "contactEmail");
        touch(by, now);
    }

    private static String trimToNull(String s, int max, String field) {
        if (s == null || s.isBlank()) {
            return null;
        }
        if (s.strip().length() > max) {
            throw InvalidInputException.of(field, "field.tooLong", max);
        }
        return s.strip();
    }

    void submit(String receipt, String by, Instant now) {
        move(ApplicationStatus.SUBMITTED, by, now, null);
        receiptNumber = receipt;
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
        transitions.add(new ApplicationTransition(status, target, by, now, reason == null ? null : reason.strip()));
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

    /** The content as a form, e.g. to show a writer what a colleague saved meanwhile. */
    public ApplicationForm toForm() {
        return new ApplicationForm(version, trackCode, title, bottleneck, technologyFields, rootTechnologies,
                desiredInstitutes, requestedAmount, durationMonths, ownContribution, contactName, contactPhone,
                contactEmail);
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

    public String trackCode() {
        return trackCode;
    }

    public String title() {
        return title;
    }

    public String bottleneck() {
        return bottleneck;
    }

    public TextList technologyFields() {
        return technologyFields;
    }

    public TextList rootTechnologies() {
        return rootTechnologies;
    }

    public TextList desiredInstitutes() {
        return desiredInstitutes;
    }

    public Won requestedAmount() {
        return requestedAmount;
    }

    public Integer durationMonths() {
        return durationMonths;
    }

    public Won ownContribution() {
        return ownContribution;
    }

    public String contactName() {
        return contactName;
    }

    public String contactPhone() {
        return contactPhone;
    }

    public String contactEmail() {
        return contactEmail;
    }

    public ApplicationStatus status() {
        return status;
    }

    public String receiptNumber() {
        return receiptNumber;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public List<ApplicationTransition> transitions() {
        return List.copyOf(transitions);
    }
}
