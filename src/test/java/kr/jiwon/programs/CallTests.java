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
                        null, 1)),
                null, graceMinutes, null, null), Instant.parse("2031-01-01T00:00:00Z"));
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
        assertThat(call(0).acceptsSubmission(CLOSE.plusSeconds(1), CLOSE.minusSeconds(60))).as("no grace by default")
                .isFalse();
    }

    @Test
    void aDraftOrClosedCallAcceptsNothing() {
        Call draft = Call.draft(new NewCall(1L, 1, "공고", null, Won.ofEok(17), 25, LocalDateTime.of(2031, 3, 2, 9, 0),
                LocalDateTime.of(2031, 3, 31, 18, 0), List.of(new NewTrack("GENERAL", "일반형", Won.ofManwon(5000), 12,
                        null, 1)),
                null, 0, null, null), Instant.now());
        assertThat(draft.acceptsSubmission(CLOSE.minusSeconds(60), CLOSE.minusSeconds(60))).isFalse();
        Call c = call(0);
        c.close(Instant.now());
        assertThat(c.acceptsSubmission(CLOSE.minusSeconds(60), CLOSE.minusSeconds(60))).isFalse();
        assertThatThrownBy(() -> c.publish(Instant.now())).isInstanceOf(CallStageException.class);
    }

    private static String key(Runnable r) {
        try {
            r.run();
        } catch (CallStageException e) {
            return e.violations().get(0).messageKey();
        }
        return null;
    }

    @Test
    void screeningIsRefusedBeforeTheCloseAndAllowedAfterIt() {
        Call c = call(10);
        assertThat(key(() -> c.requireScreening(CLOSE.minusSeconds(60)))).isEqualTo("call.stage.notClosed");
        assertThat(key(() -> c.requireScreening(CLOSE.plusSeconds(300)))).as("within the grace period")
                .isEqualTo("call.stage.notClosed");
        assertThat(c.status()).isEqualTo(CallStatus.PUBLISHED);
        assertThat(key(() -> c.requireScreening(CLOSE.plusSeconds(600)))).isNull();
        assertThat(c.status()).as("the close is recorded when due").isEqualTo(CallStatus.CLOSED);
    }

    @Test
    void anOfficerMayCloseEarlyAndTheCallThenAcceptsNothingButScreening() {
        Call c = call(0);
        c.close(CLOSE.minusSeconds(86_400));
        assertThat(c.closedEarlyAt()).isEqualTo(CLOSE.minusSeconds(86_400));
        assertThat(c.acceptsSubmission(CLOSE.minusSeconds(60), CLOSE.minusSeconds(60))).isFalse();
        assertThat(c.acceptsWithdrawal(CLOSE.minusSeconds(60))).isFalse();
        assertThat(key(() -> c.requireScreening(CLOSE.minusSeconds(60)))).isNull();
        assertThat(key(() -> c.close(CLOSE))).as("closed once").isEqualTo("call.stage.wrong");
    }

    @Test
    void reviewStartsOnlyWhenEverySubmissionIsScreenedAndScoringOnlyUnderReview() {
        Call c = call(0);
        Instant after = CLOSE.plusSeconds(60);
        assertThat(key(() -> c.startReview(CLOSE.minusSeconds(1), 0))).isEqualTo("call.stage.notClosed");
        assertThat(key(() -> c.requireScoring(after))).isEqualTo("call.stage.notYet");
        assertThat(key(() -> c.startReview(after, 2))).isEqualTo("call.stage.unscreened");
        assertThat(c.status()).isEqualTo(CallStatus.CLOSED);
        assertThat(key(() -> c.startReview(after, 0))).isNull();
        assertThat(c.status()).isEqualTo(CallStatus.UNDER_REVIEW);
        assertThat(key(() -> c.startReview(after, 0))).as("assigning again while under review").isNull();
        assertThat(key(() -> c.requireScoring(after))).isNull();
        assertThat(key(() -> c.requireScreening(after))).as("corrections during review").isNull();
    }

    @Test
    void theSelectionIsAnnouncedOnlyWhenEveryEligibleApplicationIsScored() {
        Call c = call(0);
        Instant after = CLOSE.plusSeconds(60);
        assertThat(key(() -> c.announceSelection(after, 0, 0))).isEqualTo("call.stage.notYet");
        c.startReview(after, 0);
        assertThat(key(() -> c.announceSelection(after, 0, 3))).isEqualTo("call.stage.unscored");
        assertThat(key(() -> c.announceSelection(after, 1, 0))).isEqualTo("call.stage.unscreened");
        assertThat(key(() -> c.requireAnnounced(after))).isEqualTo("call.stage.notYet");
        assertThat(key(() -> c.announceSelection(after, 0, 0))).isNull();
        assertThat(c.status()).isEqualTo(CallStatus.ANNOUNCED);
        assertThat(c.phase(after)).isEqualTo(CallPhase.ANNOUNCED);
        assertThat(key(() -> c.requireScoring(after))).as("sheets are locked once announced")
                .isEqualTo("call.stage.over");
        assertThat(key(() -> c.requireScreening(after))).isEqualTo("call.stage.over");
        assertThat(key(() -> c.requireAnnounced(after))).isNull();
    }

    @Test
    void resultsBecomeFinalAfterTheObjectionPeriodWithNothingLeftOpen() {
        Call c = call(0);
        Instant after = CLOSE.plusSeconds(60);
        c.startReview(after, 0);
        c.announceSelection(after, 0, 0);
        Instant until = after.plusSeconds(7 * 86_400);
        assertThat(key(() -> c.finalizeResults(until.minusSeconds(1), until, 0, 0)))
                .isEqualTo("call.stage.objectionPeriod");
        assertThat(key(() -> c.finalizeResults(until, until, 1, 0))).isEqualTo("call.stage.openObjections");
        assertThat(key(() -> c.finalizeResults(until, until, 0, 1))).isEqualTo("call.stage.awaitingDecision");
        assertThat(c.status()).isEqualTo(CallStatus.ANNOUNCED);
        assertThat(key(() -> c.finalizeResults(until, until, 0, 0))).isNull();
        assertThat(c.status()).isEqualTo(CallStatus.FINALIZED);
        assertThat(key(() -> c.requireAnnounced(until))).isEqualTo("call.stage.over");
    }
}
