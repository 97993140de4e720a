package kr.jiwon.shared;

/**
 * The signed-in user as other modules need it: role, the company or institute the user acts for, and the contact
 * e-mail of the account.
 */
public record CurrentUser(long accountId, String username, Role role, Long companyId, Long instituteId,
        String displayName, String email) {

    public boolean is(Role r) {
        return role == r;
    }

    /** Officers and administrators run calls and see every application. */
    public boolean isOffice() {
        return role == Role.OFFICER || role == Role.ADMIN;
    }
}
