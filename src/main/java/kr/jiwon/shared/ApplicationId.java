package kr.jiwon.shared;

/** An application's identity, as other modules name it (never a bare number in a module's API). */
public record ApplicationId(long value) {

    public static ApplicationId of(long value) {
        return new ApplicationId(value);
    }
}
