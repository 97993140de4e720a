package kr.jiwon.programs;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * 정정공고: a change to a published call, kept as it was announced — when, by whom, why, and what changed (one line
 * per item, "접수 마감: 2026.12.28(월) 18:00 → 2027.01.04(월) 18:00", in Korean as the notice says it).
 */
@Table("call_amendment")
public class CallAmendment {

    @Id
    private Long id;
    private final Long callId;
    private final Instant amendedAt;
    private final String amendedBy;
    private final String reason;
    private final String changes;

    @PersistenceCreator
    CallAmendment(Long id, Long callId, Instant amendedAt, String amendedBy, String reason, String changes) {
        this.id = id;
        this.callId = callId;
        this.amendedAt = amendedAt;
        this.amendedBy = amendedBy;
        this.reason = reason;
        this.changes = changes;
    }

    static CallAmendment of(long callId, Instant at, String by, String reason, List<String> changes) {
        return new CallAmendment(null, callId, at, by, reason, String.join("\n", changes));
    }

    public Long id() {
        return id;
    }

    public Long callId() {
        return callId;
    }

    public Instant amendedAt() {
        return amendedAt;
    }

    public String amendedBy() {
        return amendedBy;
    }

    public String reason() {
        return reason;
    }

    public List<String> changes() {
        return List.of(changes.split("\n"));
    }
}
