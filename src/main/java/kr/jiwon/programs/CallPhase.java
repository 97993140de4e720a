package kr.jiwon.programs;

/** What an applicant sees of a call right now: not yet open, accepting applications, or no longer. */
public enum CallPhase {
    DRAFT, UPCOMING, OPEN, CLOSED, ANNOUNCED
}
