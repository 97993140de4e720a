package kr.jiwon.matching;

/** Where a request passed to an institute stands. */
public enum OfferStatus {

    OFFERED, ACCEPTED, DECLINED, EXPIRED, WITHDRAWN,
    /**
     * Ended unanswered because a decision ruled the application out (요건 부적격, 미선정): nobody decided about the
     * institute, so the recommender does not learn from it.
     */
    CLOSED;

    /** Decided by the institute or an officer: what the recommender learns from (see {@code MatchOffers#decided}). */
    boolean isDecided() {
        return this == ACCEPTED || this == DECLINED || this == WITHDRAWN;
    }
}
