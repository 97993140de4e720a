package kr.jiwon.applications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import kr.jiwon.bench.BenchServer;
import kr.jiwon.bench.DeadlineRush;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * How many SQL statements one submission through the web form costs (issue 17), counted by a statement-counting
 * data source around the real one: in the request, in the receipt desk that numbers it, and in the background
 * listener that passes it to its first institute. The ceilings are what the code does today, so that the count
 * cannot silently grow back; lower them as the count falls.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "jiwon.rate-limit.enabled=false", "jiwon.api.basic-auth=true"})
@ActiveProfiles({"embedded", "test"})
class SubmissionStatementsIntegrationTests {

    /** Statements executed per thread kind while counting is on (a batch counts as one execution). */
    static final class Counter implements QueryExecutionListener {

        volatile boolean on;
        final Map<String, AtomicInteger> byKind = new ConcurrentHashMap<>();
        final Map<String, AtomicInteger> byStatement = new ConcurrentHashMap<>();

        @Override
        public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
        }

        @Override
        public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
            if (!on) {
                return;
            }
            String thread = Thread.currentThread().getName();
            String kind = thread.startsWith("http-nio")
                    ? "request"
                    : thread.equals("receipt-desk")
                            ? "receipt desk"
                            : thread.startsWith("task-") || thread.startsWith("hand-off-")
                                    ? "background listener"
                                    : "other";
            byKind.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
            if (!kind.equals("other")) {
                String sql = queryInfoList.isEmpty() ? "?" : queryInfoList.get(0).getQuery();
                byStatement.computeIfAbsent(kind + " | " + sql.substring(0, Math.min(90, sql.length())),
                        k -> new AtomicInteger()).incrementAndGet();
            }
        }

        int count(String kind) {
            return byKind.getOrDefault(kind, new AtomicInteger()).get();
        }
    }

    static final Counter COUNTER = new Counter();

    @TestConfiguration
    static class Counting {

        @Bean
        static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {

                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource ds
                            && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)
                                    ? ProxyDataSourceBuilder.create(ds).name("counted").listener(COUNTER).build()
                                    : bean;
                }
            };
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSubmissionRunsFewStatements() throws Exception {
        int measured = 4;
        long callId = BenchServer.seed(context, measured + 1, 10);
        DeadlineRush client = new DeadlineRush("http://localhost:" + port);
        DeadlineRush.User warmUp = client.login(0);
        assertThat(client.submit(warmUp).statusCode()).isEqualTo(302);
        awaitOffers(callId, 1);
        List<DeadlineRush.User> users = new java.util.ArrayList<>();
        for (int k = 1; k <= measured; k++) {
            users.add(client.login(k));
        }
        COUNTER.on = true;
        for (DeadlineRush.User u : users) {
            var answer = client.submit(u);
            assertThat(answer.statusCode()).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location").orElseThrow())
                    .endsWith("/applications/" + u.applicationId() + "/receipt");
        }
        awaitOffers(callId, measured + 1);
        Thread.sleep(300); // the listener's own commit and event completion
        COUNTER.on = false;
        double request = (double) COUNTER.count("request") / measured;
        double desk = (double) COUNTER.count("receipt desk") / measured;
        double background = (double) COUNTER.count("background listener") / measured;
        System.out.printf("statements per submission: request %.1f, receipt desk %.1f, background listener %.1f%n",
                request, desk, background);
        COUNTER.byStatement.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> System.out.printf("  %5.1f  %s%n", e.getValue().get() / (double) measured, e.getKey()));
        // each kind is told by its thread's name: a renamed thread would count as "other" and its kind as 0
        assertThat(request).as("statements in the submitting request").isBetween(1.0, REQUEST_CEILING);
        assertThat(desk).as("statements of the receipt desk per submission").isBetween(1.0, DESK_CEILING);
        assertThat(background).as("statements of the institute hand-off").isBetween(1.0, BACKGROUND_CEILING);
    }

    static final double REQUEST_CEILING = 14;
    static final double DESK_CEILING = 7;
    static final double BACKGROUND_CEILING = 15;

    private void awaitOffers(long callId, int n) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            Integer offers = jdbc.queryForObject("select count(*) from match_offer where call_id = ?", Integer.class,
                    callId);
            if (offers != null && offers >= n) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the institute hand-off did not happen");
    }
}
