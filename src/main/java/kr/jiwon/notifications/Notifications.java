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

    Notifications(NotificationStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
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

    /** What was queued for an address, oldest first (for tests and support). */
    public List<Notification> sentTo(String email) {
        return store.findByEmailOrderByIdAsc(email);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
