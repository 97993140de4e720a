package kr.jiwon.applications;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A file attached to an application, as detected by its content, with its SHA-256; {@code slot} names the call's
 * required document it is for (null for any other document).
 */
@Table("application_document")
public record ApplicationDocument(@Id Long id, Long applicationId, String filename, String mediaType, long sizeBytes,
        String sha256, String storageKey, Instant uploadedAt, String uploadedBy, String slot) {
}
