package kr.jiwon.shared;

import java.util.List;

/**
 * Bad input from a user: one or more fields, each with a message key (resolved in the user's language).
 * The API answers it as RFC 9457 problem+json with status 400; forms show each message beside its field.
 */
public class InvalidInputException extends RuntimeException {

    private final List<FieldViolation> violations;

    public InvalidInputException(List<FieldViolation> violations) {
        super(violations.toString());
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public static InvalidInputException of(String field, String messageKey, Object... args) {
        return new InvalidInputException(List.of(new FieldViolation(field, messageKey, args)));
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    /** The same violations with every field name prefixed, e.g. {@code cap} becomes {@code tracks[1].cap}. */
    public InvalidInputException under(String prefix) {
        return new InvalidInputException(violations.stream().map(v -> v.under(prefix)).toList());
    }
}
