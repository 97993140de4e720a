package kr.jiwon.accounts;

import kr.jiwon.shared.Role;

/** An account to create; the password is given in clear once and stored only as a hash. */
public record NewAccount(String username, String email, String rawPassword, String displayName, Role role,
        Long companyId, Long instituteId) {

    @Override
    public String toString() {
        return "NewAccount[" + username + ", " + role + "]";
    }
}
