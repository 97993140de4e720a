package kr.jiwon.shared;

/** A requested thing does not exist (or may not be seen by this user): the API answers 404. */
public class NotFoundException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public NotFoundException(String messageKey, Object... args) {
        super(messageKey + " " + java.util.Arrays.toString(args));
        this.messageKey = messageKey;
        // identifiers are shown as written, not as grouped numbers ("987654", not "987,654")
        this.args = java.util.Arrays.stream(args).map(String::valueOf).toArray();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
