package kr.jiwon.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import kr.jiwon.shared.Won;
import org.junit.jupiter.api.Test;

class CallTests {

    private static Call call(int graceMinutes) {
        Call c = Call.draft(new NewCall(1L, 1, "공고", null, Won.ofEok(17), 25, LocalDateTime.of(2031, 3, 2, 9, 0),
                LocalDateTime.of(2031, 3, 31, 18, 0), List.of(new NewTrack("GENERAL", "일반형", Won.ofManwon(5000), 12,
                null, 1)), null, graceMinutes, null, null), Instant.parse("2031-01-01T00:00:00Z"));
        c.publish(Instant.parse("2031-01-02T00:00:00Z"));
        return c;
    }

    private static final Instant CLOSE = Instant.parse("2031-03-31T09:00:00Z"); // 18:00 KST

    @Test
    void acceptsSubmissionsUntilTheCloseMinuteInSeoul() {
        Call c = call(0);
        assertThat(c.closesAt()).isEqualTo(CLOSE);
        assertThat(c.acceptsSubmission(CLOSE.minusSeconds(1), CLOSE.minusSeconds(1))).isTrue();
        assertThat(c.acceptsSubmission(CLOSE, CLOSE)).isFalse();
        assertThat(c.acceptsSubmission(Instant.parse("2031-03-01T23:59:59Z"), null)).as("before opening").isFalse();
    }

    @Test
    void aGracePeriodAcceptsOnlyUploadsBegunBeforeTheClose() {
        Call c = call(10);
        assertThat(c.acceptsSubmission(CLOSE.plusSeconds(300), CLOSE.minusSeconds(60))).isTrue();
        assertThat(c.acceptsSubmission(CLOSE.plusSeconds(300), CLOSE.plusSeconds(1))).isFalse();
        assertThat(c.acceptsSubmission(CLOSE.plusSeconds(601), CLOSE.minusSeconds(60))).isFalse();
        assertThat(call(0).acceptsSubmission(CLOSE.plusSeconds(1), CLOSE.minusSeconds(60))).as("no grace by default").isFalse();
    }

    @Test
    void aDraftOrClosedCallAcceptsNothing() {
        Call draft = Call.draft(new NewCall(1L, 1, "공고", null, Won.ofEok(17), 25, LocalDateTime.of(2031, 3, 2, 9, 0),
                LocalDateTime.of(2031, 3, 31, 18, 0), List.of(new NewTrack("GENERAL", "일반형", Won.ofManwon(5000), 12,
                null, 1)), null, 0, null, null), Instant.now());
        assertThat(draft.acceptsSubmission(CLOSE.minusSeconds(60), CLOSE.minusSeconds(60))).isFalse();
        Call c = call(0);
        c.close(Instant.now());
        assertThat(c.acceptsSubmission(CLOSE.minusSeconds(60), CLOSE.minusSeconds(60))).isFalse();
        assertThatThrownBy(() -> c.publish(Instant.now())).isInstanceOf(IllegalCallTransitionException.class);
    }
}
