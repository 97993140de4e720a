package kr.jiwon.notices;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A post on the board: category, title, Markdown body, author (organisation), 담당부서, source link, attachments,
 * shown (노출) or hidden (비노출), published from {@code publishAt} (a future time schedules it). The view count is
 * changed only by an atomic update, never through the aggregate.
 */
@Table("notice")
public class Notice {

    static final Duration NEW_FOR = Duration.ofDays(3);

    @Id
    private Long id;
    @Version
    private Long version;
    private NoticeCategory category;
    private String title;
    private String body;
    private String author;
    private String department;
    private String sourceUrl;
    private boolean visible;
    private Instant publishAt;
    private final Instant createdAt;
    private Instant updatedAt;
    private String updatedBy;
    @ReadOnlyProperty
    private final long viewCount;
    @MappedCollection(idColumn = "notice_id", keyColumn = "position")
    private final List<Attachment> attachments;

    /** A file attached to a post, stored outside the web root under a random key. */
    @Table("notice_attachment")
    public record Attachment(String filename, String mediaType, long sizeBytes, String storageKey) {
    }

    @PersistenceCreator
    Notice(Long id, Long version, NoticeCategory category, String title, String body, String author, String department,
            String sourceUrl, boolean visible, Instant publishAt, Instant createdAt, Instant updatedAt,
            String updatedBy, long viewCount, List<Attachment> attachments) {
        this.id = id;
        this.version = version;
        this.category = category;
        this.title = title;
        this.body = body;
        this.author = author;
        this.department = department;
        this.sourceUrl = sourceUrl;
        this.visible = visible;
        this.publishAt = publishAt;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
        this.viewCount = viewCount;
        this.attachments = new ArrayList<>(attachments == null ? List.of() : attachments);
    }

    static Notice create(NoticeForm f, String by, Instant now) {
        Notice n = new Notice(null, null, f.category(), "", "", "", null, null, false, now, now, now, by, 0, null);
        n.edit(f, by, now);
        return n;
    }

    void edit(NoticeForm f, String by, Instant now) {
        f.validate();
        category = f.category();
        title = f.title().strip();
        body = f.body();
        author = f.author().strip();
        department = blankToNull(f.department());
        sourceUrl = blankToNull(f.sourceUrl());
        visible = f.visible();
        publishAt = f.publishAt() == null ? now : f.publishAt();
        updatedAt = now;
        updatedBy = by;
    }

    void attach(Attachment a) {
        attachments.add(a);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Visible to the public: shown (노출) and its publication time has come. */
    public boolean isPublic(Instant now) {
        return visible && !publishAt.isAfter(now);
    }

    /** Posted less than three days ago ("New" on the board). */
    public boolean isNew(Instant now) {
        return publishAt.isAfter(now.minus(NEW_FOR)) && !publishAt.isAfter(now);
    }

    public Long id() {
        return id;
    }

    public Long version() {
        return version;
    }

    public NoticeCategory category() {
        return category;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    /** The body as plain text (Markdown taken away), e.g. for search. */
    public String bodyText() {
        return Markdown.toText(body);
    }

    public String author() {
        return author;
    }

    public String department() {
        return department;
    }

    public String sourceUrl() {
        return sourceUrl;
    }

    public boolean visible() {
        return visible;
    }

    public Instant publishAt() {
        return publishAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long viewCount() {
        return viewCount;
    }

    public List<Attachment> attachments() {
        return List.copyOf(attachments);
    }
}
