package kr.jiwon.projects;

import java.time.Instant;
import java.time.LocalDate;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.Won;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A change to a signed agreement (협약변경): requested by the company with a reason. Budget transfers between
 * categories (비목 간 전용), period extensions and prior approvals (사전승인) need the officer's approval; changes
 * of personnel or of other details are notices (통보), accepted when filed. An approved transfer or extension makes a
 * new version of the agreement.
 */
@Table("agreement_change")
public class AgreementChange {

    public enum Kind {

        BUDGET_TRANSFER(true), PERIOD_EXTENSION(true), PRIOR_APPROVAL(true), PERSONNEL(false), OTHER(false);

        private final boolean needsApproval;

        Kind(boolean needsApproval) {
            this.needsApproval = needsApproval;
        }

        public boolean needsApproval() {
            return needsApproval;
        }

        public String messageKey() {
            return "changeKind." + name();
        }
    }

    public enum Status {

        REQUESTED, APPROVED, REJECTED, NOTIFIED;

        public String messageKey() {
            return "changeStatus." + name();
        }
    }

    @Id
    private Long id;
    @Version
    private Long version;
    private final Long projectId;
    private final Kind kind;
    private final String reason;
    private final String fromCategory;
    private final String toCategory;
    private final Won amount;
    private final LocalDate newEnd;
    private Status status;
    private final Instant requestedAt;
    private final String requestedBy;
    private Instant decidedAt;
    private String decidedBy;
    private String answer;

    @PersistenceCreator
    AgreementChange(Long id, Long version, Long projectId, Kind kind, String reason, String fromCategory,
            String toCategory, Won amount, LocalDate newEnd, Status status, Instant requestedAt, String requestedBy,
            Instant decidedAt, String decidedBy, String answer) {
        this.id = id;
        this.version = version;
        this.projectId = projectId;
        this.kind = kind;
        this.reason = reason;
        this.fromCategory = fromCategory;
        this.toCategory = toCategory;
        this.amount = amount;
        this.newEnd = newEnd;
        this.status = status;
        this.requestedAt = requestedAt;
        this.requestedBy = requestedBy;
        this.decidedAt = decidedAt;
        this.decidedBy = decidedBy;
        this.answer = answer;
    }

    static AgreementChange request(long projectId, ChangeRequest r, String by, Instant now) {
        return new AgreementChange(null, null, projectId, r.kind(), r.reason().strip(), r.fromCategory(),
                r.toCategory(), r.amount(), r.newEnd(), r.kind().needsApproval() ? Status.REQUESTED : Status.NOTIFIED,
                now, by, null, null, null);
    }

    void decide(boolean approve, String answer, String by, Instant now) {
        if (status != Status.REQUESTED) {
            throw InvalidInputException.of("status", "change.notOpen");
        }
        status = approve ? Status.APPROVED : Status.REJECTED;
        this.answer = answer == null || answer.isBlank() ? null : answer.strip();
        decidedAt = now;
        decidedBy = by;
    }

    // @formatter:off
    public Long id() { return id; }
    public Long projectId() { return projectId; }
    public Kind kind() { return kind; }
    public String reason() { return reason; }
    public String fromCategory() { return fromCategory; }
    public String toCategory() { return toCategory; }
    public Won amount() { return amount; }
    public LocalDate newEnd() { return newEnd; }
    public Status status() { return status; }
    public Instant requestedAt() { return requestedAt; }
    public String requestedBy() { return requestedBy; }
    public Instant decidedAt() { return decidedAt; }
    public String decidedBy() { return decidedBy; }
    public String answer() { return answer; }
    // @formatter:on
}
