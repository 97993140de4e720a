package kr.jiwon;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * The platform answers requests before it is ready (the web server starts before the demo data is loaded and the
 * search index built): until then readiness is DOWN and pages answer 503 "starting" instead of an empty home page;
 * afterwards readiness is UP and the home page shows the open calls.
 */
class ReadinessIntegrationTests {

    static final CountDownLatch reached = new CountDownLatch(1);
    static final CountDownLatch release = new CountDownLatch(1);

    /** Holds the start after the demo data's runners, as a slow start would. */
    @TestConfiguration(proxyBeanMethods = false)
    static class HoldTheStart {

        @Bean
        @Order(Ordered.LOWEST_PRECEDENCE)
        ApplicationRunner holdTheStart() {
            return args -> {
                reached.countDown();
                release.await(120, TimeUnit.SECONDS);
            };
        }
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", path.startsWith("/actuator") ? "*/*" : "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void readinessIsDownAndPagesSayStartingUntilDemoDataAndSearchIndexAreInPlace() throws Exception {
        AtomicInteger port = new AtomicInteger();
        AtomicReference<ConfigurableApplicationContext> context = new AtomicReference<>();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread start = new Thread(() -> {
            try {
                context.set(new SpringApplicationBuilder(JiwonPlatform.class, HoldTheStart.class)
                        .profiles("embedded", "test").properties("server.port=0")
                        .listeners(new ApplicationListener<WebServerInitializedEvent>() {

                            @Override
                            public void onApplicationEvent(WebServerInitializedEvent e) {
                                port.set(e.getWebServer().getPort());
                            }
                        })
                        .run());
            } catch (Throwable e) {
                failed.set(e);
                reached.countDown();
            }
        });
        start.start();
        try {
            assertThat(reached.await(120, TimeUnit.SECONDS)).isTrue();
            assertThat(failed.get()).as("the platform starts").isNull();
            HttpResponse<String> readiness = get(port.get(), "/actuator/health/readiness");
            assertThat(readiness.statusCode()).isEqualTo(503);
            assertThat(readiness.body()).contains("DOWN");
            assertThat(get(port.get(), "/actuator/health/liveness").statusCode()).isEqualTo(200);
            HttpResponse<String> home = get(port.get(), "/");
            assertThat(home.statusCode()).isEqualTo(503);
            assertThat(home.headers().firstValue("Retry-After")).isPresent();
            assertThat(home.body()).contains("시작하고 있습니다")
                    .containsPattern("href=\"/css/jiwon-[0-9a-f]{32}\\.css\"");
            assertThat(get(port.get(), "/api/v1/calls").statusCode()).isEqualTo(503);
        } finally {
            release.countDown();
            start.join(120_000);
        }
        try {
            HttpResponse<String> readiness = get(port.get(), "/actuator/health/readiness");
            assertThat(readiness.statusCode()).isEqualTo(200);
            assertThat(readiness.body()).contains("UP");
            HttpResponse<String> home = get(port.get(), "/");
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.body()).contains("2차 공고");
            assertThat(get(port.get(), "/search?q=%EB%8B%A4%EC%9D%B4%EC%BA%90%EC%8A%A4%ED%8C%85").body())
                    .contains("<mark>");
        } finally {
            context.get().close();
        }
    }
}
