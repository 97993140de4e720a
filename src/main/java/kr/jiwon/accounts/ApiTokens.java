package kr.jiwon.accounts;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import kr.jiwon.audit.AuditLog;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.CurrentUser;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.NotFoundException;
import kr.jiwon.shared.Role;
import kr.jiwon.shared.Sha256;
import kr.jiwon.shared.Violations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens for integrating systems (an agency's ERP, a K-PASS-style desk): a token acts as the account
 * that made it — its role and, for a company, its company — and may be narrowed to reading. The secret is shown once
 * and only its SHA-256 is kept; a token expires (30 days to a year), can be revoked by its owner or an administrator,
 * and records when and from where it was last used. Tokens are made in the pages, after signing in (with the second
 * factor where it is required), never with another token.
 */
@Service
public class ApiTokens {

    /** What a token may do: read only (GET), or everything its account may. */
    public enum Scope {
        READ, WRITE
    }

    /** A token as its owner sees it (never the secret). */
    public record Token(long id, String username, String name, String prefix, Scope scope, Instant createdAt,
            Instant expiresAt, Instant lastUsedAt, String lastUsedIp, Instant revokedAt, String revokedBy) {

        public boolean active(Instant now) {
            return revokedAt == null && expiresAt.isAfter(now);
        }
    }

    /** A new token and its secret, which is shown this once. */
    public record Issued(Token token, String secret) {
    }

    /** Who a valid token acts as. */
    public record Bearer(long tokenId, String username, Role role, Scope scope) {
    }

    static final String PREFIX = "jiwon_";
    private static final int MAX_DAYS = 365;
    private static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(JdbcClient jdbc, Accounts accounts, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Issued issue(CurrentUser owner, String name, Scope scope, Integer days, Actor actor) {
        String label = name == null ? "" : name.strip();
        new Violations().check(!label.isEmpty() && label.length() <= 100, "name", "token.name.invalid")
                .check(scope != null, "scope", "token.scope.invalid")
                .check(days != null && days >= 1 && days <= MAX_DAYS, "days", "token.days.invalid", MAX_DAYS)
                .throwIfAny();
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        jdbc.sql("insert into api_token (username, name, token_hash, token_prefix, scope, created_at, expires_at) "
                + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(owner.username(), label, Sha256.hex(secret), secret.substring(0, PREFIX.length() + 4),
                        scope.name(), Timestamp.from(now), Timestamp.from(now.plus(Duration.ofDays(days))))
                .update();
        Token token = jdbc.sql(SELECT + "where token_hash = ?").param(Sha256.hex(secret)).query(this::row).single();
        audit.recordChange(actor, "TOKEN_CREATE", "API_TOKEN", token.id(), label + " " + scope.name());
        return new Issued(token, secret);
    }

    /** The user's tokens, newest first. */
    public List<Token> of(String username) {
        return jdbc.sql(SELECT + "where username = ? order by id desc").param(username).query(this::row).list();
    }

    /** Revokes a token: its owner, or an administrator. */
    @Transactional
    public Token revoke(CurrentUser user, long id, Actor actor) {
        Token token = jdbc.sql(SELECT + "where id = ?").param(id).query(this::row).optional()
                .filter(t -> t.username().equals(user.username()) || user.role() == Role.ADMIN)
                .orElseThrow(() -> new NotFoundException("token.notFound", id));
        if (token.revokedAt() != null) {
            throw InvalidInputException.of("id", "token.alreadyRevoked");
        }
        jdbc.sql("update api_token set revoked_at = ?, revoked_by = ? where id = ? and revoked_at is null")
                .params(Timestamp.from(clock.instant()), user.username(), id).update();
        audit.recordChange(actor, "TOKEN_REVOKE", "API_TOKEN", id, token.name());
        return jdbc.sql(SELECT + "where id = ?").param(id).query(this::row).single();
    }

    /**
     * The account a presented secret acts as, if the token exists, is neither revoked nor expired and its account is
     * enabled; its last use is recorded (to the minute, so a busy system does not write on every request).
     */
    @Transactional
    public Optional<Bearer> authenticate(String secret, String address) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<Token> found = jdbc.sql(SELECT + "where token_hash = ?").param(Sha256.hex(secret))
                .query(this::row).optional().filter(t -> t.active(now));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Token token = found.get();
        Optional<Account> account = accounts.findByUsername(token.username()).filter(Account::enabled);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        if (token.lastUsedAt() == null || token.lastUsedAt().plus(LAST_USE_PRECISION).isBefore(now)) {
            jdbc.sql("update api_token set last_used_at = ?, last_used_ip = ? where id = ?")
                    .params(Timestamp.from(now), address, token.id()).update();
        }
        return Optional.of(new Bearer(token.id(), token.username(), account.get().role(), token.scope()));
    }

    private static final String SELECT = "select id, username, name, token_prefix, scope, created_at, expires_at, "
            + "last_used_at, last_used_ip, revoked_at, revoked_by from api_token ";

    private Token row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Token(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                Scope.valueOf(rs.getString(5)), instant(rs.getTimestamp(6)), instant(rs.getTimestamp(7)),
                instant(rs.getTimestamp(8)), rs.getString(9), instant(rs.getTimestamp(10)), rs.getString(11));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
