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
 * application window ({@link CallWindow}), tracks and eligibility. Its life ({@link CallLife}) moves forward only
 * through its verbs, each refused with nothing changed before its stage.
 */
@Table("funding_call")
public class Call {

    @Id
    private Long id;
    @Version
    private Long version;
    private final Long programId;
    private int round;
    private String title;
    private String summary;
    private Won budget;
    private Integer expectedProjects;
    @Embedded.Empty
    private CallWindow window;
    @Embedded.Empty
    private final CallLife life;
    @MappedCollection(idColumn = "call_id", keyColumn = "position")
    private List<Track> tracks;
    @Embedded.Empty(prefix = "elig_")
    private Eligibility eligibility;
    private Integer minOwnContributionPercent;
    private int instituteResponseDays;
    private String ruleOverrideReason;
    @Embedded.Empty
    private CallNotice notice;
    private final Instant createdAt;
    @MappedCollection(idColumn = "call_id", keyColumn = "position")
    private List<CostShare> costShares;

    @PersistenceCreator
    Call(Long id, Long version, Long programId, int round, String title, String summary, Won budget,
            Integer expectedProjects, CallWindow window, CallLife life, List<Track> tracks,
            Eligibility eligibility, Integer minOwnContributionPercent, int instituteResponseDays,
            String ruleOverrideReason, CallNotice notice, Instant createdAt, List<CostShare> costShares) {
        this(id, version, programId, round, title, summary, budget, expectedProjects, window, life, tracks,
                eligibility, minOwnContributionPercent, instituteResponseDays, ruleOverrideReason, notice, createdAt);
        this.costShares = costShares == null ? List.of() : List.copyOf(costShares);
    }

    private Call(Long id, Long version, Long programId, int round, String title, String summary, Won budget,
            Integer expectedProjects, CallWindow window, CallLife life, List<Track> tracks,
            Eligibility eligibility, Integer minOwnContributionPercent, int instituteResponseDays,
            String ruleOverrideReason, CallNotice notice, Instant createdAt) {
        this.id = id;
        this.version = version;
        this.programId = programId;
        this.round = round;
        this.title = title;
        this.summary = summary;
        this.budget = budget;
        this.expectedProjects = expectedProjects;
        this.window = window;
        this.life = life;
        this.tracks = List.copyOf(tracks);
        this.eligibility = eligibility;
        this.minOwnContributionPercent = minOwnContributionPercent;
        this.instituteResponseDays = instituteResponseDays;
        this.ruleOverrideReason = ruleOverrideReason;
        this.notice = notice == null ? CallNotice.NONE : notice;
        this.createdAt = createdAt;
        this.costShares = List.of();
    }

    static Call draft(NewCall cmd, Instant now) {
        Call call = new Call(null, null, cmd.programId(), 0, null, null, null, null, null,
                new CallLife(CallStatus.DRAFT, now, null), List.of(), null, null, 0, null, null, now);
        call.take(cmd);
        return call;
    }

    /** Everything but the program and the life, as the officer gave it. */
    private void take(NewCall cmd) {
        round = cmd.round();
        title = cmd.title().strip();
        summary = cmd.summary() == null || cmd.summary().isBlank() ? null : cmd.summary().strip();
        budget = cmd.budget();
        expectedProjects = cmd.expectedProjects();
        window = new CallWindow(SeoulTime.toInstant(cmd.opensAt()), SeoulTime.toInstant(cmd.closesAt()),
                cmd.graceMinutes() == null ? 0 : cmd.graceMinutes());
        tracks = cmd.tracks().stream().map(NewTrack::toTrack).toList();
        eligibility = cmd.eligibility() == null
                ? new Eligibility(null, false, false, null, false, null, null)
                : cmd.eligibility().toEligibility();
        minOwnContributionPercent = cmd.minOwnContributionPercent();
        instituteResponseDays = cmd.instituteResponseDays() == null
                ? NewCall.DEFAULT_RESPONSE_DAYS
                : cmd.instituteResponseDays();
        ruleOverrideReason = cmd.ruleOverrideReason();
        notice = cmd.notice();
        costShares = cmd.costShares().stream().map(NewCall.NewCostShare::toCostShare).toList();
        CostShare own = costShares.stream().filter(CostShare::company).findFirst().orElse(null);
        if (own != null) {
            // the company's part of the total cost is its minimum own contribution
            minOwnContributionPercent = own.percent();
        }
    }

