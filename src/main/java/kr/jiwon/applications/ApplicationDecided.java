package kr.jiwon.applications;

/**
 * A decision moved a handed-in application (요건검토, the selection, an upheld objection): published in the deciding
 * transaction, so what other modules do about it commits or rolls back with the decision. {@code to} is
 * {@link ApplicationStatus#isRuledOut() ruled out} when the application goes no further for now.
 */
public record ApplicationDecided(long applicationId, long callId, ApplicationStatus from, ApplicationStatus to) {
}
