package kr.jiwon.shared;

import java.util.Arrays;

/** One rejected field: its name as the client sent it, a message key and the key's arguments. */
public record FieldViolation(String field, String messageKey, Object[] args) {

    public FieldViolation {
        args = args == null ? new Object[0] : args.clone();
    }

    /** The message as something pages resolve in the reader's language (its key with its arguments). */
    public org.springframework.context.MessageSourceResolvable resolvable() {
        return new org.springframework.context.support.DefaultMessageSourceResolvable(new String[]{messageKey}, args,
                messageKey);
    }

    public FieldViolation under(String prefix) {
        String name = field == null || field.isEmpty() ? prefix : prefix + "." + field;
        return new FieldViolation(name, messageKey, args);
    }

    @Override
    public Object[] args() {
        return args.clone();
    }

    @Override
    public String toString() {
        return field + ": " + messageKey + Arrays.toString(args);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FieldViolation v && java.util.Objects.equals(field, v.field)
                && messageKey.equals(v.messageKey) && Arrays.equals(args, v.args);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(field, messageKey) * 31 + Arrays.hashCode(args);
    }
}
