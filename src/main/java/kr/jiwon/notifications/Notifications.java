package kr.jiwon.notifications;

import java.time.Clock;
import java.util.List;
import kr.jiwon.shared.CurrentUser;
import kr.jiwon.shared.CurrentUsers;
import kr.jiwon.shared.Role;
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
    private final CurrentUsers users;

    Notifications(NotificationStore store, Clock clock, org.springframework.jdbc.core.simple.JdbcClient jdbc,
            CurrentUsers users) {
        this.store = store;
        this.clock = clock;
        this.jdbc = jdbc;
        this.users = users;
    }

    /**
     * A message for every user of a company (in the app) and, if an address is given and the company has not
     * turned this kind's e-mail off, by e-mail.
     */
    @Transactional
    public Notification toCompany(NotificationKind kind, long companyId, String email, String subject, String body,
            String link) {
        return queue(kind, companyId, null, email, subject, body, link, null);
    }

    /** A message for one account (in the app) and, if an address is given and wanted for this kind, by e-mail. */
    @Transactional
    public Notification toUser(NotificationKind kind, String username, String email, String subject, String body,
            String link) {
        return queue(kind, null, username, email, subject, body, link, null);
    }

    /**
     * As {@link #toUser(NotificationKind, String, String, String, String, String)}, for mail the person asked for and
     * can stop with one click: the mail carries {@code List-Unsubscribe} with this address (RFC 2369, RFC 8058).
     */
    @Transactional
    public Notification toUser(NotificationKind kind, String username, String email, String subject, String body,
            String link, String unsubscribeUrl) {
        return queue(kind, null, username, email, subject, body, link, unsubscribeUrl);
    }

    private Notification queue(NotificationKind kind, Long companyId, String username, String email, String subject,
            String body, String link, String unsubscribeUrl) {
        String to = byEmail(companyId, username, kind) ? blankToNull(email) : null;
        return store.save(new Notification(null, companyId, username, to, fit(subject, 300), fit(body, 4000), link,
                clock.instant(), null, 0, null, null, kind, null, unsubscribeUrl));
    }

    /** A subject or body longer than its column is cut, with an ellipsis, rather than lost with the transaction. */
    private static String fit(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** A message for each coordinator of a research institute (to their own account and address). */
    @Transactional
    public int toInstitute(NotificationKind kind, long instituteId, String subject, String body, String link) {
        return toEach(users.ofInstitute(instituteId), kind, subject, body, link);
    }

    /** A message for each program officer. */
    @Transactional
    public int toOfficers(NotificationKind kind, String subject, String body, String link) {
        return toEach(users.withRole(Role.OFFICER), kind, subject, body, link);
    }

    private int toEach(List<CurrentUser> people, NotificationKind kind, String subject, String body, String link) {
        people.forEach(u -> queue(kind, null, u.username(), u.email(), subject, body, link, null));
        return people.size();
    }

    /**
     * Whose e-mail choices apply: the company's (its users share its notifications) or the account's. {@code column}
     * is one of two constants, never input.
     */
    private record Owner(String column, Object id) {

        static Owner of(Long companyId, String username) {
            return companyId != null ? new Owner("company_id", companyId) : new Owner("username", username);
        }
    }

    /** The kinds the owner has chosen about (the others come by e-mail). */
    private java.util.Map<String, Boolean> choicesOf(Owner owner) {
        java.util.Map<String, Boolean> chosen = new java.util.HashMap<>();
        jdbc.sql("select kind, by_email from notification_preference where " + owner.column() + " = ?")
                .param(owner.id()).query((rs, n) -> chosen.put(rs.getString(1), rs.getBoolean(2))).list();
        return chosen;
    }

    /**
     * Whether this kind comes by e-mail to the company (when {@code companyId} is given) or the account: yes unless
     * turned off, and always for official notice.
     */
    public boolean byEmail(Long companyId, String username, NotificationKind kind) {
        return !kind.emailOptional()
                || choicesOf(Owner.of(companyId, username)).getOrDefault(kind.name(), true);
    }

    /**
     * A user's e-mail choices: for each kind their role receives, whether it comes by e-mail and whether that can be
     * turned off. An applicant's choices are their company's.
     */
    public java.util.Map<NotificationKind, Boolean> emailChoices(CurrentUser user) {
        java.util.Map<String, Boolean> chosen = choicesOf(Owner.of(user.companyId(), user.username()));
        java.util.Map<NotificationKind, Boolean> choices = new java.util.LinkedHashMap<>();
        for (NotificationKind k : NotificationKind.values()) {
            if (k.reaches(user.role())) {
                choices.put(k, !k.emailOptional() || chosen.getOrDefault(k.name(), true));
            }
        }
        return choices;
    }

    /** Saves a user's e-mail choices (kinds whose e-mail cannot be turned off are left as they are). */
    @Transactional
    public void chooseEmail(CurrentUser user, java.util.Set<NotificationKind> wanted) {
        Owner owner = Owner.of(user.companyId(), user.username());
        for (NotificationKind k : emailChoices(user).keySet()) {
            if (!k.emailOptional()) {
                continue;
            }
            boolean on = wanted.contains(k);
            if (jdbc.sql(
                    "update notification_preference set by_email = ? where " + owner.column() + " = ? and kind = ?")
                    .params(on, owner.id(), k.name()).update() == 0) {
                jdbc.sql(
                        "insert into notification_preference (" + owner.column() + ", kind, by_email) values (?, ?, ?)")
                        .params(owner.id(), k.name(), on).update();
            }
        }
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

    /** The outbox as officers see it: e-mails waiting, and those that failed at least once (still to be tried). */
    public record Outbox(long waiting, List<Notification> failing) {
    }

    public Outbox outbox() {
        return new Outbox(store.countBySentAtIsNullAndEmailIsNotNull(),
                store.findBySentAtIsNullAndEmailIsNotNullAndAttemptsGreaterThanOrderByIdAsc(0));
    }

    /** What was queued for an address, oldest first (for tests and support). */
    public List<Notification> sentTo(String email) {
        return store.findByEmailOrderByIdAsc(email);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
