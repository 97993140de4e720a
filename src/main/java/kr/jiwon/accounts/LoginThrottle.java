package kr.jiwon.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing without locking the owner out (ASVS V2.2.1): after {@value #MAX_FAILURES} wrong passwords
 * for one account from one client address within {@value #LOCK_MINUTES} minutes, that account cannot sign in from
 * that address for the rest of the period — from any other address it still can; after {@value #MAX_ADDRESS_FAILURES}
 * wrong passwords from one address for any accounts, that address cannot sign in at all (credential stuffing). The
 * answer is the same as for a wrong password, so a lock tells nothing. Failures are kept in the database, so every
 * instance sees the same count.
 */
@Component
class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final int MAX_ADDRESS_FAILURES = 30;
    static final int LOCK_MINUTES = 15;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    LoginThrottle(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether this account may not sign in from this address now. */
    boolean isLocked(String username, String address) {
        Timestamp since = Timestamp.from(clock.instant().minus(Duration.ofMinutes(LOCK_MINUTES)));
        String from = address(address);
        Integer pair = jdbc.queryForObject("select count(*) from login_failure where username = ? and address = ?"
                + " and failed_at > ?", Integer.class, normalise(username), from, since);
        if (pair != null && pair >= MAX_FAILURES) {
            return true;
        }
        Integer all = jdbc.queryForObject("select count(*) from login_failure where address = ? and failed_at > ?",
                Integer.class, from, since);
        return all != null && all >= MAX_ADDRESS_FAILURES;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        jdbc.update("insert into login_failure (username, failed_at, address) values (?, ?, ?)",
                normalise(event.getAuthentication().getName()), Timestamp.from(clock.instant()),
                address(addressOf(event.getAuthentication().getDetails())));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        jdbc.update("delete from login_failure where username = ? and address = ?",
                normalise(event.getAuthentication().getName()),
                address(addressOf(event.getAuthentication().getDetails())));
    }

    /** The address the sign-in came from: its details, or else the request being handled. */
    static String addressOf(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : currentAddress();
    }

    /** The address of the request being handled (the client's, behind a trusted proxy), if there is one. */
    static String currentAddress() {
        return org.springframework.web.context.request.RequestContextHolder
                .getRequestAttributes() instanceof org.springframework.web.context.request.ServletRequestAttributes r
                        ? r.getRequest().getRemoteAddr()
                        : null;
    }

    private static String address(String a) {
        String s = a == null ? "" : a;
        return s.length() > 64 ? s.substring(0, 64) : s;
    }

    private static String normalise(String username) {
        String u = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        return u.length() > 100 ? u.substring(0, 100) : u;
    }
}
