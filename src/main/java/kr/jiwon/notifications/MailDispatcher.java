package kr.jiwon.notifications;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends queued e-mails through the configured SMTP server, up to 5 attempts each. Without {@code spring.mail.host}
 * (the demo) messages stay in the app only and the outbox keeps them unsent.
 */
@Component
public class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
    static final int MAX_ATTEMPTS = 5;

    private final NotificationStore store;
    private final ObjectProvider<JavaMailSender> mail;
    private final Clock clock;
    private final String from;

    MailDispatcher(NotificationStore store, ObjectProvider<JavaMailSender> mail, Clock clock,
            @Value("${jiwon.mail.from:noreply@jiwon.kr}") String from) {
        this.store = store;
        this.mail = mail;
        this.clock = clock;
        this.from = from;
    }

    /** Sends what is pending; returns how many were sent. */
    @Scheduled(fixedDelayString = "${jiwon.mail.interval:PT15S}", initialDelayString = "PT10S")
    public int sendPending() {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        int sent = 0;
        for (Notification n : store.findTop50BySentAtIsNullAndEmailIsNotNullAndAttemptsLessThanOrderByIdAsc(
                MAX_ATTEMPTS)) {
            try {
                MimeMessage message = sender.createMimeMessage();
                MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
                helper.setFrom(new InternetAddress(from, "지원 플랫폼", StandardCharsets.UTF_8.name()));
                helper.setTo(n.email());
                helper.setSubject(n.subject());
                helper.setText(n.body());
                sender.send(message);
                n.sent(clock.instant());
                sent++;
            } catch (Exception e) {
                log.warn("mail {} to {} failed: {}", n.id(), n.email(), e.getMessage());
                n.failed(e.getMessage());
            }
            store.save(n);
        }
        return sent;
    }
}
