package kr.jiwon.programs;

/**
 * What everyone sees of a call right now: its status, with a published call split by its window into not yet open,
 * accepting applications, and closed.
 */
public enum CallPhase {
    DRAFT, UPCOMING, OPEN, CLOSED, UNDER_REVIEW, ANNOUNCED, FINALIZED
}
