package kr.jiwon.shared;

/** Who did something, in which role, from which network address. */
public record Actor(String username, String role, String ip) {

    /** Somebody not signed in, from the given address. */
    public static Actor anonymous(String ip) {
        return new Actor("anonymous", "ANONYMOUS", ip);
    }

    public static Actor system() {
        return new Actor("system", "SYSTEM", null);
    }
}
