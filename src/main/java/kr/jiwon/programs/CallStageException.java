package kr.jiwon.programs;

import java.util.List;
import kr.jiwon.shared.FieldViolation;
import kr.jiwon.shared.InvalidInputException;

/**
 * A step of a call's life asked for before (or after) its stage: screening before the close, confirming a
 * selection before every eligible application is scored, and so on. Nothing has been changed.
 */
public class CallStageException extends InvalidInputException {

    CallStageException(String messageKey, Object... args) {
        super(List.of(new FieldViolation("stage", messageKey, args)));
    }

    static CallStageException wrong(CallPhase now, CallPhase needed) {
        return new CallStageException("call.stage.wrong", name(now), name(needed));
    }

    static CallStageException notClosed(java.time.Instant submissionsEnd, CallPhase now) {
        return new CallStageException("call.stage.notClosed", kr.jiwon.shared.SeoulTime.minute(submissionsEnd),
                name(now));
    }

    static CallStageException notYet(CallPhase now, CallPhase needed) {
        return new CallStageException("call.stage.notYet", name(now), name(needed));
    }

    static CallStageException over(CallPhase now) {
        return new CallStageException("call.stage.over", name(now));
    }

    /** Only a draft is edited as a whole; a published call is amended (정정공고). */
    static CallStageException notDraft(CallPhase now) {
        return new CallStageException("call.stage.notDraft", name(now));
    }

    /** A call is amended while it is published and its window (with grace) is not over. */
    static CallStageException notAmendable(CallPhase now) {
        return new CallStageException("call.stage.notAmendable", name(now));
    }

    /** A stage's name in the reader's language. */
    private static org.springframework.context.MessageSourceResolvable name(CallPhase phase) {
        return new org.springframework.context.support.DefaultMessageSourceResolvable("phase." + phase.name());
    }
}
