package kr.jiwon.accounts;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import kr.jiwon.audit.AuditLog;
import kr.jiwon.notifications.NotificationKind;
import kr.jiwon.notifications.Notifications;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.Violations;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People keep their own passwords: they change them (knowing the current one), and reset a forgotten one through a
 * link sent to their e-mail — a random token, stored only as its SHA-256 hash, valid for 30 minutes and once. Asking
 * for a reset never says whether an account exists. Every change is audited; no password or token is logged.
 */
@Service
@Transactional(readOnly = true)
public class Passwords {

    static final Duration RESET_VALID_FOR = Duration.ofMinutes(30);
    /** How long a colleague's invitation link stays usable. */
    static final Duration INVITATION_VALID_FOR = Duration.ofHours(72);
    /** Links asked for one account within the validity period beyond which further requests send nothing. */
    static final int MAX_OPEN_RESETS = 3;

    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final JdbcClient jdbc;
    private final Notifications notifications;
    private final AuditLog audit;
    private final MessageSource messages;
    private final Clock clock;
    private final String baseUrl;
    private final SecureRandom random = new SecureRandom();

    Passwords(Accounts accounts, PasswordEncoder encoder, JdbcClient jdbc, Notifications notifications,
            AuditLog audit, MessageSource messages, Clock clock,
            @Value("${jiwon.base-url:http://localhost:8080}") String baseUrl) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
        this.baseUrl = baseUrl.replaceAll("/$", "");
    }

    /** The owner changes their password, giving the current one; every problem is named at once. */
    @Transactional
    public void change(String username, String current, String next, String confirm, Actor actor) {
        Account account = accounts.findByUsername(username).orElseThrow();
        Violations v = new Violations();
        v.check(current != null && encoder.matches(current, account.passwordHash()), "currentPassword",
                "password.currentWrong");
        checkNew(v, account, next, confirm);
        v.check(next == null || current == null || !next.equals(current), "newPassword", "password.sameAsCurrent");
        v.throwIfAny();
        account.passwordChanged(encoder.encode(next), clock.instant());
        accounts.save(account);
        audit.recordChange(actor, "PASSWORD_CHANGE", "ACCOUNT", account.id(), null);
    }

    private static void checkNew(Violations v, Account account, String next, String confirm) {
        if (next != null && next.equalsIgnoreCase(account.username())) {
            v.add("newPassword", "password.likeUsername");
        } else {
            PasswordPolicy.check(v, "newPassword", next, account.username(), account.email(), account.displayName());
        }
        v.check(next != null && next.equals(confirm), "confirmPassword", "password.mismatch");
    }

    /** Whether the account must choose its own password before it does anything else. */
    public boolean mustChange(String username) {
        return accounts.findByUsername(username).map(Account::mustChangePassword).orElse(false);
    }

    /**
     * Sends a reset link to the account's e-mail when {@code who} names an account (its login name or e-mail);
     * answers the same whether or not it does. At most {@link #MAX_OPEN_RESETS} open links per account.
     */
    @Transactional
    public void requestReset(String who, Actor actor) {
        String key = who == null ? "" : who.strip().toLowerCase(Locale.ROOT);
        Optional<Account> found = key.isEmpty()
                ? Optional.empty()
                : accounts.findByUsername(key).or(() -> accounts.findByEmailIgnoreCase(key).stream().findFirst());
        if (found.isEmpty() || !found.get().enabled() || found.get().email() == null) {
            audit.recordChange(actor, "PASSWORD_RESET_REQUEST", "ACCOUNT", null, "no such account");
            return;
        }
        Account account = found.get();
        Instant now = clock.instant();
        long open = jdbc.sql("select count(*) from password_reset where account_id = ? and used_at is null"
                + " and expires_at > ?").params(account.id(), Timestamp.from(now)).query(Long.class).single();
        if (open >= MAX_OPEN_RESETS) {
            audit.recordChange(actor, "PASSWORD_RESET_REQUEST", "ACCOUNT", account.id(), "too many open links");
            return;
        }
        String link = issueLink(account, now.plus(RESET_VALID_FOR), now, actor);
        notifications.toUser(NotificationKind.ACCOUNT, account.username(), account.email(),
                text("password.reset.subject"), text("password.reset.body", account.displayName(), link,
                        RESET_VALID_FOR.toMinutes()),
                null);
        audit.recordChange(actor, "PASSWORD_RESET_REQUEST", "ACCOUNT", account.id(), "link sent");
    }

    /**
     * A colleague's new account: its owner chooses the password through a link sent to them (valid three days,
     * once) — nobody else ever knows it.
     */
    @Transactional
    void invite(Account account, String inviter, String company, Actor actor) {
        Instant now = clock.instant();
        String link = issueLink(account, now.plus(INVITATION_VALID_FOR), now, actor);
        notifications.toUser(NotificationKind.ACCOUNT, account.username(), account.email(),
                text("password.invite.subject", company), text("password.invite.body", account.displayName(),
                        inviter, company, link, INVITATION_VALID_FOR.toHours()),
                null);
        audit.recordChange(actor, "ACCOUNT_INVITE", "ACCOUNT", account.id(), "link sent");
    }

    /** A new single-use link (its token stored only as a hash) and its address. */
    private String issueLink(Account account, Instant expires, Instant now, Actor actor) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("insert into password_reset (account_id, token_hash, created_at, expires_at, requested_from)"
                + " values (?, ?, ?, ?, ?)")
                .params(account.id(), hash(token), Timestamp.from(now), Timestamp.from(expires), actor.ip())
                .update();
        return baseUrl + "/password-reset/" + token;
    }

    /** Whether a reset link can still be used. */
    public boolean resetUsable(String token) {
        return openReset(token).isPresent();
    }

    /**
     * Sets the password through a reset link, which is then used up with every other open link of the account;
     * returns the account's login name.
     */
    @Transactional
    public String reset(String token, String next, String confirm, Actor actor) {
        long[] reset = openReset(token).orElseThrow(() -> InvalidInputException.of("token", "password.resetInvalid"));
        Account account = accounts.findById(reset[1]).orElseThrow();
        Violations v = new Violations();
        checkNew(v, account, next, confirm);
        v.throwIfAny();
        Instant now = clock.instant();
        account.passwordChanged(encoder.encode(next), now);
        accounts.save(account);
        jdbc.sql("update password_reset set used_at = ? where account_id = ? and used_at is null")
                .params(Timestamp.from(now), account.id()).update();
        audit.recordChange(actor, "PASSWORD_RESET", "ACCOUNT", account.id(), null);
        return account.username();
    }

    /** The reset's id and account, when the token is known, unused and unexpired. */
    private Optional<long[]> openReset(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{20,100}")) {
            return Optional.empty();
        }
        return jdbc.sql("select id, account_id from password_reset where token_hash = ? and used_at is null"
                + " and expires_at > ?")
                .params(hash(token), Timestamp.from(clock.instant()))
                .query((rs, i) -> new long[]{rs.getLong(1), rs.getLong(2)})
                .optional();
    }

    static String hash(String token) {
        return kr.jiwon.shared.Sha256.hex(token);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.KOREAN);
    }
}
