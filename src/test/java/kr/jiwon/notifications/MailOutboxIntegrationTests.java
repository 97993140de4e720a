package kr.jiwon.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kr.jiwon.shared.HistoryClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.ActiveProfiles;

/**
 * The e-mail outbox against a real SMTP server (GreenMail): senders working at once (as several instances do)
 * deliver each message exactly once; a message that fails while the server is down is tried again later and later,
 * never given up, and goes out once the server is back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"spring.mail.host=localhost",
        "spring.mail.port=3025",
        "jiwon.mail.interval=PT24H", "jiwon.mail.initial-delay=PT24H"}) // the test runs the senders itself
@ActiveProfiles({"embedded", "test"})
class MailOutboxIntegrationTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    MailDispatcher dispatcher;
    @Autowired
    Notifications notifications;
    @Autowired
    JavaMailSender sender;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    java.time.Clock clock;

    private void drain() throws Exception {
        while (dispatcher.sendPending() > 0) {
            // what the demo and earlier tests left in the outbox, 50 at a time
        }
        smtp.purgeEmailFromAllMailboxes();
    }

    private static List<String> subjectsTo(MimeMessage[] messages, String to) throws Exception {
        List<String> out = new ArrayList<>();
        for (MimeMessage m : messages) {
            if (Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(to))) {
                out.add(m.getSubject());
            }
        }
        return out;
    }

    @Test
    void threeSendersAtOnceDeliverFortyMessagesExactlyOnce() throws Exception {
        drain();
        for (int i = 0; i < 40; i++) {
            notifications.toUser(NotificationKind.GENERAL, "outbox-test", "outbox@test.kr", "발송 " + i, "본문 " + i,
                    null);
        }
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            Callable<Integer> instance = () -> {
                int sent = 0;
                int n;
                while ((n = dispatcher.sendPending(sender)) > 0) {
                    sent += n;
                }
                return sent;
            };
            List<Future<Integer>> runs = pool.invokeAll(List.of(instance, instance, instance));
            int total = 0;
            for (Future<Integer> r : runs) {
                total += r.get();
            }
            assertThat(total).as("each message counted by the one sender that claimed it").isEqualTo(40);
        } finally {
            pool.shutdown();
        }
        List<String> subjects = subjectsTo(smtp.getReceivedMessages(), "outbox@test.kr");
        assertThat(subjects).hasSize(40).doesNotHaveDuplicates();
        assertThat(jdbc.queryForObject("select count(*) from notification where email = 'outbox@test.kr' and"
                + " sent_at is null", Long.class)).isZero();
    }

    @Test
    void aMessageThatFailsIsTriedLaterAndLaterAndGoesOutWhenTheServerIsBack() throws Exception {
        drain();
        // a real SMTP client aimed at a port where nothing listens: the server is down
        JavaMailSenderImpl down = new JavaMailSenderImpl();
        down.setHost("localhost");
        down.setPort(1);
        Notification n = notifications.toUser(NotificationKind.GENERAL, "outbox-test", "later@test.kr", "나중에",
                "본문", null);
        HistoryClock history = (HistoryClock) clock;
        try {
            for (int attempt = 1; attempt <= 6; attempt++) {
                assertThat(dispatcher.sendPending(down)).isZero();
                var row = jdbc.queryForMap(
                        "select attempts, last_error, next_attempt_at from notification where id = ?",
                        n.id());
                assertThat(((Number) row.get("ATTEMPTS")).intValue()).isEqualTo(attempt);
                assertThat(row.get("LAST_ERROR")).isNotNull();
                java.time.Instant next = jdbc.queryForObject("select next_attempt_at from notification where id = ?",
                        java.time.Instant.class, n.id());
                assertThat(Duration.between(clock.instant(), next)).as("waits longer each time")
                        .isBetween(MailDispatcher.backoff(attempt).minusSeconds(5), MailDispatcher.backoff(attempt));
                assertThat(dispatcher.sendPending(down)).as("not before its time").isZero();
                assertThat(jdbc.queryForObject("select attempts from notification where id = ?", Integer.class, n.id()))
                        .isEqualTo(attempt);
                history.travelTo(next.plusSeconds(1));
            }
            assertThat(notifications.outbox().failing()).extracting(Notification::id).contains(n.id());
            // the server is back: the message goes out, after six failures, not abandoned
            assertThat(dispatcher.sendPending()).isGreaterThanOrEqualTo(1);
            assertThat(subjectsTo(smtp.getReceivedMessages(), "later@test.kr")).containsExactly("나중에");
            assertThat(notifications.outbox().failing()).extracting(Notification::id).doesNotContain(n.id());
        } finally {
            history.backToNow();
        }
    }

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @Test
    void theOfficerSeesWhatFailsWithItsErrorAndNextAttempt() throws Exception {
        drain();
        JavaMailSenderImpl down = new JavaMailSenderImpl();
        down.setHost("localhost");
        down.setPort(1);
        notifications.toUser(NotificationKind.GENERAL, "outbox-test", "nobody@test.kr", "전달 실패 예시", "본문", null);
        dispatcher.sendPending(down);
        long failing = jdbc.queryForObject("select count(*) from notification where sent_at is null and email is not"
                + " null and attempts > 0", Long.class);
        try (kr.jiwon.testing.Journey j = new kr.jiwon.testing.Journey("http://localhost:" + port, "mail-outbox")) {
            j.signIn("officer", "jiwon-officer-demo");
            j.clickText("사업 관리");
            j.clickText("메일 발송 현황");
            j.waitForText("실패 후 다시 보낼 메일");
            assertThat(j.find("#outbox-failing").getText()).isEqualTo(failing + "건");
            assertThat(j.find("#outbox-failures").getText()).contains("nobody@test.kr").contains("전달 실패 예시");
            j.check("1-outbox");
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'MAIL_OUTBOX_VIEW'",
                Long.class)).as("a view of addresses is in the access log").isPositive();
        dispatcher.sendPending(sender);
    }

    @Test
    void anErrorReadsWithoutJavaTypeNames() {
        var e = new org.springframework.mail.MailSendException("Mail server connection failed",
                new jakarta.mail.MessagingException("Couldn't connect to host, port: localhost, 1",
                        new java.net.ConnectException("Connection refused")));
        assertThat(MailDispatcher.describe(e)).isEqualTo("Connection refused");
        assertThat(MailDispatcher.describe(new RuntimeException("jakarta.mail.MessagingException: bad address")))
                .isEqualTo("bad address");
    }

    @Test
    void theWaitDoublesUpToSixHours() {
        assertThat(MailDispatcher.backoff(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(MailDispatcher.backoff(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(MailDispatcher.backoff(5)).isEqualTo(Duration.ofMinutes(16));
        assertThat(MailDispatcher.backoff(12)).isEqualTo(Duration.ofHours(6));
        assertThat(MailDispatcher.backoff(1000)).isEqualTo(Duration.ofHours(6));
    }
}
