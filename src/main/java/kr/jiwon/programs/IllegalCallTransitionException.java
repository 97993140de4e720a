package kr.jiwon.programs;

import kr.jiwon.shared.InvalidInputException;

/** A status change that the call's lifecycle does not allow (e.g. publishing a closed call). */
public class IllegalCallTransitionException extends InvalidInputException {

    IllegalCallTransitionException(CallStatus actual, CallStatus expected) {
        super(java.util.List.of(new kr.jiwon.shared.FieldViolation("status", "call.illegalTransition",
                new Object[] {actual.name(), expected.name()})));
    }
}
