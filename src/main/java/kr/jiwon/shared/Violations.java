package kr.jiwon.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Collects every rejected field of one input so the user sees all problems at once, then throws them together. */
public final class Violations {

    private final List<FieldViolation> list = new ArrayList<>();

    public Violations check(boolean ok, String field, String messageKey, Object... args) {
        if (!ok) {
            list.add(new FieldViolation(field, messageKey, args));
        }
        return this;
    }

    public Violations add(String field, String messageKey, Object... args) {
        return check(false, field, messageKey, args);
    }

    /** Runs a conversion that may fail with an {@link InvalidValueException}; records the failure for the field. */
    public <T> T attempt(String field, Supplier<T> conversion) {
        try {
            return conversion.get();
        } catch (InvalidValueException e) {
            list.add(new FieldViolation(field, e.messageKey(), e.args()));
            return null;
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> list.add(v.under(field)));
            return null;
        }
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public List<FieldViolation> list() {
        return List.copyOf(list);
    }

    public void throwIfAny() {
        if (!list.isEmpty()) {
            throw new InvalidInputException(list);
        }
    }
}
