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
 * application window, tracks and eligibility. Its status moves forward only through its verbs, each refused with
 * nothing changed before its stage: publish → (window) → close → screening → review → announce the selection →
 * objections → final results.
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
    private Instant closedEarlyAt;

    @PersistenceCreator
    Call(Long id, Long version, Long programId, int round, String title, String summary, Won budget,
         Integer expectedProjects, Instant opensAt, Instant closesAt, CallStatus status, List<Track> tracks,
         Eligibility eligibility, int graceMinutes, Integer minOwnContributionPercent, int instituteResponseDays,
         Instant createdAt, Instant statusChangedAt, Instant closedEarlyAt) {
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
        this.closedEarlyAt = closedEarlyAt;
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
                now, null);
    }

    /** Makes the call visible to applicants; it accepts applications during its window. */
    void publish(Instant now) {
        require(CallStatus.DRAFT, CallPhase.DRAFT);
        moveTo(CallStatus.PUBLISHED, now);
    }

    /**
     * Stops accepting applications: when the window (and its grace) has passed, or early by an officer (조기 마감).
     */
    void close(Instant now) {
        require(CallStatus.PUBLISHED, CallPhase.OPEN);
        if (now.isBefore(closesAt)) {
            closedEarlyAt = now;
        }
        moveTo(CallStatus.CLOSED, now);
    }

    /** Records the close once the window and its grace period are over; true if the status changed. */
    boolean closeIfDue(Instant now) {
        if (status == CallStatus.PUBLISHED && !now.isBefore(submissionsEndAt())) {
            moveTo(CallStatus.CLOSED, now);
            return true;
        }
        return false;
    }

    /** 요건검토 is done after the close and until the selection is announced. */
    void requireScreening(Instant now) {
        closeIfDue(now);
        requireBetween(CallStatus.CLOSED, CallStatus.UNDER_REVIEW, now);
    }

    /**
     * Reviewers are assigned once every handed-in application has been screened; the call is then under review
     * (평가). Assigning again while under review is allowed (the review module refuses once scoring has begun).
     */
    void startReview(Instant now, long unscreened) {
        closeIfDue(now);
        requireBetween(CallStatus.CLOSED, CallStatus.UNDER_REVIEW, now);
        if (unscreened > 0) {
            throw new CallStageException("call.stage.unscreened", unscreened);
        }
        if (status == CallStatus.CLOSED) {
            moveTo(CallStatus.UNDER_REVIEW, now);
        }
    }

    /** Score sheets are written and submitted while the call is under review. */
    void requireScoring(Instant now) {
        closeIfDue(now);
        requireBetween(CallStatus.UNDER_REVIEW, CallStatus.UNDER_REVIEW, now);
    }

    /**
     * The selection is confirmed and announced (선정 확정) only under review, with every handed-in application
     * screened and every eligible one scored; the objection period (이의신청) begins.
     */
    void announceSelection(Instant now, long unscreened, long unscored) {
        requireScoring(now);
        if (unscreened > 0) {
            throw new CallStageException("call.stage.unscreened", unscreened);
        }
        if (unscored > 0) {
            throw new CallStageException("call.stage.unscored", unscored);
        }
        moveTo(CallStatus.ANNOUNCED, now);
    }

    /** Objections are lodged and answered, and reopened decisions decided again, while the selection is announced. */
    void requireAnnounced(Instant now) {
        requireBetween(CallStatus.ANNOUNCED, CallStatus.ANNOUNCED, now);
    }

    /**
     * The results become final (결과 확정, the selected become 협약 대상) once the objection period is over, no
     * objection is open and no reopened decision awaits.
     */
    void finalizeResults(Instant now, Instant objectionUntil, long openObjections, long awaitingDecision) {
        requireAnnounced(now);
        if (now.isBefore(objectionUntil)) {
            throw new CallStageException("call.stage.objectionPeriod", SeoulTime.minute(objectionUntil));
        }
        if (openObjections > 0) {
            throw new CallStageException("call.stage.openObjections", openObjections);
        }
        if (awaitingDecision > 0) {
            throw new CallStageException("call.stage.awaitingDecision", awaitingDecision);
        }
        moveTo(CallStatus.FINALIZED, now);
    }

    private void moveTo(CallStatus next, Instant now) {
        status = next;
        statusChangedAt = now;
    }

    private void require(CallStatus expected, CallPhase expectedPhase) {
        if (status != expected) {
            throw new CallStageException("call.stage.wrong", stageName(phaseOf(status)), stageName(expectedPhase));
        }
    }

    private void requireBetween(CallStatus from, CallStatus to, Instant now) {
        if (status.isBefore(from)) {
            if (status == CallStatus.PUBLISHED || status == CallStatus.DRAFT) {
                throw new CallStageException("call.stage.notClosed", SeoulTime.minute(submissionsEndAt()),
                        stageName(phase(now)));
            }
            throw new CallStageException("call.stage.notYet", stageName(phase(now)), stageName(phaseOf(from)));
        }
        if (to.isBefore(status)) {
            throw new CallStageException("call.stage.over", stageName(phase(now)));
        }
    }

    private static CallPhase phaseOf(CallStatus s) {
        return s == CallStatus.PUBLISHED ? CallPhase.OPEN : CallPhase.valueOf(s.name());
    }

    private static org.springframework.context.MessageSourceResolvable stageName(CallPhase phase) {
        return new org.springframework.context.support.DefaultMessageSourceResolvable("phase." + phase.name());
    }

    /** The stored status, with a published call whose window and grace have passed counted as closed. */
    public CallStatus status(Instant now) {
        return status == CallStatus.PUBLISHED && !now.isBefore(submissionsEndAt()) ? CallStatus.CLOSED : status;
    }

    public CallPhase phase(Instant now) {
        return switch (status) {
            case PUBLISHED -> now.isBefore(opensAt) ? CallPhase.UPCOMING
                    : now.isBefore(closesAt) ? CallPhase.OPEN : CallPhase.CLOSED;
            default -> phaseOf(status);
        };
    }

    public boolean isOpen(Instant now) {
        return phase(now) == CallPhase.OPEN;
    }

    /** The last instant a submission can arrive: the close, plus the grace period if the call has one. */
    public Instant submissionsEndAt() {
        return closesAt.plusSeconds(60L * graceMinutes);
    }

    /** When an officer closed the call before its window ended (조기 마감), or null. */
    public Instant closedEarlyAt() {
        return closedEarlyAt;
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
                && now.isBefore(submissionsEndAt());
    }

    /** A submitted application may be withdrawn while the call still accepts applications. */
    public boolean acceptsWithdrawal(Instant now) {
        return status == CallStatus.PUBLISHED && now.isBefore(closesAt);
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
