package kr.jiwon.selection;

/** An officer answered an objection: upheld (the decision is reopened) or rejected. */
public record ObjectionDecided(long objectionId, long callId, long applicationId, boolean upheld) {
}
