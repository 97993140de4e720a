package kr.jiwon;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Malformed requests, through the real Tomcat (so that what the container's error dispatch answers is seen too), get
 * a 4xx whose body names no Java type, package, exception or library (ASVS V7.4.1, issue 16 item 14: "Java type
 * names in some 400 messages"): wrong types in the path, in query parameters and in JSON, a missing or foreign body,
 * a missing upload part, an unknown enum value.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"embedded", "test"})
class ErrorsTellNoInternalsIntegrationTests {

    private static final Pattern INTERNALS = Pattern.compile(
            "java\\.|kr\\.jiwon|springframework|jackson|Exception|Failed to convert|\\{0}");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> send(String method, String path, String user, String contentType, String body)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).method(method,
                body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(user.getBytes()));
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (path.startsWith("/api/")) {
            b.header("Accept", "application/json");
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void malformedRequestsAreAnsweredWithoutJavaTypeNames() throws Exception {
        String applicant = "applicant:jiwon-applicant-demo";
        String officer = "officer:jiwon-officer-demo";
        long application = jdbc.queryForObject("select min(a.id) from application a join account u on "
                + "u.company_id = a.company_id where u.username = 'applicant'", Long.class);
        String json = "application/json";
        String boundary = "----probe";
        String noFilePart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--"
                + boundary + "--\r\n";

        record Probe(String what, String method, String path, String user, String type, String body) {
        }
        List<Probe> probes = List.of(
                new Probe("path id not a number", "GET", "/api/v1/calls/abc", null, null, null),
                new Probe("path id too large", "GET", "/api/v1/calls/99999999999999999999", null, null, null),
                new Probe("unknown enum in query", "GET", "/api/v1/calls?status=NOPE", null, null, null),
                new Probe("boolean not a boolean", "GET", "/api/v1/calls?openNow=maybe", null, null, null),
                new Probe("document id not a number", "GET",
                        "/api/v1/applications/" + application + "/documents/abc", applicant, null, null),
                new Probe("version as text", "PUT", "/api/v1/applications/" + application, applicant, json,
                        "{\"version\": \"일\", \"trackCode\": \"GENERAL\"}"),
                new Probe("array instead of object", "PUT", "/api/v1/applications/" + application, applicant, json,
                        "[1, 2]"),
                new Probe("no body", "PUT", "/api/v1/applications/" + application, applicant, json, null),
                new Probe("broken JSON", "PUT", "/api/v1/applications/" + application, applicant, json,
                        "{\"version\": 1,"),
                new Probe("text instead of JSON", "PUT", "/api/v1/applications/" + application, applicant,
                        "text/plain", "hello"),
                new Probe("start with a call id as text", "POST", "/api/v1/applications", applicant, json,
                        "{\"callId\": \"첫째\", \"trackCode\": \"GENERAL\"}"),
                new Probe("upload without its file part", "POST",
                        "/api/v1/applications/" + application + "/documents", applicant,
                        "multipart/form-data; boundary=" + boundary, noFilePart),
                new Probe("upload as JSON", "POST", "/api/v1/applications/" + application + "/documents", applicant,
                        json, "{}"),
                new Probe("status change with an unknown status", "POST",
                        "/api/v1/applications/" + application + "/status", officer, json,
                        "{\"status\": \"WHATEVER\"}"),
                new Probe("call with a date that is not one", "POST", "/api/v1/calls", officer, json,
                        "{\"programId\": 1, \"round\": 1, \"title\": \"t\", \"opensAt\": \"다음 주\"}"),
                new Probe("call with a budget as an object", "POST", "/api/v1/calls", officer, json,
                        "{\"programId\": 1, \"round\": 1, \"title\": \"t\", \"budget\": {\"a\": 1}}"),
                new Probe("project list with a page as text", "GET", "/api/v1/projects?page=abc", officer, null, null),
                new Probe("a list with a page size of zero", "GET", "/api/v1/institutes?pageSize=0", null, null,
                        null),
                new Probe("page: call id not a number", "GET", "/calls/abc", null, null, null),
                new Probe("page: notice id not a number", "GET", "/notices/abc", null, null, null),
                new Probe("page: search page as text", "GET", "/search?q=%EA%B8%88%ED%98%95&page=abc", null, null,
                        null));

        List<String> leaks = new ArrayList<>();
        for (Probe p : probes) {
            HttpResponse<String> r = send(p.method(), p.path(), p.user(), p.type(), p.body());
            if (r.statusCode() < 400 && !(r.statusCode() == 200 && p.path().startsWith("/search"))) {
                leaks.add(p.what() + ": answered " + r.statusCode());
            }
            if (r.statusCode() >= 500) {
                leaks.add(p.what() + ": server error " + r.statusCode() + " " + r.body());
            }
            if (INTERNALS.matcher(r.body()).find()) {
                leaks.add(p.what() + " (" + r.statusCode() + "): " + r.body());
            }
        }
        assertThat(leaks).isEmpty();
    }
}
