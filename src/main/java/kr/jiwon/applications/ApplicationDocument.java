package kr.jiwon.applications;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A file attached to an application, as detected by its content, with its SHA-256; {@code slot} names the call's
 * required document it is for (null for any other document); {@code supplementRequestId} the 보완 요청 it answers (null
 * for a document handed in with the application).
 */
@Table("application_document")
public record ApplicationDocument(@Id Long id, Long applicationId, String filename, String mediaType, long sizeBytes,
        String sha256, String storageKey, Instant uploadedAt, String uploadedBy, String slot,
        Long supplementRequestId) {

    /** Handed in to answer a 보완 요청, after the application itself. */
    public boolean isSupplement() {
        return supplementRequestId != null;
    }
}
