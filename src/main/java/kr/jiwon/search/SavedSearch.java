package kr.jiwon.search;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A search or finder profile a user saved to be told of new matches; {@code query} is the page's query string;
 * {@code checkedAt} is when matches were last looked for; the unsubscribe key makes one-click unsubscribing work
 * from an e-mail without signing in.
 */
@Table("saved_search")
public class SavedSearch {

    public enum Kind {
        SEARCH, FINDER
    }

    @Id
    private Long id;
    private final String username;
    private final String email;
    private final Kind kind;
    private final String name;
    private final String query;
    private final Instant createdAt;
    private Instant checkedAt;
    private final String unsubscribeKey;
    private boolean active;

    @PersistenceCreator
    SavedSearch(Long id, String username, String email, Kind kind, String name, String query, Instant createdAt,
            Instant checkedAt, String unsubscribeKey, boolean active) {
        this.id = id;
        this.username = username;
        this.email = email;
        this.kind = kind;
        this.name = name;
        this.query = query;
        this.createdAt = createdAt;
        this.checkedAt = checkedAt;
        this.unsubscribeKey = unsubscribeKey;
        this.active = active;
    }

    void checked(Instant now) {
        checkedAt = now;
    }

    void unsubscribe() {
        active = false;
    }

    /** Alerts again, for what appears from now on (not for everything missed while they were off). */
    void resume(Instant now) {
        active = true;
        checkedAt = now;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String email() {
        return email;
    }

    public Kind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public String query() {
        return query;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant checkedAt() {
        return checkedAt;
    }

    public String unsubscribeKey() {
        return unsubscribeKey;
    }

    public boolean active() {
        return active;
    }
}
