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
}