    /** Whether a correction notice (정정공고) can be issued now: published, and its window with grace not over. */
    public boolean amendable(Instant now) {
        return life.status() == CallStatus.PUBLISHED && !window.over(now);
    }

    /** A draft takes the officer's edit as a whole (the version guards against a colleague's edit in between). */
    void revise(NewCall cmd, long expectedVersion, Instant now) {
        requireVersion(expectedVersion);
        if (life.status() != CallStatus.DRAFT) {
            throw CallStageException.notDraft(phase(now));
        }
        requireSameProgram(cmd);
        take(cmd);
    }

    /**
     * 정정공고: a published call, before its window is over, takes a change that keeps every submitted application
     * valid ({@code committed}: what they asked for). Refused with every reason at once; nothing changes then.
     */
    void amend(NewCall cmd, long expectedVersion, Instant now, CallCommitments.Committed committed) {
        requireVersion(expectedVersion);
        if (!amendable(now)) {
            throw CallStageException.notAmendable(phase(now));
        }
        requireSameProgram(cmd);
        kr.jiwon.shared.Violations v = new kr.jiwon.shared.Violations();
        v.check(cmd.round() == round, "round", "call.amend.roundFixed", round);
        Instant opens = SeoulTime.toInstant(cmd.opensAt());
        Instant closes = SeoulTime.toInstant(cmd.closesAt());
        v.check(now.isBefore(window.opensAt()) || opens.equals(window.opensAt()), "opensAt",
                "call.amend.alreadyOpen");
        v.check(closes.isAfter(now), "closesAt", "call.amend.closesInPast");
        List<Track> next = cmd.tracks().stream().map(NewTrack::toTrack).toList();
        committed.largestAmount().forEach((code, amount) -> {
            Optional<Track> t = next.stream().filter(x -> x.code().equalsIgnoreCase(code)).findFirst();
            v.check(t.isPresent(), "tracks", "call.amend.trackInUse", code);
            t.ifPresent(x -> v.check(!amount.exceeds(x.cap()), "tracks[" + next.indexOf(x) + "].cap",
                    "call.amend.capBelowApplications", x.name(), x.cap(), amount));
        });
        committed.longestMonths().forEach((code, months) -> next.stream().filter(x -> x.code().equalsIgnoreCase(code))
                .findFirst().ifPresent(x -> v.check(x.maxMonths() >= months,
                        "tracks[" + next.indexOf(x) + "].maxMonths", "call.amend.monthsBelowApplications", x.name(),
                        x.maxMonths(), months)));
        Eligibility nextEligibility = cmd.eligibility() == null
                ? new Eligibility(null, false, false, null, false, null, null)
                : cmd.eligibility().toEligibility();
        v.check(committed.submitted() == 0 || nextEligibility.equals(eligibility), "eligibility",
                "call.amend.eligibilityLocked", committed.submitted());
        List<CostShare> nextShares = cmd.costShares().stream().map(NewCall.NewCostShare::toCostShare).toList();
        v.check(committed.submitted() == 0 || nextShares.equals(costShares), "costShares",
                "call.amend.costSharesLocked", committed.submitted());
        v.check(committed.submitted() == 0 || cmd.minOwnContributionPercent() == null
                || minOwnContributionPercent != null && cmd.minOwnContributionPercent() <= minOwnContributionPercent,
                "minOwnContributionPercent", "call.amend.ownShareRaised", committed.submitted());
        List<String> added = cmd.notice().requiredDocuments().values().stream()
                .filter(d -> !notice.requiredDocuments().contains(d)).toList();
        v.check(committed.submitted() == 0 || added.isEmpty(), "requiredDocuments", "call.amend.documentsAdded",
                committed.submitted(), String.join(", ", added));
        v.throwIfAny();
        take(cmd);
    }

    /** Keeps the reason for departing from the program's track rules only while the call departs from them. */
    void keepOverrideReasonOnlyIf(boolean departs) {
        if (!departs) {
            ruleOverrideReason = null;
        }
    }

    /** The edit starts from the stored version (a call not yet stored is version 0). */
    private void requireVersion(long expectedVersion) {
        if ((version == null ? 0L : version) != expectedVersion) {
            throw new org.springframework.dao.OptimisticLockingFailureException("call " + id + " changed");
        }
    }

    private void requireSameProgram(NewCall cmd) {
        if (!programId.equals(cmd.programId())) {
            throw kr.jiwon.shared.InvalidInputException.of("programId", "call.programFixed");
        }
    }

