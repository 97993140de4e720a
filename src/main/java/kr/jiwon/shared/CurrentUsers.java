package kr.jiwon.shared;

import java.util.Optional;

/**
 * Who is signed in, as the other modules need it: the port through which the web layer turns a login name into a
 * {@link CurrentUser}. The accounts module implements it; no other module looks users up by hand.
 */
public interface CurrentUsers {

    /** The user behind a login name, if such an account exists. */
    Optional<CurrentUser> byUsername(String username);

    /** The enabled coordinators of a research institute. */
    java.util.List<CurrentUser> ofInstitute(long instituteId);

    /** The enabled accounts with a role (the program officers, say). */
    java.util.List<CurrentUser> withRole(Role role);
}
