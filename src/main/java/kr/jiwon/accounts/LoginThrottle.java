package kr.jiwon.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Locks a user name for {@value #LOCK_MINUTES} minutes after {@value #MAX_FAILURES} wrong passwords within that
 * time. Failures are kept in the database, so every instance of the app sees the same count.
 */
@Component
class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final int LOCK_MINUTES = 15;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    LoginThrottle(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    boolean isLocked(String username) {
        Instant since = clock.instant().minus(Duration.ofMinutes(LOCK_MINUTES));
        Integer failures = jdbc.queryForObject(
                "select count(*) from login_failure where username = ? and failed_at > ?", Integer.class,
                normalise(username), Timestamp.from(since));
        return failures != null && failures >= MAX_FAILURES;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        jdbc.update("insert into login_failure (username, failed_at) values (?, ?)",
                normalise(event.getAuthentication().getName()), Timestamp.from(clock.instant()));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        jdbc.update("delete from login_failure where username = ?", normalise(event.getAuthentication().getName()));
    }

    private static String normalise(String username) {
        String u = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        return u.length() > 100 ? u.substring(0, 100) : u;
    }
}