    /** Makes the call visible to applicants; it accepts applications during its window. */
    void publish(Instant now) {
        life.publish(window, now);
    }

    /** Stops accepting applications: when the window (and grace) has passed, or early by an officer (조기 마감). */
    void close(Instant now) {
        life.close(window, now);
    }

    /** Records the close once the window and its grace period are over; true if the status changed. */
    boolean closeIfDue(Instant now) {
        return life.closeIfDue(window, now);
    }

    /** 요건검토 is done after the close and until the selection is announced. */
    void requireScreening(Instant now) {
        life.requireScreening(window, now);
    }

    /** Reviewers are assigned once every submission is screened; the call is then under review (평가). */
    void startReview(Instant now, long unscreened) {
        life.startReview(window, now, unscreened);
    }

    /** Score sheets are written and submitted while the call is under review. */
    void requireScoring(Instant now) {
        life.requireScoring(window, now);
    }

    /** 선정 확정: under review, everything screened and every eligible application scored; 이의신청 begins. */
    void announceSelection(Instant now, long unscreened, long unscored) {
        life.announceSelection(window, now, unscreened, unscored);
    }

    /** Objections and re-decisions happen while the selection is announced. */
    void requireAnnounced(Instant now) {
        life.requireAnnounced(window, now);
    }

    /** 결과 확정 after the objection period, with no objection open and no reopened decision waiting. */
    void finalizeResults(Instant now, Instant objectionUntil, long openObjections, long awaitingDecision) {
        life.finalizeResults(window, now, objectionUntil, openObjections, awaitingDecision);
    }

    /** The stored status, with a published call whose window and grace have passed counted as closed. */
    public CallStatus status(Instant now) {
        return life.status(window, now);
    }

    /**
     * Whether 요건검토 may be done now — the same stage {@link #requireScreening} guards: after the close and before the
     * selection is announced (for pages that offer or withhold screening actions).
     */
    public boolean screeningOpen(Instant now) {
        CallStatus s = status(now);
        return s == CallStatus.CLOSED || s == CallStatus.UNDER_REVIEW;
    }

    public CallPhase phase(Instant now) {
        return life.phase(window, now);
    }

    public boolean isOpen(Instant now) {
        return phase(now) == CallPhase.OPEN;
    }

    /** When an officer closed the call before its window ended (조기 마감), or null. */
    public Instant closedEarlyAt() {
        return life.closedEarlyAt();
    }

    /**
     * Whether a submission is accepted at {@code now}: before the close minute, or — for calls with a grace period —
     * within it when the upload began ({@code startedAt}) before the close.
     */
    public boolean acceptsSubmission(Instant now, Instant startedAt) {
        return life.status() == CallStatus.PUBLISHED && window.accepts(now, startedAt);
    }

    /** A submitted application may be withdrawn while the call still accepts applications. */
    public boolean acceptsWithdrawal(Instant now) {
        return life.status() == CallStatus.PUBLISHED && now.isBefore(window.closesAt());
    }

    public Optional<Track> track(String code) {
        return tracks.stream().filter(t -> t.code().equalsIgnoreCase(code)).findFirst();
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

    public CallWindow window() {
        return window;
    }

    public Instant opensAt() {
        return window.opensAt();
    }

    public Instant closesAt() {
        return window.closesAt();
    }

    public CallStatus status() {
        return life.status();
    }

    /** How funders share a project's total cost (empty when the call does not say). */
    public List<CostShare> costShares() {
        return java.util.Collections.unmodifiableList(costShares);
    }

    /**
     * Whether the company's minimum own contribution is a share of the project's total cost (총사업비 = the amount
     * asked for plus the company's own part), as when funders share the cost; otherwise it is a share of the amount
     * asked for.
     */
    public boolean ownShareOfTotal() {
        return costShares.stream().anyMatch(CostShare::company);
    }

    public List<Track> tracks() {
        return java.util.Collections.unmodifiableList(tracks);
    }

    public Eligibility eligibility() {
        return eligibility;
    }

    /** Minutes after the close during which an upload begun before the close is still accepted (0 = none). */
    public int graceMinutes() {
        return window.graceMinutes();
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

    /** The notice's documents, contact and announcement day. */
    public CallNotice notice() {
        return notice;
    }

    /** Why the call departs from its program's track rules, or null when it follows them. */
    public String ruleOverrideReason() {
        return ruleOverrideReason;
    }

    public Instant statusChangedAt() {
        return life.statusChangedAt();
    }
}
