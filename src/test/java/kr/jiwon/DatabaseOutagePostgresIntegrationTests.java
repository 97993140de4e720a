package kr.jiwon;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import kr.jiwon.accounts.AccountManagement;
import kr.jiwon.accounts.NewAccount;
import kr.jiwon.shared.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The database goes away for a while (issue 16, item 13): its own real PostgreSQL server is stopped under the running
 * platform and started again. Meanwhile every request is answered within seconds with 503 and Retry-After — the
 * site's Korean page, or problem+json for the API, also for a signed-in API client (not "please sign in") — and
 * readiness is DOWN; when the database is back, everything works again by itself.
 */
class DatabaseOutagePostgresIntegrationTests {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres server(Path data, int port) throws Exception {
        return io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().setDataDirectory(data)
                .setCleanDataDirectory(false).setPort(port).setRegisterShutdownHook(false).start();
    }

    private HttpResponse<String> get(String url, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void whileTheDatabaseIsDownRequestsAreAnswered503QuicklyAndItAllRecoversByItself(@TempDir Path data,
            @TempDir Path files) throws Exception {
        int port = freePort();
        var pg = server(data, port);
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create database jiwon");
        }
        String url = pg.getJdbcUrl("postgres", "jiwon");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(JiwonPlatform.class).run(
                "--spring.profiles.active=postgres", "--spring.datasource.url=" + url,
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                "--jiwon.data-dir=" + files.toAbsolutePath(), "--server.port=0", "--management.server.port=0")) {
            String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
            app.getBean(AccountManagement.class).create(new NewAccount("outage-officer", "o@agency.example",
                    "outage-officer-phrase-3", "담당", Role.OFFICER, null, null));
            // an integrating system's token (HTTP Basic is off on the postgres profile)
            String officer = app.getBean(kr.jiwon.accounts.ApiTokens.class).issue(app.getBean(AccountManagement.class)
                    .current("outage-officer"), "감사 연계", kr.jiwon.accounts.ApiTokens.Scope.READ, 30,
                    kr.jiwon.shared.Actor.system()).secret();
            assertThat(get(base + "/api/v1/audit", officer).statusCode()).isEqualTo(200);
            assertThat(get(base + "/readyz", null).statusCode()).isEqualTo(200);

            pg.close();

            long start = System.nanoTime();
            HttpResponse<String> api = get(base + "/api/v1/audit", officer);
            long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
            assertThat(api.statusCode()).as(api.body()).isEqualTo(503);
            assertThat(seconds).as("answered within the pool's wait, not after a minute").isLessThan(10);
            assertThat(api.headers().firstValue("Retry-After")).isPresent();
            assertThat(api.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
            assertThat(api.body()).contains("\"status\":503").doesNotContain("로그인");
            HttpResponse<String> page = get(base + "/calls", null);
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.body()).contains("잠시 서비스를 이용할 수 없습니다").doesNotContain("Exception")
                    .as("the style sheet by its content address (browsers keep static files a year)")
                    .containsPattern("href=\"/css/jiwon-[0-9a-f]{32}\\.css\"");
            assertThat(get(base + "/readyz", null).statusCode()).isEqualTo(503);

            pg = server(data, port);
            HttpResponse<String> back = null;
            for (int i = 0; i < 30; i++) {
                back = get(base + "/api/v1/audit", officer);
                if (back.statusCode() == 200) {
                    break;
                }
                Thread.sleep(1000);
            }
            assertThat(back.statusCode()).as("recovered by itself").isEqualTo(200);
            assertThat(get(base + "/calls", null).statusCode()).isEqualTo(200);
            assertThat(get(base + "/readyz", null).statusCode()).isEqualTo(200);
        } finally {
            pg.close();
        }
    }
}
