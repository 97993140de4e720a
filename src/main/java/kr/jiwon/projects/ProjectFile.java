package kr.jiwon.projects;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A file kept with a project — an agreement PDF, spending evidence (영수증, 세금계산서), deposit evidence — with its
 * detected media type and SHA-256; stored in the database in the same transaction as what refers to it.
 */
@Table("project_file")
public record ProjectFile(@Id Long id, Long projectId, String purpose, String name, String mediaType, long sizeBytes,
        String sha256, byte[] content, Instant createdAt, String createdBy) {

    static ProjectFile of(long projectId, String purpose, UploadedFile file, String by, Instant now) {
        return new ProjectFile(null, projectId, purpose, file.name(), file.mediaType(), file.bytes().length,
                file.sha256(), file.bytes(), now, by);
    }
}
