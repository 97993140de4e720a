package kr.jiwon;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import kr.jiwon.applications.ApplicationSubmitted;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An event to another module is kept in the publication registry until its listener succeeds: when the listener
 * fails (or the process dies after the commit), the publication stays open and is delivered again when the
 * platform starts next, on the same database.
 */
class ReliableEventsIntegrationTests {

    static volatile boolean failing = true;
    static final AtomicInteger delivered = new AtomicInteger();

    /** A listener of another module that fails until told otherwise. */
    @TestConfiguration(proxyBeanMethods = false)
    static class FlakyListener {

        @Bean
        Listener flaky() {
            return new Listener();
        }
    }

    public static class Listener {

        @ApplicationModuleListener
        public void on(ApplicationSubmitted event) {
            if (failing) {
                throw new IllegalStateException("the institute directory is unreachable");
            }
            delivered.incrementAndGet();
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(JiwonPlatform.class, FlakyListener.class).profiles("embedded")
                .run("--server.port=0", "--jiwon.data-dir=" + dataDir.toAbsolutePath(), "--jiwon.demo.enabled=false");
    }

    private static int open(ConfigurableApplicationContext app) {
        return app.getBean(JdbcTemplate.class).queryForObject("select count(*) from event_publication where"
                + " completion_date is null and listener_id like '%ReliableEventsIntegrationTests%'", Integer.class);
    }

    private static void awaitOpen(ConfigurableApplicationContext app, int expected) throws InterruptedException {
        for (int i = 0; i < 500 && open(app) != expected; i++) {
            Thread.sleep(20);
        }
        assertThat(open(app)).isEqualTo(expected);
    }

    @Test
    void aFailedListenersPublicationIsDeliveredAfterARestart(@TempDir Path dataDir) throws Exception {
        failing = true;
        try (ConfigurableApplicationContext app = start(dataDir)) {
            new TransactionTemplate(app.getBean(org.springframework.transaction.PlatformTransactionManager.class))
                    .executeWithoutResult(tx -> app
                            .publishEvent(new ApplicationSubmitted(4711L, 17L, null)));
            Thread.sleep(500); // the listener runs (and fails) after the commit, apart from the publisher
            awaitOpen(app, 1);
            assertThat(delivered).hasValue(0);
        }
        failing = false;
        try (ConfigurableApplicationContext app = start(dataDir)) {
            awaitOpen(app, 0);
            assertThat(delivered).hasValue(1);
        }
    }
}
