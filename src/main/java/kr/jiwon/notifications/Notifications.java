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
        String to = kind.emailOptional() && !byEmail(companyId, null, kind) ? null : blankToNull(email);
        return store.save(new Notification(null, companyId, null, to, subject, body, link, clock.instant(), null, 0,
                null, null, kind, null));
    }

    /** A message for one account (in the app) and, if an address is given and wanted for this kind, by e-mail. */
    @Transactional
    public Notification toUser(NotificationKind kind, String username, String email, String subject, String body,
            String link) {
        String to = kind.emailOptional() && !byEmail(null, username, kind) ? null : blankToNull(email);
        return store.save(new Notification(null, null, username, to, subject, body, link, clock.instant(), null, 0,
                null, null, kind, null));
    }

    /** A message for each coordinator of a research institute (to their own account and address). */
    @Transactional
    public int toInstitute(NotificationKind kind, long instituteId, String subject, String body, String link) {
        List<CurrentUser> coordinators = users.ofInstitute(instituteId);
        coordinators.forEach(u -> toUser(kind, u.username(), u.email(), subject, body, link));
        return coordinators.size();
    }

    /** A message for each program officer. */
    @Transactional
    public int toOfficers(NotificationKind kind, String subject, String body, String link) {
        List<CurrentUser> officers = users.withRole(Role.OFFICER);
        officers.forEach(u -> toUser(kind, u.username(), u.email(), subject, body, link));
        return officers.size();
    }

    /**
     * Whether this kind comes by e-mail to the company (when {@code companyId} is given) or the account: yes unless
     * turned off.
     */
    public boolean byEmail(Long companyId, String username, NotificationKind kind) {
        if (!kind.emailOptional()) {
            return true;
        }
        var sql = companyId != null
                ? jdbc.sql("select by_email from notification_preference where company_id = ? and kind = ?")
                        .params(companyId, kind.name())
                : jdbc.sql("select by_email from notification_preference where username = ? and kind = ?")
                        .params(username, kind.name());
        return sql.query(Boolean.class).optional().orElse(true);
    }

    /**
     * A user's e-mail choices: for each kind their role receives, whether it comes by e-mail and whether that can be
     * turned off. An applicant's choices are their company's.
     */
    public java.util.Map<NotificationKind, Boolean> emailChoices(CurrentUser user) {
        java.util.Map<NotificationKind, Boolean> choices = new java.util.LinkedHashMap<>();
        for (NotificationKind k : NotificationKind.values()) {
            if (k.reaches(user.role())) {
                choices.put(k, byEmail(user.companyId(), user.username(), k));
            }
        }
        return choices;
    }

    /** Saves a user's e-mail choices (kinds whose e-mail cannot be turned off are left as they are). */
    @Transactional
    public void chooseEmail(CurrentUser user, java.util.Set<NotificationKind> wanted) {
        for (NotificationKind k : emailChoices(user).keySet()) {
            if (!k.emailOptional()) {
                continue;
            }
            boolean on = wanted.contains(k);
            Long company = user.companyId();
            int changed = company != null
                    ? jdbc.sql("update notification_preference set by_email = ? where company_id = ? and kind = ?")
                            .params(on, company, k.name()).update()
                    : jdbc.sql("update notification_preference set by_email = ? where username = ? and kind = ?")
                            .params(on, user.username(), k.name()).update();
            if (changed == 0) {
                jdbc.sql("insert into notification_preference (company_id, username, kind, by_email) "
                        + "values (?, ?, ?, ?)").params(company, company == null ? user.username() : null, k.name(), on)
                        .update();
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
