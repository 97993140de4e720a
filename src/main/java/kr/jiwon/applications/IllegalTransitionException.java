package kr.jiwon.applications;

import java.util.List;
import kr.jiwon.shared.FieldViolation;
import kr.jiwon.shared.InvalidInputException;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** A status change the lifecycle does not allow, e.g. withdrawing a draft or editing a submitted application. */
public class IllegalTransitionException extends InvalidInputException {

    IllegalTransitionException(ApplicationStatus from, ApplicationStatus to) {
        super(List.of(new FieldViolation("status", "application.illegalTransition",
                new Object[]{new DefaultMessageSourceResolvable("applicationStatus." + from.name()),
                        new DefaultMessageSourceResolvable("applicationStatus." + to.name())})));
    }
}
