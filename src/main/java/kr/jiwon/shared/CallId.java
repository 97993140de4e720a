package kr.jiwon.shared;

/** A call's identity, as other modules name it (never a bare number in a module's API). */
public record CallId(long value) {

    public static CallId of(long value) {
        return new CallId(value);
    }
}
