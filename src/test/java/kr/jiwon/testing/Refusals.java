package kr.jiwon.testing;

import kr.jiwon.shared.InvalidInputException;

/** What a refused action says: the message key of its first violation. */
public final class Refusals {

    private Refusals() {
    }

    /** The first violation's message key if the action is refused, {@code null} if it goes through. */
    public static String key(Runnable action) {
        try {
            action.run();
            return null;
        } catch (InvalidInputException e) {
            return e.violations().get(0).messageKey();
        }
    }
}
