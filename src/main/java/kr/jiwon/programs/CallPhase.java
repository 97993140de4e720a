package kr.jiwon.programs;

/**
 * What everyone sees of a call right now: its status, with a published call split by its window into not yet open,
 * accepting applications, and closed.
 */
public enum CallPhase {

    DRAFT, UPCOMING, OPEN, CLOSED, UNDER_REVIEW, ANNOUNCED, FINALIZED;

    /** The phase a status stands for, taking a published call as open. */
    static CallPhase of(CallStatus status) {
        return status == CallStatus.PUBLISHED ? OPEN : valueOf(status.name());
    }
}
