package kr.jiwon.applications;

/** An application was submitted and its receipt issued (published after the commit). */
public record ApplicationSubmitted(long applicationId, long callId) {
}
