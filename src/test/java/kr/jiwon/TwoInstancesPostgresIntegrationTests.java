package kr.jiwon;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.ByteArrayInputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import kr.jiwon.applications.Application;
import kr.jiwon.applications.ApplicationDocument;
import kr.jiwon.applications.ApplicationManagement;
import kr.jiwon.applications.ApplicationsFixtures;
import kr.jiwon.applications.DocumentManagement;
import kr.jiwon.notifications.NotificationKind;
import kr.jiwon.notifications.Notifications;
import kr.jiwon.shared.Actor;
import kr.jiwon.testing.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two instances of the platform on one PostgreSQL database, each with its own folder (issue 16, "several instances
 * behave as one"): a document uploaded through one downloads through the other (documents live in the database and
 * are checked against their SHA-256 on the way out); a notice posted through one is found by the other's search within
 * 5 seconds (each instance's index follows the board's changes); and 40 e-mails waiting in the outbox, sent by both
 * instances' senders at once, reach a real SMTP server (GreenMail) exactly 40 times; an overdue offer to an institute
 * expires and passes on once, though both instances look for overdue offers.
 */
class TwoInstancesPostgresIntegrationTests {

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static ConfigurableApplicationContext instance(String url, Path files, int smtp) {
        return new SpringApplicationBuilder(JiwonPlatform.class).run("--spring.profiles.active=postgres",
                "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres", "--jiwon.data-dir=" + files.toAbsolutePath(),
                "--server.port=0", "--management.server.port=0", "--spring.mail.host=localhost",
                "--spring.mail.port=" + smtp,
                "--jiwon.mail.interval=PT0.2S", "--jiwon.mail.initial-delay=PT0.2S",
                "--jiwon.matching.expiry-check=200");
    }

    @Test
    void documentsNoticesTheOutboxAndOfferExpiryBehaveAsOneAcrossTwoInstances(@TempDir Path filesA,
            @TempDir Path filesB) throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(freePort(), "localhost", "smtp"));
        smtp.start();
        String url = EmbeddedPostgres.newDatabase();
        try (ConfigurableApplicationContext a = instance(url, filesA, smtp.getSmtp().getPort());
                ConfigurableApplicationContext b = instance(url, filesB, smtp.getSmtp().getPort())) {
            ApplicationsFixtures fixtures = a.getBean(ApplicationsFixtures.class);
            var company = fixtures.company();
            Actor actor = new Actor(company.user().username(), "APPLICANT", "127.0.0.1");
            Application application = a.getBean(ApplicationManagement.class).start(company.user(),
                    fixtures.openCall().id(), "GENERAL", actor);
            byte[] pdf = ("%PDF-1.4\n% 두 대의 서버\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
                    .getBytes(StandardCharsets.UTF_8);
            ApplicationDocument stored = a.getBean(DocumentManagement.class).attach(company.user(),
                    application.id(), "사업계획서.pdf", new ByteArrayInputStream(pdf), actor);

            String baseB = "http://localhost:" + b.getEnvironment().getProperty("local.server.port");
            // the company's system holds a token made on instance A and downloads through B
            String token = a.getBean(kr.jiwon.accounts.ApiTokens.class).issue(company.user(), "문서 연계",
                    kr.jiwon.accounts.ApiTokens.Scope.READ, 30, actor).secret();
            HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    baseB + "/api/v1/applications/" + application.id() + "/documents/" + stored.id()))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(download.body()).isEqualTo(pdf);

            // a notice posted through A is found by B's search within 5 seconds
            String word = "이중화점검" + (System.nanoTime() % 100000);
            a.getBean(kr.jiwon.notices.NoticeBoard.class).create(new kr.jiwon.notices.NoticeForm(null,
                    kr.jiwon.notices.NoticeCategory.NOTICE, word + " 안내", "두 서버 시험", "운영팀", null, null, true,
                    java.time.Instant.now().minusSeconds(5)), new Actor("officer1", "OFFICER", "127.0.0.1"));
            long posted = System.nanoTime();
            boolean found = false;
            while (!found && System.nanoTime() - posted < 5_000_000_000L) {
                found = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseB
                        + "/api/v1/search?q=" + java.net.URLEncoder.encode(word, StandardCharsets.UTF_8))).build(),
                        HttpResponse.BodyHandlers.ofString()).body().contains(word + " 안내");
                Thread.sleep(100);
            }
            assertThat(found).as("found on the other instance within 5 s").isTrue();

            // forty e-mails, both instances' senders working
            JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
            long before = smtp.getReceivedMessages().length;
            Notifications notifications = a.getBean(Notifications.class);
            for (int i = 0; i < 40; i++) {
                notifications.toUser(NotificationKind.GENERAL, company.user().username(), "to" + i + "@factory.kr",
                        "안내 " + i, "본문 " + i, null);
            }
            long deadline = System.currentTimeMillis() + 30_000;
            while (System.currentTimeMillis() < deadline && jdbc.queryForObject(
                    "select count(*) from notification where email is not null and sent_at is null", Long.class) > 0) {
                Thread.sleep(200);
            }
            Thread.sleep(1000);
            assertThat(smtp.getReceivedMessages().length - before).as("each of the 40 once").isEqualTo(40);

            // an overdue offer to an institute expires once and passes on once, though both instances look for it
            var applied = a.getBean(kr.jiwon.review.ReviewFixtures.class).submitted(fixtures.openCall().id(), "48250",
                    kr.jiwon.shared.Won.ofManwon(4000), java.util.List.of("기계금속"), java.util.List.of());
            long offer = jdbc.queryForObject("select min(id) from match_offer where application_id = ?", Long.class,
                    applied.id());
            jdbc.update("update match_offer set respond_by = ? where id = ?",
                    java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60)), offer);
            long until = System.currentTimeMillis() + 10_000;
            while (System.currentTimeMillis() < until && !"EXPIRED".equals(jdbc.queryForObject(
                    "select status from match_offer where id = ?", String.class, offer))) {
                Thread.sleep(100);
            }
            Thread.sleep(1500);
            assertThat(jdbc.queryForObject("select status from match_offer where id = ?", String.class, offer))
                    .isEqualTo("EXPIRED");
            assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'MATCH_EXPIRE'"
                    + " and target_id = ?", Integer.class, String.valueOf(applied.id()))).as("expired once")
                    .isEqualTo(1);
            assertThat(jdbc.queryForObject("select count(*) from match_offer where application_id = ? and status"
                    + " = 'OFFERED'", Integer.class, applied.id())).as("passed on once").isEqualTo(1);
        } finally {
            smtp.stop();
        }
    }
}
