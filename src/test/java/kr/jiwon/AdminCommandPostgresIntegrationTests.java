package kr.jiwon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.stream.Stream;
import kr.jiwon.testing.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A fresh PostgreSQL database (the production profile: no demo data, no default password) is administered after the
 * README's command: {@code java -jar target/jiwon.jar admin create --username … --email …} with the password on
 * standard input (issue 15).
 */
class AdminCommandPostgresIntegrationTests {

    private final HttpClient http = HttpClient.newHttpClient();

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theFirstAdministratorIsCreatedByTheCommandAndCanWorkAtOnce(@TempDir Path dataDir) throws Exception {
        String url = EmbeddedPostgres.newDatabase();
        String[] database = {"--spring.profiles.active=postgres", "--spring.datasource.url=" + url,
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                "--jiwon.data-dir=" + dataDir.toAbsolutePath()};
        String[] create = Stream.concat(Stream.of("admin", "create", "--username", "root", "--email",
                "root@agency.example.go.kr", "--name", "운영 관리자"), Stream.of(database)).toArray(String[]::new);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = JiwonPlatform.admin(create, null, new ByteArrayInputStream("short\n".getBytes()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as("a short password is refused").isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("12자 이상");

        out.reset();
        String password = "a-long-admin-passphrase-7";
        code = JiwonPlatform.admin(create, null, new ByteArrayInputStream((password + "\n").getBytes()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("관리자 계정을 만들었습니다: root")
                .doesNotContain(password);

        err.reset();
        code = JiwonPlatform.admin(create, password, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as("run twice, the account is not made again").isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("이미 있는 아이디");

        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(JiwonPlatform.class)
                .run(Stream.concat(Stream.of(database), Stream.of("--server.port=0", "--management.server.port=0"))
                        .toArray(String[]::new))) {
            String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
            HttpResponse<String> basicRoot = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/audit"))
                    .header("Authorization", basic("root", password)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(basicRoot.statusCode()).as("HTTP Basic is off in production: no second factor there")
                    .isEqualTo(401);
            // the administrator works in the pages; a system it runs uses a token made there
            String token = app.getBean(kr.jiwon.accounts.ApiTokens.class).issue(
                    app.getBean(kr.jiwon.accounts.AccountManagement.class).current("root"), "감사 점검",
                    kr.jiwon.accounts.ApiTokens.Scope.READ, 30, kr.jiwon.shared.Actor.system()).secret();
            HttpResponse<String> audit = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/audit"))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(audit.statusCode()).isEqualTo(200);
            assertThat(audit.body()).contains("ADMIN_CREATE");
            HttpResponse<String> demo = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/audit"))
                    .header("Authorization", basic("admin", "jiwon-admin-demo")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(demo.statusCode()).as("no demo administrator in production").isEqualTo(401);
            // metrics on the management port only (issue 16, operations)
            String management = "http://localhost:" + app.getEnvironment().getProperty("local.management.port");
            HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(URI.create(management
                    + "/actuator/prometheus")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.body()).contains("jiwon_outbox_pending", "jiwon_submissions_total",
                    "http_server_requests_seconds");
            HttpResponse<String> publicMetrics = http.send(HttpRequest.newBuilder(URI.create(base
                    + "/actuator/prometheus")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(publicMetrics.body()).as("not on the public port").doesNotContain("jiwon_outbox_pending");
            assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "/readyz")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).as("the probe stays public").isEqualTo(200);
            for (String docs : new String[]{"/v3/api-docs", "/swagger-ui.html"}) {
                assertThat(http.send(HttpRequest.newBuilder(URI.create(base + docs)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode()).as(docs + " is off in production")
                        .isEqualTo(404);
            }
        }
    }
}
