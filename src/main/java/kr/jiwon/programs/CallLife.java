package kr.jiwon.programs;

import java.time.Instant;
import kr.jiwon.shared.SeoulTime;

/**
 * The life of a call (part of the {@link Call} aggregate): its status, when it last changed, and when an officer
 * closed it early. Each step is refused with a {@link CallStageException}, nothing changed, before its stage:
 * publish → (window) → close → screening → review → announce the selection → objections → final results. Facts the
 * call cannot see (unscreened or unscored applications, open objections) are passed in by the modules that own them.
 */
class CallLife {

    private CallStatus status;
    private Instant statusChangedAt;
    private Instant closedEarlyAt;

    CallLife(CallStatus status, Instant statusChangedAt, Instant closedEarlyAt) {
        this.status = status;
        this.statusChangedAt = statusChangedAt;
        this.closedEarlyAt = closedEarlyAt;
    }

    /** Makes the call visible to applicants; it accepts applications during its window. */
    void publish(CallWindow window, Instant now) {
        require(CallStatus.DRAFT, CallPhase.DRAFT);
        moveTo(CallStatus.PUBLISHED, now);
    }

    /** Stops accepting applications: when the window (and grace) has passed, or early by an officer (조기 마감). */
    void close(CallWindow window, Instant now) {
        require(CallStatus.PUBLISHED, CallPhase.OPEN);
        if (now.isBefore(window.closesAt())) {
            closedEarlyAt = now;
        }
        moveTo(CallStatus.CLOSED, now);
    }

    /** Records the close once the window and its grace period are over; true if the status changed. */
    boolean closeIfDue(CallWindow window, Instant now) {
        if (status == CallStatus.PUBLISHED && window.over(now)) {
            moveTo(CallStatus.CLOSED, now);
            return true;
        }
        return false;
    }

    /** 요건검토 is done after the close and until the selection is announced. */
    void requireScreening(CallWindow window, Instant now) {
        closeIfDue(window, now);
        requireBetween(window, CallStatus.CLOSED, CallStatus.UNDER_REVIEW, now);
    }

    /**
     * Reviewers are assigned once every handed-in application has been screened; the call is then under review
     * (평가). Assigning again while under review is allowed (the review module refuses once scoring has begun).
     */
    void startReview(CallWindow window, Instant now, long unscreened) {
        closeIfDue(window, now);
        requireBetween(window, CallStatus.CLOSED, CallStatus.UNDER_REVIEW, now);
        refuseIf(unscreened, "call.stage.unscreened");
        if (status == CallStatus.CLOSED) {
            moveTo(CallStatus.UNDER_REVIEW, now);
        }
    }

    /** Score sheets are written and submitted while the call is under review. */
    void requireScoring(CallWindow window, Instant now) {
        closeIfDue(window, now);
        requireBetween(window, CallStatus.UNDER_REVIEW, CallStatus.UNDER_REVIEW, now);
    }

    /**
     * The selection is confirmed and announced (선정 확정) only under review, with every handed-in application
     * screened and every eligible one scored; the objection period (이의신청) begins.
     */
    void announceSelection(CallWindow window, Instant now, long unscreened, long unscored) {
        requireScoring(window, now);
        refuseIf(unscreened, "call.stage.unscreened");
        refuseIf(unscored, "call.stage.unscored");
        moveTo(CallStatus.ANNOUNCED, now);
    }

    /** Objections are lodged and answered, and reopened decisions decided again, while the selection is announced. */
    void requireAnnounced(CallWindow window, Instant now) {
        requireBetween(window, CallStatus.ANNOUNCED, CallStatus.ANNOUNCED, now);
    }

    /**
     * The results become final (결과 확정, the selected become 협약 대상) once the objection period is over, no
     * objection is open and no reopened decision awaits.
     */
    void finalizeResults(CallWindow window, Instant now, Instant objectionUntil, long openObjections,
            long awaitingDecision) {
        requireAnnounced(window, now);
        if (now.isBefore(objectionUntil)) {
            throw new CallStageException("call.stage.objectionPeriod", SeoulTime.minute(objectionUntil));
        }
        refuseIf(openObjections, "call.stage.openObjections");
        refuseIf(awaitingDecision, "call.stage.awaitingDecision");
        moveTo(CallStatus.FINALIZED, now);
    }

    /** Refuses the step while {@code count} things are still open, naming how many. */
    private static void refuseIf(long count, String messageKey) {
        if (count > 0) {
            throw new CallStageException(messageKey, count);
        }
    }

    private void moveTo(CallStatus next, Instant now) {
        status = next;
        statusChangedAt = now;
    }

    private void require(CallStatus expected, CallPhase expectedPhase) {
        if (status != expected) {
            throw CallStageException.wrong(CallPhase.of(status), expectedPhase);
        }
    }

    private void requireBetween(CallWindow window, CallStatus from, CallStatus to, Instant now) {
        if (status.isBefore(from)) {
            throw status.isBefore(CallStatus.CLOSED)
                    ? CallStageException.notClosed(window.submissionsEnd(), phase(window, now))
                    : CallStageException.notYet(phase(window, now), CallPhase.of(from));
        }
        if (to.isBefore(status)) {
            throw CallStageException.over(phase(window, now));
        }
    }

    /** The stored status, with a published call whose window and grace have passed counted as closed. */
    CallStatus status(CallWindow window, Instant now) {
        return status == CallStatus.PUBLISHED && window.over(now) ? CallStatus.CLOSED : status;
    }

    CallPhase phase(CallWindow window, Instant now) {
        return status == CallStatus.PUBLISHED ? window.phase(now) : CallPhase.of(status);
    }

    CallStatus status() {
        return status;
    }

    Instant statusChangedAt() {
        return statusChangedAt;
    }

    Instant closedEarlyAt() {
        return closedEarlyAt;
    }
}
