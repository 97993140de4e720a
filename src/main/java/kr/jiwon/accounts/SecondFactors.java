package kr.jiwon.accounts;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import kr.jiwon.audit.AuditLog;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second factor of signing in (ASVS V2.8, V4.3.1): a six-digit code from an authenticator app (TOTP, RFC 6238,
 * 30-second steps, one step of drift either way), each code good once; or one of ten recovery codes, each good once.
 * Required of the roles in {@code jiwon.mfa.required-roles} (officers and administrators; the demo leaves it to
 * choice), open to everyone. Enrolment, passes, failures and recovery-code use are audited.
 */
@Service
@Transactional(readOnly = true)
public class SecondFactors {

    static final int STEP_SECONDS = 30;
    static final int RECOVERY_CODES = 10;

    /** What an enrolment shows: the secret (also as a QR code for the app) until a code confirms it. */
    public record Enrolment(String secret, String qrDataUri) implements java.io.Serializable {
    }

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final AuditLog audit;
    private final Clock clock;
    private final Set<Role> required;
    private final DefaultCodeGenerator codes = new DefaultCodeGenerator();

    SecondFactors(JdbcClient jdbc, Accounts accounts, AuditLog audit, Clock clock,
            @Value("${jiwon.mfa.required-roles:OFFICER,ADMIN}") List<String> requiredRoles) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
        this.required = requiredRoles.stream().filter(r -> !r.isBlank()).map(r -> Role.valueOf(r.strip()))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** Whether this role must use a second factor. */
    public boolean requiredFor(Role role) {
        return required.contains(role);
    }

    /** Whether the account has a second factor. */
    public boolean enrolled(String username) {
        return jdbc.sql("select count(*) from second_factor f join account a on a.id = f.account_id"
                + " where a.username = ?").param(username).query(Integer.class).single() > 0;
    }

    /** A new secret to show (not stored until a code from the app confirms it). */
    public Enrolment start(String username) {
        String secret = new DefaultSecretGenerator(32).generate();
        QrData data = new QrData.Builder().label(username).secret(secret).issuer("Jiwon 지원").digits(6)
                .period(STEP_SECONDS).build();
        try {
            ZxingPngQrGenerator qr = new ZxingPngQrGenerator();
            return new Enrolment(secret, Utils.getDataUriForImage(qr.generate(data), qr.getImageMimeType()));
        } catch (dev.samstevens.totp.exceptions.QrGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stores the secret once a code from the app proves it was set up; returns the recovery codes, shown once. */
    @Transactional
    public List<String> confirm(String username, String secret, String code, Actor actor) {
        Account account = accounts.findByUsername(username).orElseThrow();
        if (secret == null || !secret.matches("[A-Z2-7]{16,64}")) {
            throw InvalidInputException.of("code", "mfa.startAgain");
        }
        long step = matchingStep(secret, code, 0);
        if (step < 0) {
            throw InvalidInputException.of("code", "mfa.wrongCode");
        }
        jdbc.sql("delete from second_factor_recovery where account_id = ?").param(account.id()).update();
        jdbc.sql("delete from second_factor where account_id = ?").param(account.id()).update();
        jdbc.sql("insert into second_factor (account_id, secret, enabled_at, last_step) values (?, ?, ?, ?)")
                .params(account.id(), secret, Timestamp.from(clock.instant()), step).update();
        List<String> recovery = List.of(new RecoveryCodeGenerator().generateCodes(RECOVERY_CODES));
        recovery.forEach(r -> jdbc.sql("insert into second_factor_recovery (account_id, code_hash) values (?, ?)")
                .params(account.id(), kr.jiwon.shared.Sha256.hex(r)).update());
        audit.recordChange(actor, "MFA_ENROL", "ACCOUNT", account.id(), null);
        return recovery;
    }

    /**
     * Checks a code from the app (each step's code is accepted once) or a recovery code (each once); the outcome is
     * audited. True when it passes.
     */
    @Transactional
    public boolean verify(String username, String code, Actor actor) {
        Account account = accounts.findByUsername(username).orElseThrow();
        var stored = jdbc.sql("select secret, last_step from second_factor where account_id = ?")
                .param(account.id()).query((rs, n) -> new Object[]{rs.getString(1), rs.getLong(2)}).optional();
        if (stored.isEmpty()) {
            return false;
        }
        String given = code == null ? "" : code.replaceAll("[\\s]", "");
        long step = matchingStep((String) stored.get()[0], given, (Long) stored.get()[1]);
        if (step >= 0) {
            // the step is kept: the same code cannot be used twice
            jdbc.sql("update second_factor set last_step = ? where account_id = ?").params(step, account.id())
                    .update();
            audit.recordChange(actor, "MFA_PASS", "ACCOUNT", account.id(), null);
            return true;
        }
        int used = jdbc.sql("update second_factor_recovery set used_at = ? where account_id = ? and code_hash = ?"
                + " and used_at is null").params(Timestamp.from(clock.instant()), account.id(),
                        kr.jiwon.shared.Sha256.hex(given.toLowerCase(Locale.ROOT)))
                .update();
        if (used == 1) {
            audit.recordChange(actor, "MFA_RECOVERY_CODE", "ACCOUNT", account.id(), null);
            return true;
        }
        audit.recordChange(actor, "MFA_FAIL", "ACCOUNT", account.id(), null);
        return false;
    }

    /** The time step whose code this is (this one, one before or one after, after {@code after}); -1 if none. */
    private long matchingStep(String secret, String code, long after) {
        if (code == null || !code.strip().matches("\\d{6}")) {
            return -1;
        }
        long now = Math.floorDiv(clock.instant().getEpochSecond(), STEP_SECONDS);
        for (long step = now - 1; step <= now + 1; step++) {
            try {
                if (step > after && MessageDigest.isEqual(codes.generate(secret, step).getBytes(
                        StandardCharsets.US_ASCII), code.strip().getBytes(StandardCharsets.US_ASCII))) {
                    return step;
                }
            } catch (CodeGenerationException e) {
                throw new IllegalStateException(e);
            }
        }
        return -1;
    }

}
