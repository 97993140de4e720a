package kr.jiwon.accounts;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Loads logins from the account table; when a sign-in succeeds with a hash of an older kind (bcrypt), Spring Security
 * hands over the password hashed anew (Argon2id) and it is stored.
 */
@Component
class AccountUserDetails
        implements
            UserDetailsService,
            org.springframework.security.core.userdetails.UserDetailsPasswordService {

    private final Accounts accounts;
    private final LoginThrottle throttle;

    AccountUserDetails(Accounts accounts, LoginThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT))
                .map(a -> User.withUsername(a.username())
                        .password(a.passwordHash())
                        .disabled(!a.enabled())
                        .accountLocked(throttle.isLocked(a.username(), LoginThrottle.currentAddress()))
                        .authorities(List.of(new SimpleGrantedAuthority(a.role().authority())))
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }

    @Override
    @org.springframework.transaction.annotation.Transactional
    public UserDetails updatePassword(UserDetails user, String newEncodedPassword) {
        accounts.findByUsername(user.getUsername()).ifPresent(a -> {
            a.rehashed(newEncodedPassword);
            accounts.save(a);
        });
        return User.withUserDetails(user).password(newEncodedPassword).build();
    }
}
