package kr.jiwon;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Behind a TLS-terminating proxy (ASVS V3.4, V14.4; issue 16 item 10), through the real Tomcat: a request the proxy
 * marks https gets a Secure, HttpOnly, SameSite session cookie and HSTS, and the audit log records the client's
 * address from X-Forwarded-For, not the proxy's; a plain request gets neither Secure nor HSTS.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"embedded", "test"})
class BehindAProxyIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private HttpResponse<String> get(String path, boolean viaHttpsProxy, String user) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (viaHttpsProxy) {
            b.header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.7");
        }
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(user.getBytes()));
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anHttpsRequestThroughTheProxyGetsSecureCookiesHstsAndTheClientsAddressInTheAuditLog() throws Exception {
        HttpResponse<String> proxied = get("/login", true, null);
        List<String> cookies = proxied.headers().allValues("Set-Cookie");
        assertThat(cookies).isNotEmpty().allSatisfy(c -> assertThat(c).contains("Secure").contains("HttpOnly")
                .containsIgnoringCase("SameSite=Lax"));
        assertThat(proxied.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(h -> assertThat(h)
                .contains("max-age="));

        HttpResponse<String> plain = get("/login", false, null);
        assertThat(plain.headers().allValues("Set-Cookie")).noneMatch(c -> c.contains("Secure"));
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();

        long id = jdbc.queryForObject("select min(a.id) from application a join account u on u.company_id ="
                + " a.company_id where u.username = 'applicant'", Long.class);
        assertThat(get("/api/v1/applications/" + id, true, "applicant:jiwon-applicant-demo").statusCode())
                .isEqualTo(200);
        assertThat(jdbc.queryForObject("select ip from audit_event where target_id = ? and action like"
                + " '%VIEW%' order by id desc limit 1", String.class, String.valueOf(id))).isEqualTo("203.0.113.7");
    }

    /** The raw response to a request with a Host header of the attacker's choosing (java.net.http will not send one). */
    private String withHost(String path, String host) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + host
                    + "\r\nConnection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void aForgedHostHeaderIsNotReflectedInRedirects() throws Exception {
        for (String path : new String[]{"/office", "/my/applications", "/login?lang=en"}) {
            String response = withHost(path, "evil.example");
            assertThat(response).as(path).doesNotContain("evil.example");
        }
        assertThat(withHost("/office", "evil.example")).as("still sent to the login page")
                .containsPattern("(?i)location: /login");
    }
}
