package kr.jiwon.matching;

/** Where a request passed to an institute stands. */
public enum OfferStatus {
    OFFERED, ACCEPTED, DECLINED, EXPIRED, WITHDRAWN
}
