package kr.jiwon.audit;

import java.time.Instant;

/** Filters of the audit log; null means any. */
public record AuditQuery(String actor, String targetType, String targetId, String action, Instant from, Instant to,
        int limit) {
}
