package kr.jiwon.outcomes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kr.jiwon.shared.InvalidInputException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A report a project owes (중간·최종·성과활용보고) with its due date and every version the company submitted, each
 * with the officer's decision: accepted, changes asked for (with comments; the company submits a new version), or
 * rejected. Versions are never changed or removed.
 */
@Table("project_report")
public class ProjectReport {

    public enum Status {

        DUE, SUBMITTED, CHANGES_REQUESTED, ACCEPTED, REJECTED;

        public String messageKey() {
            return "reportStatus." + name();
        }
    }

    public enum Decision {
        ACCEPT, CHANGES, REJECT
    }

    /** Days before the due date a report may be submitted (an interim report from the project's start). */
    static final int OPENS_DAYS_BEFORE = 60;

    @Id
    private Long id;
    @Version
    private Long version;
    private final Long projectId;
    private final Duty.Kind kind;
    private final int seq;
    private LocalDate dueOn;
    private Status status;
    private boolean remindedBefore;
    private boolean remindedOverdue;
    @MappedCollection(idColumn = "report_id", keyColumn = "position")
    private List<ReportVersion> versions = new ArrayList<>();

    @PersistenceCreator
    ProjectReport(Long id, Long version, Long projectId, Duty.Kind kind, int seq, LocalDate dueOn, Status status,
            boolean remindedBefore, boolean remindedOverdue) {
        this.id = id;
        this.version = version;
        this.projectId = projectId;
        this.kind = kind;
        this.seq = seq;
        this.dueOn = dueOn;
        this.status = status;
        this.remindedBefore = remindedBefore;
        this.remindedOverdue = remindedOverdue;
    }

    static ProjectReport due(long projectId, Duty.Kind kind, int seq, LocalDate dueOn) {
        return new ProjectReport(null, null, projectId, kind, seq, dueOn, Status.DUE, false, false);
    }

    /** A changed project period moves the due date of a report not yet handed in. */
    boolean reschedule(LocalDate due) {
        if (status == Status.DUE && !due.equals(dueOn)) {
            dueOn = due;
            remindedBefore = false;
            remindedOverdue = false;
            return true;
        }
        return false;
    }

    void submit(String summary, ReportVersion.Attachment file, LocalDate today, String by, Instant now) {
        if (status != Status.DUE && status != Status.CHANGES_REQUESTED) {
            throw InvalidInputException.of("summary", "report.notOpen");
        }
        if (today.isBefore(opensOn())) {
            throw InvalidInputException.of("summary", "report.tooEarly", opensOn());
        }
        if (summary == null || summary.isBlank()) {
            throw InvalidInputException.of("summary", "field.required");
        }
        if (summary.strip().length() > 8000) {
            throw InvalidInputException.of("summary", "field.tooLong", 8000);
        }
        versions.add(ReportVersion.submitted(summary.strip(), file, now, by));
        status = Status.SUBMITTED;
    }

    void decide(Decision decision, String note, String by, Instant now) {
        if (status != Status.SUBMITTED) {
            throw InvalidInputException.of("decision", "report.nothingToDecide");
        }
        if (decision == null) {
            throw InvalidInputException.of("decision", "field.required");
        }
        if (decision != Decision.ACCEPT && (note == null || note.isBlank())) {
            throw InvalidInputException.of("note", "report.noteRequired");
        }
        int last = versions.size() - 1;
        versions.set(last, versions.get(last).decided(decision, note == null || note.isBlank() ? null : note.strip(),
                by, now));
        status = switch (decision) {
            case ACCEPT -> Status.ACCEPTED;
            case CHANGES -> Status.CHANGES_REQUESTED;
            case REJECT -> Status.REJECTED;
        };
        if (status == Status.CHANGES_REQUESTED) {
            remindedOverdue = false;
        }
    }

    /** The first day the company may submit. */
    public LocalDate opensOn() {
        return dueOn.minusDays(OPENS_DAYS_BEFORE);
    }

    /** Still owed by the company (not yet handed in, or sent back for changes). */
    public boolean owed() {
        return status == Status.DUE || status == Status.CHANGES_REQUESTED;
    }

    public boolean overdue(LocalDate today) {
        return owed() && today.isAfter(dueOn);
    }

    void markReminded(boolean overdue) {
        if (overdue) {
            remindedOverdue = true;
        } else {
            remindedBefore = true;
        }
    }

    public Optional<ReportVersion> latest() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    public Long id() {
        return id;
    }

    public Long version() {
        return version;
    }

    public Long projectId() {
        return projectId;
    }

    public Duty.Kind kind() {
        return kind;
    }

    public int seq() {
        return seq;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public Status status() {
        return status;
    }

    public boolean remindedBefore() {
        return remindedBefore;
    }

    public boolean remindedOverdue() {
        return remindedOverdue;
    }

    public List<ReportVersion> versions() {
        return List.copyOf(versions);
    }
}
