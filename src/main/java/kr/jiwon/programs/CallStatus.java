package kr.jiwon.programs;

/** Where a call stands administratively: drafted, published, closed for applications, results announced. */
public enum CallStatus {
    DRAFT, PUBLISHED, CLOSED, ANNOUNCED
}
