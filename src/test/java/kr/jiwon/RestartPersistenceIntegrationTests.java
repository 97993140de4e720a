package kr.jiwon;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The README's way of running (embedded profile, H2 in a file) keeps what the API acknowledged across a restart. */
class RestartPersistenceIntegrationTests {

    private final HttpClient http = HttpClient.newHttpClient();
    private static final String ADMIN = "Basic "
            + Base64.getEncoder().encodeToString("admin:jiwon-admin-demo".getBytes());

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(JiwonPlatform.class)
                .profiles("embedded")
                .run("--server.port=0", "--jiwon.data-dir=" + dataDir.toAbsolutePath());
    }

    private static String base(ConfigurableApplicationContext app) {
        return "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
    }

    @Test
    void aCallCreatedThroughTheApiSurvivesARestart(@TempDir Path dataDir) throws Exception {
        String location;
        try (ConfigurableApplicationContext app = start(dataDir)) {
            long programId = programId(base(app));
            HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(base(app) + "/api/v1/calls"))
                    .header("Content-Type", "application/json").header("Authorization", ADMIN)
                    .POST(HttpRequest.BodyPublishers.ofString("""
                            {"programId": %d, "round": 2, "title": "재시작 확인 공고", "budget": "3억",
                             "opensAt": "2031-01-05T09:00", "closesAt": "2031-02-05T18:00",
                             "tracks": [{"code": "GENERAL", "name": "일반형", "cap": "5천만원", "maxMonths": 12}]}
                            """.formatted(programId))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).isEqualTo(201);
            location = created.headers().firstValue("Location").orElseThrow();
        }
        try (ConfigurableApplicationContext app = start(dataDir)) {
            HttpResponse<String> again = http.send(HttpRequest.newBuilder(URI.create(base(app) + location))
                    .header("Authorization", ADMIN).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(again.statusCode()).isEqualTo(200);
            assertThat(again.body()).contains("재시작 확인 공고").contains("\"budget\":300000000");
            HttpResponse<String> programs = http.send(HttpRequest.newBuilder(URI.create(base(app) + "/api/v1/programs"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(programs.body().split("\"code\":\"SBJ\"", -1)).as("demo data is seeded once").hasSize(2);
        }
    }

    private long programId(String base) throws Exception {
        String body = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/programs")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        java.util.List<Number> ids = com.jayway.jsonpath.JsonPath.read(body, "$[?(@.code == 'SBJ')].id");
        return ids.get(0).longValue();
    }
}
