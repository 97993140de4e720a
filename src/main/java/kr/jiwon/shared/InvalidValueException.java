package kr.jiwon.shared;

/**
 * A single value that cannot be accepted (a malformed amount, a wrong check digit), before it is known which
 * field it came from. Callers that know the field turn it into an {@link InvalidInputException}.
 */
public class InvalidValueException extends IllegalArgumentException {

    private final String messageKey;
    private final transient Object[] args;

    public InvalidValueException(String messageKey, Object... args) {
        super(messageKey + " " + java.util.Arrays.toString(args));
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }

    public InvalidInputException forField(String field) {
        return InvalidInputException.of(field, messageKey, args);
    }
}
