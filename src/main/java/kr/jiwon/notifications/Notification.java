package kr.jiwon.notifications;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/** One message to a company's users or to one account: shown in the app, and e-mailed if it has an address. */
@Table("notification")
public class Notification {

    @Id
    private Long id;
    private final Long companyId;
    private final String username;
    private final String email;
    private final String subject;
    private final String body;
    private final String link;
    private final Instant createdAt;
    private Instant sentAt;
    private int attempts;
    private String lastError;
    private Instant readAt;
    private final NotificationKind kind;
    /** Written by the {@link MailDispatcher} only (after a failure: when it is tried again). */
    private final Instant nextAttemptAt;
    /** Where the mail's one-click unsubscribe goes (RFC 8058), for mail a person can stop; otherwise null. */
    private final String unsubscribeUrl;

    @PersistenceCreator
    Notification(Long id, Long companyId, String username, String email, String subject, String body, String link,
            Instant createdAt, Instant sentAt, int attempts, String lastError, Instant readAt, NotificationKind kind,
            Instant nextAttemptAt, String unsubscribeUrl) {
        this.id = id;
        this.unsubscribeUrl = unsubscribeUrl;
        this.nextAttemptAt = nextAttemptAt;
        this.kind = kind == null ? NotificationKind.GENERAL : kind;
        this.companyId = companyId;
        this.username = username;
        this.email = email;
        this.subject = subject;
        this.body = body;
        this.link = link;
        this.createdAt = createdAt;
        this.sentAt = sentAt;
        this.attempts = attempts;
        this.lastError = lastError;
        this.readAt = readAt;
    }

    public String unsubscribeUrl() {
        return unsubscribeUrl;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public NotificationKind kind() {
        return kind;
    }

    public Long id() {
        return id;
    }

    public Long companyId() {
        return companyId;
    }

    public String username() {
        return username;
    }

    public String email() {
        return email;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public String link() {
        return link;
    }

    /** When it was first seen in the app (null: not yet). */
    public Instant readAt() {
        return readAt;
    }

    public boolean unread() {
        return readAt == null;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public int attempts() {
        return attempts;
    }

    public String lastError() {
        return lastError;
    }
}
