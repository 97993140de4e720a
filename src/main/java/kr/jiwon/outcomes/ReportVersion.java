package kr.jiwon.outcomes;

import java.time.Instant;
import org.springframework.data.relational.core.mapping.Table;

/** One submitted version of a report: the text, an optional file, and the officer's decision once made. */
@Table("report_version")
public record ReportVersion(String summary, String fileName, String mediaType, String sha256, byte[] content,
        Instant submittedAt, String submittedBy, ProjectReport.Decision decision, String decisionNote,
        Instant decidedAt, String decidedBy) {

    /** A checked upload (see {@code UploadedFile.evidence}). */
    public record Attachment(String name, String mediaType, String sha256, byte[] bytes) {
    }

    static ReportVersion submitted(String summary, Attachment file, Instant now, String by) {
        return new ReportVersion(summary, file == null ? null : file.name(), file == null ? null : file.mediaType(),
                file == null ? null : file.sha256(), file == null ? null : file.bytes(), now, by, null, null, null,
                null);
    }

    ReportVersion decided(ProjectReport.Decision d, String note, String by, Instant now) {
        return new ReportVersion(summary, fileName, mediaType, sha256, content, submittedAt, submittedBy, d, note, now,
                by);
    }

    public boolean hasFile() {
        return fileName != null;
    }
}
