package kr.jiwon.shared;

/** A requested thing does not exist (or may not be seen by this user): the API answers 404. */
public class NotFoundException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public NotFoundException(String messageKey, Object... args) {
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
}
