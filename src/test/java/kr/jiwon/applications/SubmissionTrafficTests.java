package kr.jiwon.applications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Work that follows submissions waits while they are under way, and never past the latest time it names. */
class SubmissionTrafficTests {

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-02T09:00:00Z"), ZoneOffset.UTC);
    private static final Duration QUIET = Duration.ofMillis(100);
    private final SubmissionTraffic traffic = new SubmissionTraffic(clock, QUIET);

    @Test
    void quietWhenNothingIsUnderWayAndForAWhileAfterTheLastSubmissionEnded() throws Exception {
        assertThat(traffic.quiet()).isTrue();
        traffic.began();
        traffic.began();
        assertThat(traffic.quiet()).isFalse();
        traffic.ended();
        assertThat(traffic.quiet()).as("one still under way").isFalse();
        traffic.ended();
        assertThat(traffic.quiet()).as("just ended").isFalse();
        Thread.sleep(QUIET.toMillis() + 20);
        assertThat(traffic.quiet()).isTrue();
    }

    @Test
    void waitingEndsAtTheLatestTimeWhileSubmissionsGoOn() {
        traffic.began();
        long start = System.nanoTime();
        assertThat(traffic.awaitQuiet(clock.instant().plus(Duration.ofMillis(300)))).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(traffic.quiet()).isFalse();
    }

    @Test
    void noWaitWhenTheLatestTimeHasPassedOrItIsQuiet() {
        traffic.began();
        long start = System.nanoTime();
        assertThat(traffic.awaitQuiet(clock.instant().minusSeconds(5))).isTrue();
        traffic.ended();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aStopWhileWaitingIsReported() throws Exception {
        traffic.began();
        boolean[] result = {true};
        Thread waiter = new Thread(() -> result[0] = traffic.awaitQuiet(clock.instant().plusSeconds(60)));
        waiter.start();
        Thread.sleep(100);
        waiter.interrupt();
        waiter.join(5_000);
        assertThat(waiter.isAlive()).isFalse();
        assertThat(result[0]).isFalse();
    }
}
