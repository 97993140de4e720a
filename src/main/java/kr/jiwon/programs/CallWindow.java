package kr.jiwon.programs;

import java.time.Instant;

/**
 * When a call takes applications (접수 기간): from its opening to its close, Asia/Seoul wall-clock times stored as
 * instants, and an optional grace period after the close for uploads that began before it.
 */
public record CallWindow(Instant opensAt, Instant closesAt, int graceMinutes) {

    /** The last instant a submission can arrive: the close, plus the grace period if there is one. */
    public Instant submissionsEnd() {
        return closesAt.plusSeconds(60L * graceMinutes);
    }

    /** Before the opening, during the window, or after the close. */
    CallPhase phase(Instant now) {
        return now.isBefore(opensAt) ? CallPhase.UPCOMING : now.isBefore(closesAt) ? CallPhase.OPEN : CallPhase.CLOSED;
    }

    /** Whether a submission arriving at {@code now}, whose upload began at {@code startedAt}, is in time. */
    boolean accepts(Instant now, Instant startedAt) {
        if (now.isBefore(opensAt)) {
            return false;
        }
        return now.isBefore(closesAt) || graceMinutes > 0 && startedAt != null && startedAt.isBefore(closesAt)
                && now.isBefore(submissionsEnd());
    }

    boolean over(Instant now) {
        return !now.isBefore(submissionsEnd());
    }
}
