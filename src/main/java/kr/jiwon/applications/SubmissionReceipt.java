package kr.jiwon.applications;

import java.time.Instant;

/** Proof of a committed submission: its receipt number and the server time it was accepted. */
public record SubmissionReceipt(long applicationId, String receiptNumber, Instant submittedAt) {
}
