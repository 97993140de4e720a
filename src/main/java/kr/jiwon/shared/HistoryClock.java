package kr.jiwon.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The server clock of the demo (embedded profile): the system clock, which the demo data may set back while it
 * writes the history of finished projects at first start (before the platform answers requests), through the
 * modules' own services at the dates things happened. Elsewhere the clock is the plain system clock.
 */
public class HistoryClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    /** From now on, time runs from {@code when}. */
    public void travelTo(Instant when) {
        offset = Duration.between(Instant.now(), when);
    }

    /** Back to the real time. */
    public void backToNow() {
        offset = Duration.ZERO;
    }

    public boolean travelling() {
        return !offset.isZero();
    }

    @Override
    public ZoneId getZone() {
        return SeoulTime.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(SeoulTime.ZONE) ? this : Clock.offset(Clock.system(zone), offset);
    }

    @Override
    public Instant instant() {
        Duration o = offset;
        return o.isZero() ? Instant.now() : Instant.now().plus(o);
    }
}
