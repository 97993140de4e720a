package kr.jiwon.notifications;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes notifications into the outbox (joining the caller's transaction) and lists them for the app.
 * {@link MailDispatcher} sends the e-mails afterwards.
 */
@Service
@Transactional(readOnly = true)
public class Notifications {

    private final NotificationStore store;
    private final Clock clock;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    Notifications(NotificationStore store, Clock clock, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.store = store;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /** A message for every user of a company (in the app) and, if an address is given, by e-mail. */
    @Transactional
    public Notification toCompany(long companyId, String email, String subject, String body, String link) {
        return store.save(new Notification(null, companyId, null, blankToNull(email), subject, body, link,
                clock.instant(), null, 0, null, null));
    }

    /** A message for one account (in the app) and, if an address is given, by e-mail. */
    @Transactional
    public Notification toUser(String username, String email, String subject, String body, String link) {
        return store.save(new Notification(null, null, username, blankToNull(email), subject, body, link,
                clock.instant(), null, 0, null, null));
    }

    public List<Notification> ofCompany(long companyId) {
        return store.findByCompanyIdOrderByIdDesc(companyId);
    }

    public List<Notification> ofUser(String username) {
        return store.findByUsernameOrderByIdDesc(username);
    }

    /**
     * How many of a user's notifications (their own and their company's) are not yet seen in the app. A company's
     * notification is shared by its users, like a team mailbox: once one of them has seen it, it is read.
     */
    public long unread(String username, Long companyId) {
        return store.countByUsernameAndReadAtIsNull(username)
                + (companyId == null ? 0 : store.countByCompanyIdAndReadAtIsNull(companyId));
    }

    /** Marks everything the user has now seen in the app as read. */
    @Transactional
    public int markRead(String username, Long companyId) {
        java.sql.Timestamp now = java.sql.Timestamp.from(clock.instant());
        int n = jdbc.sql("update notification set read_at = ? where read_at is null and username = ?")
                .params(now, username).update();
        if (companyId != null) {
            n += jdbc.sql("update notification set read_at = ? where read_at is null and company_id = ?")
                    .params(now, companyId).update();
        }
        return n;
    }

    /** What was queued for an address, oldest first (for tests and support). */
    public List<Notification> sentTo(String email) {
        return store.findByEmailOrderByIdAsc(email);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
