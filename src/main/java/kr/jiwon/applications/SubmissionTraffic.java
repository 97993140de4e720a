package kr.jiwon.applications;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Whether companies are submitting right now, for work that follows a submission but need not run beside it: on a
 * deadline evening the submissions come first, and such work waits until none has been under way for a short
 * while — but never past the latest time it names, so in a long rush it runs late, not never.
 */
@Component
public class SubmissionTraffic {

    /** How long no submission must have been under way before waiting work goes ahead. */
    static final Duration QUIET = Duration.ofMillis(100);

    private final AtomicInteger underWay = new AtomicInteger();
    private volatile long lastEnded = System.nanoTime() - QUIET.toNanos();
    private final Clock clock;

    SubmissionTraffic(Clock clock) {
        this.clock = clock;
    }

    void began() {
        underWay.incrementAndGet();
    }

    void ended() {
        lastEnded = System.nanoTime();
        underWay.decrementAndGet();
    }

    /** True when no submission is under way and none ended within {@link #QUIET}. */
    public boolean quiet() {
        return underWay.get() == 0 && System.nanoTime() - lastEnded >= QUIET.toNanos();
    }

    /**
     * Returns once it is {@link #quiet()}, or at {@code latest} (by the platform clock) at the latest; at once when
     * it is quiet already or {@code latest} has passed. False only when the waiting thread was interrupted (the
     * platform is stopping).
     */
    public boolean awaitQuiet(Instant latest) {
        long until = System.nanoTime() + Math.max(0, Duration.between(clock.instant(), latest).toNanos());
        while (!quiet() && System.nanoTime() < until) {
            try {
                Thread.sleep(QUIET.toMillis() / 2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
