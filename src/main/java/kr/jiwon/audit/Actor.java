package kr.jiwon.audit;

/** Who did something, in which role, from which network address. */
public record Actor(String username, String role, String ip) {

    /** The signed-in user of a request, by name and role, from the given address. */
    public static Actor from(org.springframework.security.core.Authentication auth, String ip) {
        String role = auth.getAuthorities().stream().map(a -> a.getAuthority().replace("ROLE_", "")).findFirst()
                .orElse(null);
        return new Actor(auth.getName(), role, ip);
    }

    public static Actor system() {
        return new Actor("system", "SYSTEM", null);
    }
}
