package kr.jiwon.matching;

import java.time.Instant;
import kr.jiwon.shared.InvalidInputException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A request (application) passed to one institute, with its answer or the lack of one. */
@Table("match_offer")
public class MatchOffer {

    @Id
    private Long id;
    @Version
    private Long version;
    private final Long applicationId;
    private final Long callId;
    private final String institute;
    private final int rankPosition;
    private final double score;
    private OfferStatus status;
    private final Instant offeredAt;
    private final Instant respondBy;
    private Instant respondedAt;
    private String responder;
    private String reason;
    private boolean applicationRuledOut;

    @PersistenceCreator
    MatchOffer(Long id, Long version, Long applicationId, Long callId, String institute, int rankPosition, double score,
            OfferStatus status, Instant offeredAt, Instant respondBy, Instant respondedAt, String responder,
            String reason, boolean applicationRuledOut) {
        this.id = id;
        this.version = version;
        this.applicationId = applicationId;
        this.callId = callId;
        this.institute = institute;
        this.rankPosition = rankPosition;
        this.score = score;
        this.status = status;
        this.offeredAt = offeredAt;
        this.respondBy = respondBy;
        this.respondedAt = respondedAt;
        this.responder = responder;
        this.reason = reason;
        this.applicationRuledOut = applicationRuledOut;
    }

    static MatchOffer offer(long applicationId, long callId, String institute, int rank, double score, Instant now,
            Instant respondBy) {
        return new MatchOffer(null, null, applicationId, callId, institute, rank, score, OfferStatus.OFFERED, now,
                respondBy, null, null, null, false);
    }

    static MatchOffer decidedByOfficer(long applicationId, long callId, String institute, String officer, String reason,
            Instant now) {
        return new MatchOffer(null, null, applicationId, callId, institute, 0, 0, OfferStatus.ACCEPTED, now, now, now,
                officer, reason, false);
    }

    /** Whether the institute holds the request now: asked and not answered yet, or accepted. */
    boolean isOpen() {
        return status == OfferStatus.OFFERED || status == OfferStatus.ACCEPTED;
    }

    /**
     * Whether the request holds the institute's capacity for the call: open, and its application not ruled out (an
     * acceptance of a ruled-out application stays on record but sets nothing aside).
     */
    boolean holdsCapacity() {
        return isOpen() && !applicationRuledOut;
    }

    /**
     * The application was ruled out (요건 부적격, 미선정) or brought back; returns whether this changed anything.
     */
    boolean applicationRuledOut(boolean ruledOut) {
        boolean changed = applicationRuledOut != ruledOut;
        applicationRuledOut = ruledOut;
        return changed;
    }

    void accept(String by, Instant now) {
        answer(OfferStatus.ACCEPTED, by, now, null);
    }

    void decline(String by, Instant now, String why) {
        if (why == null || why.isBlank()) {
            throw InvalidInputException.of("reason", "offer.reasonRequired");
        }
        answer(OfferStatus.DECLINED, by, now, why.strip());
    }

    void expire(Instant now) {
        answer(OfferStatus.EXPIRED, "system", now, null);
    }

    /** The application went no further while this request waited for an answer. */
    void close(Instant now, String why) {
        answer(OfferStatus.CLOSED, "system", now, why);
    }

    void withdraw(String by, Instant now, String why) {
        if (status != OfferStatus.OFFERED && status != OfferStatus.ACCEPTED) {
            throw InvalidInputException.of("status", "offer.notOpen");
        }
        status = OfferStatus.WITHDRAWN;
        respondedAt = now;
        responder = by;
        reason = why;
    }

    private void answer(OfferStatus target, String by, Instant now, String why) {
        if (status != OfferStatus.OFFERED) {
            throw InvalidInputException.of("status", "offer.notOpen");
        }
        status = target;
        respondedAt = now;
        responder = by;
        reason = why;
    }

    public Long id() {
        return id;
    }

    public Long applicationId() {
        return applicationId;
    }

    public Long callId() {
        return callId;
    }

    public String institute() {
        return institute;
    }

    public int rankPosition() {
        return rankPosition;
    }

    public double score() {
        return score;
    }

    public OfferStatus status() {
        return status;
    }

    public Instant offeredAt() {
        return offeredAt;
    }

    public Instant respondBy() {
        return respondBy;
    }

    public Instant respondedAt() {
        return respondedAt;
    }

    public String responder() {
        return responder;
    }

    public String reason() {
        return reason;
    }
}
