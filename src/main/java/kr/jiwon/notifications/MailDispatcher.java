package kr.jiwon.notifications;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends queued e-mails through the configured SMTP server. Each message is first claimed in the database (a
 * conditional update that only one sender wins), so several instances send it once; a failed message is tried again
 * after 1, 2, 4 … minutes (at most every 6 hours) and never given up — from the fifth failure on it is logged as an
 * alert and officers see it under 메일 발송 현황. A sender that dies while sending leaves its claim to expire after
 * {@link #CLAIM}, and the message is sent then (at least once). Without {@code spring.mail.host} (the demo) messages
 * stay in the app only and the outbox keeps them unsent.
 */
@Component
public class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
    /** From this many failures on, a message is an alert (it is still tried again). */
    static final int ALERT_AFTER = 5;
    static final Duration CLAIM = Duration.ofMinutes(5);
    static final Duration LONGEST_WAIT = Duration.ofHours(6);
    private static final int BATCH = 50;

    private final NotificationStore store;
    private final ObjectProvider<JavaMailSender> mail;
    private final Clock clock;
    private final String from;
    private final JdbcClient jdbc;

    MailDispatcher(NotificationStore store, ObjectProvider<JavaMailSender> mail, Clock clock,
            @Value("${jiwon.mail.from:noreply@jiwon.kr}") String from, JdbcClient jdbc) {
        this.store = store;
        this.mail = mail;
        this.clock = clock;
        this.from = from;
        this.jdbc = jdbc;
    }

    /** Sends what is due (up to 50 messages); returns how many were sent. */
    @Scheduled(fixedDelayString = "${jiwon.mail.interval:PT15S}", initialDelayString = "${jiwon.mail.initial-delay:PT10S}")
    public int sendPending() {
        JavaMailSender sender = mail.getIfAvailable();
        return sender == null ? 0 : sendPending(sender);
    }

    int sendPending(JavaMailSender sender) {
        Instant now = clock.instant();
        List<Long> due = jdbc.sql("select id from notification where sent_at is null and email is not null"
                + " and (next_attempt_at is null or next_attempt_at <= ?) and (claimed_until is null or claimed_until < ?)"
                + " order by id limit " + BATCH)
                .params(Timestamp.from(now), Timestamp.from(now)).query(Long.class).list();
        int sent = 0;
        for (Long id : due) {
            if (!claim(id, now)) {
                continue; // another sender has it
            }
            Notification n = store.findById(id).orElseThrow();
            try {
                send(sender, n);
                jdbc.sql("update notification set sent_at = ?, attempts = attempts + 1, last_error = null,"
                        + " next_attempt_at = null, claimed_until = null where id = ?")
                        .params(Timestamp.from(clock.instant()), id).update();
                sent++;
            } catch (Exception e) {
                failed(n, e);
            }
        }
        return sent;
    }

    /** Takes the message for this sender; false when another sender holds it or it was sent meanwhile. */
    private boolean claim(long id, Instant now) {
        return jdbc.sql("update notification set claimed_until = ? where id = ? and sent_at is null"
                + " and (claimed_until is null or claimed_until < ?)")
                .params(Timestamp.from(now.plus(CLAIM)), id, Timestamp.from(now)).update() == 1;
    }

    private void send(JavaMailSender sender, Notification n) throws Exception {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
        helper.setFrom(new InternetAddress(from, "지원 플랫폼", StandardCharsets.UTF_8.name()));
        helper.setTo(n.email());
        helper.setSubject(n.subject());
        helper.setText(n.body());
        if (n.unsubscribeUrl() != null) {
            message.setHeader("List-Unsubscribe", "<" + n.unsubscribeUrl() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        sender.send(message);
    }

    private void failed(Notification n, Exception e) {
        int attempts = n.attempts() + 1;
        String error = describe(e);
        Instant next = clock.instant().plus(backoff(attempts));
        jdbc.sql("update notification set attempts = ?, last_error = ?, next_attempt_at = ?, claimed_until = null"
                + " where id = ?")
                .params(attempts, error.substring(0, Math.min(error.length(), 500)), Timestamp.from(next), n.id())
                .update();
        if (attempts >= ALERT_AFTER) {
            log.error("ALERT mail {} failed {} times ({}); next attempt {}", n.id(), attempts, masked(error), next);
        } else {
            log.warn("mail {} failed (attempt {}): {}", n.id(), attempts, masked(error));
        }
    }

    /** An error for the log, without the e-mail addresses an SMTP server may quote (personal data stays out of logs). */
    static String masked(String error) {
        return error == null ? null : error.replaceAll("[^\\s<>\"'(),;:]+@([^\\s<>\"'(),;:]+)", "***@$1");
    }

    /**
     * What went wrong as an officer can read it: the innermost cause's message ("Couldn't connect to host, port:
     * localhost, 1"), without Java type names.
     */
    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? e.getMessage() : root.getMessage();
        return message == null
                ? "unknown"
                : message.replaceAll("\\b(?:[a-z_][\\w]*\\.)+[A-Z]\\w*(?:Exception|Error)\\b:? ?", "")
                        .strip();
    }

    /** 1, 2, 4, 8 … minutes after the n-th failure, at most {@link #LONGEST_WAIT}. */
    static Duration backoff(int attempts) {
        long minutes = 1L << Math.min(Math.max(attempts - 1, 0), 20);
        Duration wait = Duration.ofMinutes(minutes);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }
}
