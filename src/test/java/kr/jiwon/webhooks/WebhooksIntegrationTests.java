package kr.jiwon.webhooks;

import static kr.jiwon.review.ReviewFixtures.OFFICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import kr.jiwon.projects.ProjectFixtures;
import kr.jiwon.review.ReviewFixtures;
import kr.jiwon.selection.Objection;
import kr.jiwon.selection.Objections;
import kr.jiwon.shared.Actor;
import kr.jiwon.testing.MutableClock;
import kr.jiwon.testing.TestClockConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Webhooks (issue 19, Done-when 4), against a real HTTP receiver started by the test: an officer subscribes it to
 * the three events, a call goes through confirmation, a rejected objection and final results; the receiver refuses
 * each event's first delivery (500) and takes the second; every request carries a Standard Webhooks signature that
 * verifies with the secret given at subscription, and the delivery log shows two attempts and the 2xx.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"embedded", "test"})
@Import(TestClockConfiguration.class)
class WebhooksIntegrationTests {

    static final RequestPostProcessor OFFICER = httpBasic("officer", "jiwon-officer-demo");

    @Autowired
    kr.jiwon.projects.Agreements agreements;
    @Autowired
    kr.jiwon.projects.ProjectManagement projectManagement;
    @Autowired
    MockMvc mvc;
    @Autowired
    ReviewFixtures review;
    @Autowired
    Objections objections;
    @Autowired
    MutableClock clock;
    @Autowired
    ProjectFixtures projects;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    record Received(String id, String timestamp, String signature, String body) {
    }

    @Test
    void eventsReachTheReceiverSignedAndAFailedDeliveryIsRetried() throws Exception {
        List<Received> received = new CopyOnWriteArrayList<>();
        Set<String> refusedOnce = ConcurrentHashMap.newKeySet();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            received.add(new Received(id, exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                    exchange.getRequestHeaders().getFirst("webhook-signature"), body));
            exchange.sendResponseHeaders(refusedOnce.add(id) ? 500 : 204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            String url = "http://localhost:" + receiver.getAddress().getPort() + "/hook";
            mvc.perform(post("/api/v1/webhooks").with(OFFICER).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"url\": \"ftp://example.org/x\", \"events\": [\"nope\"]}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("url",
                            "events")));
            String created = mvc.perform(post("/api/v1/webhooks").with(OFFICER)
                    .contentType(MediaType.APPLICATION_JSON).content("{\"url\": \"" + url + "\", \"events\": "
                            + "[\"results.confirmed\", \"objection.decided\", \"project.created\", "
                            + "\"award.givenUp\"]}"))
                    .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
            String secret = JsonPath.read(created, "$.secret");
            long subscription = ((Number) JsonPath.read(created, "$.subscription.id")).longValue();
            assertThat(secret).startsWith("whsec_");
            mvc.perform(post("/api/v1/webhooks").with(httpBasic("applicant", "jiwon-applicant-demo"))
                    .contentType(MediaType.APPLICATION_JSON).content("{\"url\": \"" + url + "\", \"events\": "
                            + "[\"project.created\"]}"))
                    .andExpect(status().isForbidden());

            // a call to its final results, with a rejected objection on the way
            ProjectFixtures.Confirmed confirmed = projects.confirmed();
            ReviewFixtures.Applied a = confirmed.application();
            Objection o = objections.lodge(a.company().user(), a.id(), "지원 금액 산정 근거를 다시 검토해 주십시오.",
                    new Actor(a.company().user().username(), "APPLICANT", "127.0.0.1"));
            objections.answer(o.id(), false, "산정 기준에 따라 검토했으며 변경 사유가 없습니다.", OFFICE);
            projects.finalResults(confirmed);
            // and the company gives its award up before the agreement
            var company = a.company().user();
            agreements.giveUp(company, projectManagement.ofApplication(a.id()).orElseThrow().id(), "사정 변경",
                    new Actor(company.username(), "APPLICANT", "127.0.0.1"));

            long deadline = System.currentTimeMillis() + 30_000;
            while (System.currentTimeMillis() < deadline && received.stream().map(Received::id).distinct().count() < 4
                    || System.currentTimeMillis() < deadline && received.size() < 8) {
                Thread.sleep(200);
                clock.advance(Duration.ofSeconds(1)); // the test clock stands still once set: let time pass
            }
            assertThat(received).as("four events, each refused once and taken the second time").hasSize(8);
            for (Received got : received) {
                String expected = "v1," + WebhookDispatcher.sign(secret, got.id() + "." + got.timestamp() + "."
                        + got.body());
                assertThat(got.signature()).as("signature of " + got.id()).isEqualTo(expected);
                assertThat(WebhookDispatcher.sign("whsec_" + java.util.Base64.getEncoder().encodeToString(
                        new byte[24]), got.id() + "." + got.timestamp() + "." + got.body()))
                        .as("another secret does not verify").isNotEqualTo(got.signature().substring(3));
            }
            assertThat(received.stream().map(x -> (String) JsonPath.read(x.body(), "$.type")).distinct().toList())
                    .containsExactlyInAnyOrder("results.confirmed", "objection.decided", "project.created",
                            "award.givenUp");
            assertThat(received.stream().filter(x -> x.body().contains("award.givenUp")).findFirst().orElseThrow()
                    .body()).contains("\"amountWon\":50000000").contains("\"applicationId\":" + a.id());
            assertThat(received.stream().filter(x -> x.body().contains("project.created")).findFirst().orElseThrow()
                    .body()).contains("\"amountWon\":50000000").contains("\"applicationId\":" + a.id());

            mvc.perform(get("/api/v1/webhooks/" + subscription + "/deliveries").with(OFFICER))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.length()").value(4))
                    .andExpect(jsonPath("$[*].status").value(org.hamcrest.Matchers.everyItem(
                            org.hamcrest.Matchers.is("DELIVERED"))))
                    .andExpect(jsonPath("$[*].attempts").value(org.hamcrest.Matchers.everyItem(
                            org.hamcrest.Matchers.is(2))))
                    .andExpect(jsonPath("$[*].lastStatus").value(org.hamcrest.Matchers.everyItem(
                            org.hamcrest.Matchers.is(204))));
            String list = mvc.perform(get("/api/v1/webhooks").with(OFFICER)).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(list).contains(url).doesNotContain(secret);
        } finally {
            receiver.stop(0);
            jdbc.update("update webhook_subscription set revoked_at = current_timestamp where revoked_at is null");
        }
    }
}
