package kr.jiwon.programs;

/** A call was created or changed state (search and alerts follow it). */
public record CallChanged(long callId) {
}
