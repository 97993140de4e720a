package kr.jiwon.applications;

/**
 * An application was submitted and its receipt issued (published after the commit). {@code submittedAt} may be
 * null in events stored before it was added.
 */
public record ApplicationSubmitted(long applicationId, long callId, java.time.Instant submittedAt) {
}
