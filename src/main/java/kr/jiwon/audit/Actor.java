package kr.jiwon.audit;

/** Who did something, in which role, from which network address. */
public record Actor(String username, String role, String ip) {

    public static Actor system() {
        return new Actor("system", "SYSTEM", null);
    }
}
