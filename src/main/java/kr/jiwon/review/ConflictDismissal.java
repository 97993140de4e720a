package kr.jiwon.review;

import java.time.Instant;

/** An officer's judgement that a found conflict is a false positive, with the reason; never raised again. */
record ConflictDismissal(long reviewerId, long applicationId, String policy, String reason, String dismissedBy,
        Instant dismissedAt) {
}
