package kr.jiwon.testing;

import java.time.Duration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Events between modules are delivered after the publishing transaction commits, apart from the request (Spring
 * Modulith's publication registry): tests that look at what a listener did wait until no publication is open.
 */
public final class Events {

    private Events() {
    }

    public static void awaitDelivered(JdbcTemplate jdbc) {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < until) {
            Integer open = jdbc.queryForObject("select count(*) from event_publication where completion_date is null",
                    Integer.class);
            if (open != null && open == 0) {
                return;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("events still being delivered after 20 s");
    }
}
