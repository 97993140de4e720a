package kr.jiwon.review;

/**
 * A conflict of interest found by a named policy between a reviewer and an application: the message key and its
 * argument (the identifier that matched), and, if an officer dismissed it as a false positive, their reason.
 */
public record Conflict(String policy, String messageKey, String matched, String dismissedReason) {

    public boolean dismissed() {
        return dismissedReason != null;
    }

    Conflict dismissedBecause(String reason) {
        return new Conflict(policy, messageKey, matched, reason);
    }
}
