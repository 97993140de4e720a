package kr.jiwon.matching;

/** Where a request passed to an institute stands. */
public enum OfferStatus {

    OFFERED, ACCEPTED, DECLINED, EXPIRED, WITHDRAWN;

    /** Decided by the institute or an officer: what the recommender learns from (see {@code MatchOffers#decided}). */
    boolean isDecided() {
        return this == ACCEPTED || this == DECLINED || this == WITHDRAWN;
    }
}
