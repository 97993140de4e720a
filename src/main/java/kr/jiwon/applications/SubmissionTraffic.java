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

    private final AtomicInteger underWay = new AtomicInteger();
    private final Clock clock;
    /** How long no submission must have been under way before waiting work goes ahead. */
    private final Duration quiet;
    private volatile long lastEnded;

    SubmissionTraffic(Clock clock,
            @org.springframework.beans.factory.annotation.Value("${jiwon.submissions.quiet:100ms}") Duration quiet) {
        this.clock = clock;
        this.quiet = quiet;
        this.lastEnded = System.nanoTime() - quiet.toNanos();
    }

    void began() {
        underWay.incrementAndGet();
    }

    void ended() {
        lastEnded = System.nanoTime();
        underWay.decrementAndGet();
    }

    /** True when no submission is under way and none ended within the quiet time (100 ms unless configured). */
    public boolean quiet() {
        return underWay.get() == 0 && System.nanoTime() - lastEnded >= quiet.toNanos();
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
                Thread.sleep(Math.max(1, quiet.toMillis() / 2));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
