package kr.jiwon.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/** The demo logins' stored hashes are their published passwords' (made once, not at every first start). */
class DemoUsersTests {

    @Test
    void everyDemoHashIsItsPasswordsArgon2idHash() {
        Argon2PasswordEncoder argon2 = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
        assertThat(DemoData.USERS).hasSize(7).allSatisfy(u -> {
            assertThat(u.hash()).startsWith("{argon2@SpringSecurity_v5_8}$argon2id$");
            String hash = u.hash().substring(u.hash().indexOf('}') + 1);
            assertThat(argon2.matches(u.password(), hash)).as(u.username()).isTrue();
            assertThat(argon2.matches(u.password() + "x", hash)).as(u.username()).isFalse();
        });
    }
}
