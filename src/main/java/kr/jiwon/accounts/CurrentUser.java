package kr.jiwon.accounts;

/** The signed-in user as other modules need it: role and the company or institute the user acts for. */
public record CurrentUser(long accountId, String username, Role role, Long companyId, Long instituteId,
                          String displayName) {

    public boolean is(Role r) {
        return role == r;
    }

    /** Officers and administrators run calls and see every application. */
    public boolean isOffice() {
        return role == Role.OFFICER || role == Role.ADMIN;
    }
}
