package kr.jiwon.programs;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kr.jiwon.shared.SeoulTime;
import kr.jiwon.shared.Won;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A call for applications (공고): one round of a program with its budget, expected number of projects,
 * application window, tracks and eligibility. Its status changes only through {@link #publish}, {@link #close}
 * and {@link #announce}.
 */
@Table("funding_call")
public class Call {

    @Id
    private Long id;
    @Version
    private Long version;
    private final Long programId;
    private final int round;
    private final String title;
    private final String summary;
    private final Won budget;
    private final Integer expectedProjects;
    private final Instant opensAt;
    private final Instant closesAt;
    private CallStatus status;
    @MappedCollection(idColumn = "call_id", keyColumn = "position")
    private final List<Track> tracks;
    @Embedded.Empty(prefix = "elig_")
    private final Eligibility eligibility;
    private final int graceMinutes;
    private final Integer minOwnContributionPercent;
    private final int instituteResponseDays;
    private final Instant createdAt;
    private Instant statusChangedAt;

    @PersistenceCreator
    Call(Long id, Long version, Long programId, int round, String title, String summary, Won budget,
         Integer expectedProjects, Instant opensAt, Instant closesAt, CallStatus status, List<Track> tracks,
         Eligibility eligibility, int graceMinutes, Integer minOwnContributionPercent, int instituteResponseDays,
         Instant createdAt, Instant statusChangedAt) {
        this.id = id;
        this.version = version;
        this.programId = programId;
        this.round = round;
        this.title = title;
        this.summary = summary;
        this.budget = budget;
        this.expectedProjects = expectedProjects;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.status = status;
        this.tracks = List.copyOf(tracks);
        this.eligibility = eligibility;
        this.graceMinutes = graceMinutes;
        this.minOwnContributionPercent = minOwnContributionPercent;
        this.instituteResponseDays = instituteResponseDays;
        this.createdAt = createdAt;
        this.statusChangedAt = statusChangedAt;
    }

    static Call draft(NewCall cmd, Instant now) {
        Eligibility eligibility = cmd.eligibility() == null
                ? new Eligibility(null, false, false, null, false, null, null)
                : cmd.eligibility().toEligibility();
        return new Call(null, null, cmd.programId(), cmd.round(), cmd.title().strip(), cmd.summary(), cmd.budget(),
                cmd.expectedProjects(), SeoulTime.toInstant(cmd.opensAt()), SeoulTime.toInstant(cmd.closesAt()),
                CallStatus.DRAFT, cmd.tracks().stream().map(NewTrack::toTrack).toList(), eligibility,
                cmd.graceMinutes() == null ? 0 : cmd.graceMinutes(), cmd.minOwnContributionPercent(),
                cmd.instituteResponseDays() == null ? NewCall.DEFAULT_RESPONSE_DAYS : cmd.instituteResponseDays(), now,
                now);
    }

    /** Makes the call visible to applicants; it accepts applications during its window. */
    void publish(Instant now) {
        requireStatus(CallStatus.DRAFT);
        status = CallStatus.PUBLISHED;
        statusChangedAt = now;
    }

    /** Stops accepting applications (after the window, or early by an officer). */
    void close(Instant now) {
        requireStatus(CallStatus.PUBLISHED);
        status = CallStatus.CLOSED;
        statusChangedAt = now;
    }

    /** Results have been announced. */
    void announce(Instant now) {
        requireStatus(CallStatus.CLOSED);
        status = CallStatus.ANNOUNCED;
        statusChangedAt = now;
    }

    private void requireStatus(CallStatus expected) {
        if (status != expected) {
            throw new IllegalCallTransitionException(status, expected);
        }
    }

    public CallPhase phase(Instant now) {
        return switch (status) {
            case DRAFT -> CallPhase.DRAFT;
            case CLOSED -> CallPhase.CLOSED;
            case ANNOUNCED -> CallPhase.ANNOUNCED;
            case PUBLISHED -> now.isBefore(opensAt) ? CallPhase.UPCOMING
                    : now.isBefore(closesAt) ? CallPhase.OPEN : CallPhase.CLOSED;
        };
    }

    public boolean isOpen(Instant now) {
        return phase(now) == CallPhase.OPEN;
    }

    /**
     * Whether a submission is accepted at {@code now}: before the close minute, or — for calls with a grace period —
     * within it when the upload began ({@code startedAt}) before the close.
     */
    public boolean acceptsSubmission(Instant now, Instant startedAt) {
        if (status != CallStatus.PUBLISHED || now.isBefore(opensAt)) {
            return false;
        }
        if (now.isBefore(closesAt)) {
            return true;
        }
        return graceMinutes > 0 && startedAt != null && startedAt.isBefore(closesAt)
                && now.isBefore(closesAt.plusSeconds(60L * graceMinutes));
    }

    public Optional<Track> track(String code) {
        return tracks.stream().filter(t -> t.code().equalsIgnoreCase(code)).findFirst();
    }

    /** The largest per-project cap over all tracks. */
    public Won largestCap() {
        return tracks.stream().map(Track::cap).max(Won::compareTo).orElse(Won.ZERO);
    }

    public Long id() {
        return id;
    }

    public Long version() {
        return version;
    }

    public Long programId() {
        return programId;
    }

    public int round() {
        return round;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public Won budget() {
        return budget;
    }

    public Integer expectedProjects() {
        return expectedProjects;
    }

    public Instant opensAt() {
        return opensAt;
    }

    public Instant closesAt() {
        return closesAt;
    }

    public CallStatus status() {
        return status;
    }

    public List<Track> tracks() {
        return tracks;
    }

    public Eligibility eligibility() {
        return eligibility;
    }

    /** Minutes after the close during which an upload begun before the close is still accepted (0 = none). */
    public int graceMinutes() {
        return graceMinutes;
    }

    /** The company's own contribution the call demands, in percent of the requested amount, or null. */
    public Integer minOwnContributionPercent() {
        return minOwnContributionPercent;
    }

    /** Days an institute has to accept or decline a request passed to it (default 5). */
    public int instituteResponseDays() {
        return instituteResponseDays;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant statusChangedAt() {
        return statusChangedAt;
    }
}
