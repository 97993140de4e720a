package kr.jiwon.audit;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** One entry of the audit log; never changed or deleted once written. */
@Table("audit_event")
public record AuditEvent(@Id Long id, Instant at, String actor, String actorRole, String action, String targetType,
        String targetId, String detail, String ip) {
}
