package kr.jiwon.review;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.Violations;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One reviewer's scores and comment on one application, on the call's rubric (each criterion 0..its weight).
 * Saved as a draft any number of times, submitted once (then locked); an officer may reopen it with a reason.
 */
@Table("score_sheet")
public class ScoreSheet {

    public enum Status {
        DRAFT, SUBMITTED
    }

    /** Which scoring the sheet belongs to: the selection of applications, or a project's final evaluation. */
    public enum Round {
        SELECTION, FINAL
    }

    @Id
    private Long id;
    @Version
    private Long version;
    private final Long callId;
    private final Long applicationId;
    private final Long reviewerId;
    private String scores;
    private String comment;
    private Status status;
    private Instant submittedAt;
    private Instant updatedAt;
    private int reopenCount;
    private String reopenReason;
    private final Round round;

    @PersistenceCreator
    ScoreSheet(Long id, Long version, Long callId, Long applicationId, Long reviewerId, String scores, String comment,
            Status status, Instant submittedAt, Instant updatedAt, int reopenCount, String reopenReason, Round round) {
        this.round = round == null ? Round.SELECTION : round;
        this.id = id;
        this.version = version;
        this.callId = callId;
        this.applicationId = applicationId;
        this.reviewerId = reviewerId;
        this.scores = scores == null ? "" : scores;
        this.comment = comment;
        this.status = status;
        this.submittedAt = submittedAt;
        this.updatedAt = updatedAt;
        this.reopenCount = reopenCount;
        this.reopenReason = reopenReason;
    }

    static ScoreSheet open(long callId, long applicationId, long reviewerId, Instant now) {
        return open(Round.SELECTION, callId, applicationId, reviewerId, now);
    }

    static ScoreSheet open(Round round, long callId, long applicationId, long reviewerId, Instant now) {
        return new ScoreSheet(null, null, callId, applicationId, reviewerId, "", null, Status.DRAFT, null, now, 0,
                null, round);
    }

    /** Keeps the reviewer's scores; every given score must lie within its criterion's weight. */
    void write(Map<String, Double> given, String text, java.util.List<ReviewPlan.Criterion> criteria, Instant now) {
        if (status == Status.SUBMITTED) {
            throw InvalidInputException.of("scores", "scoreSheet.locked");
        }
        Violations v = new Violations();
        Map<String, Double> kept = new LinkedHashMap<>();
        for (ReviewPlan.Criterion c : criteria) {
            Double s = given.get(c.name());
            if (s != null) {
                v.check(s >= 0 && s <= c.weight(), "scores[" + c.name() + "]", "scoreSheet.range", c.name(),
                        c.weight());
                kept.put(c.name(), s);
            }
        }
        v.check(text == null || text.length() <= 4000, "comment", "field.tooLong", 4000);
        v.throwIfAny();
        scores = String.join("|", kept.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
        comment = text == null || text.isBlank() ? null : text.strip();
        updatedAt = now;
    }

    /** Locks the sheet; every criterion must be scored. */
    void submit(java.util.List<ReviewPlan.Criterion> criteria, Instant now) {
        if (status == Status.SUBMITTED) {
            throw InvalidInputException.of("scores", "scoreSheet.locked");
        }
        Violations v = new Violations();
        Map<String, Double> s = scores();
        criteria.forEach(c -> v.check(s.containsKey(c.name()), "scores[" + c.name() + "]",
                "scoreSheet.missing", c.name()));
        v.throwIfAny();
        status = Status.SUBMITTED;
        submittedAt = now;
        updatedAt = now;
    }

    void reopen(String reason, Instant now) {
        if (status != Status.SUBMITTED) {
            throw InvalidInputException.of("status", "scoreSheet.notSubmitted");
        }
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "review.reasonRequired");
        }
        status = Status.DRAFT;
        reopenCount++;
        reopenReason = reason.strip();
        updatedAt = now;
    }

    public Map<String, Double> scores() {
        Map<String, Double> out = new LinkedHashMap<>();
        if (!scores.isEmpty()) {
            for (String part : scores.split("\\|")) {
                int eq = part.lastIndexOf('=');
                out.put(part.substring(0, eq), Double.valueOf(part.substring(eq + 1)));
            }
        }
        return out;
    }

    /** The sheet's total on the rubric, rescaled to 100 points with the given weights. */
    public double total(Map<String, Integer> weights, Map<String, Integer> scoredOutOf) {
        double sum = 0;
        int totalWeight = weights.values().stream().mapToInt(Integer::intValue).sum();
        for (var e : scores().entrySet()) {
            Integer w = weights.get(e.getKey());
            Integer outOf = scoredOutOf.get(e.getKey());
            if (w != null && outOf != null && outOf > 0) {
                sum += e.getValue() / outOf * w;
            }
        }
        return totalWeight == 0 ? 0 : sum * 100.0 / totalWeight;
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

    public Long applicationId() {
        return applicationId;
    }

    public Long reviewerId() {
        return reviewerId;
    }

    public String comment() {
        return comment;
    }

    public Status status() {
        return status;
    }

    public boolean submitted() {
        return status == Status.SUBMITTED;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public int reopenCount() {
        return reopenCount;
    }

    public String reopenReason() {
        return reopenReason;
    }

    public Round round() {
        return round;
    }
}
