package kr.jiwon.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Passwords as ASVS V2 asks (issue 16, item 8): at least 12 characters, no composition rules, common and guessable
 * ones refused against packaged lists; hashed with Argon2id, so a 30-syllable Hangul passphrase (90 bytes, past
 * bcrypt's 72) works; an old bcrypt hash still signs in and is replaced by an Argon2id one at that sign-in.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"embedded", "test"})
class PasswordStrengthAndHashingIntegrationTests {

    /** Thirty Hangul syllables: 90 bytes in UTF-8. */
    private static final String HANGUL = "우리공장금형라인의새벽교대근무를지켜주는아주긴열쇠문장입니다";

    @Autowired
    AccountManagement accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;

    private static String username() {
        return "pw" + System.nanoTime();
    }

    private String refusal(String username, String password) {
        try {
            accounts.create(new NewAccount(username, username + "@factory.example", password, "김공장", Role.APPLICANT,
                    null, null));
            return "accepted";
        } catch (InvalidInputException e) {
            return e.violations().get(0).messageKey();
        }
    }

    @Test
    void shortCommonAndGuessablePasswordsAreRefusedAndALongPhraseIsNot() {
        assertThat(refusal(username(), "12345678")).isEqualTo("account.passwordTooShort");
        assertThat(refusal(username(), "aaaaaaaa")).isEqualTo("account.passwordTooShort");
        assertThat(refusal(username(), "aaaaaaaaaaaa")).isEqualTo("account.passwordGuessable");
        assertThat(refusal(username(), "password1234")).isEqualTo("account.passwordGuessable");
        assertThat(refusal(username(), "qwertyuiop12")).isEqualTo("account.passwordGuessable");
        assertThat(refusal(username(), "123456789012")).isEqualTo("account.passwordGuessable");
        String name = "hanbitmold" + (System.nanoTime() % 1000);
        assertThat(refusal(name, name + "2026")).as("the login name with a year")
                .isEqualTo("account.passwordGuessable");
        assertThat(refusal(username(), "x".repeat(129))).isEqualTo("field.tooLong");
        assertThat(refusal(username(), "mold-line-night-27")).isEqualTo("accepted");
        assertThat(refusal(username(), "가나다라마바사아자차")).as("ten syllables are too few")
                .isEqualTo("account.passwordTooShort");
    }

    @Test
    void anAccountMadeWithoutAPasswordSignsInWithNone() throws Exception {
        String u = username();
        String v = username();
        accounts.createWithoutPassword(new NewAccount(u, u + "@factory.example", null, "담당자", Role.APPLICANT, null,
                null));
        accounts.createWithoutPassword(new NewAccount(v, v + "@factory.example", null, "담당자", Role.APPLICANT, null,
                null));
        assertThat(hash(u)).startsWith("{argon2@SpringSecurity_v5_8}$argon2id$").isEqualTo(hash(v));
        for (String guess : java.util.List.of("", "null", u, u + "@factory.example", "password1234")) {
            mvc.perform(get("/api/v1/applications").with(httpBasic(u, guess))).andExpect(status().isUnauthorized());
        }
        String w = username();
        assertThatThrownBy(() -> accounts.createWithoutPassword(new NewAccount(w, w + "@factory.example",
                "mold-line-night-27", "담당자", Role.APPLICANT, null, null))).isInstanceOf(InvalidInputException.class);
        assertThat(accounts.find(w)).isEmpty();
    }

    @Test
    void anAccountGivenItsHashSignsInWithItsPasswordAndAHashOfAnotherFormatIsRefused() throws Exception {
        String u = username();
        String hash = "{argon2@SpringSecurity_v5_8}" + org.springframework.security.crypto.argon2.Argon2PasswordEncoder
                .defaultsForSpringSecurity_v5_8().encode("mold-line-night-27");
        accounts.createWithHash(new NewAccount(u, u + "@factory.example", "mold-line-night-27", "김공장", Role.APPLICANT,
                null, null), hash);
        assertThat(hash(u)).isEqualTo(hash);
        mvc.perform(get("/api/v1/applications").with(httpBasic(u, "mold-line-night-27"))).andExpect(status().isOk());
        String bcrypt = "{bcrypt}" + new BCryptPasswordEncoder().encode("mold-line-night-27");
        for (String wrong : java.util.Arrays.asList(null, "", "plain-text-password", bcrypt,
                "{argon2@SpringSecurity_v5_8}x")) {
            String v = username();
            assertThatThrownBy(() -> accounts.createWithHash(new NewAccount(v, v + "@factory.example",
                    "mold-line-night-27", "김공장", Role.APPLICANT, null, null), wrong)).as(String.valueOf(wrong))
                    .isInstanceOf(InvalidInputException.class);
            assertThat(accounts.find(v)).isEmpty();
        }
    }

    @Test
    void aThirtySyllableHangulPassphraseIsHashedWithArgon2AndSignsIn() throws Exception {
        String u = username();
        assertThat(HANGUL.codePointCount(0, HANGUL.length())).isEqualTo(30);
        assertThat(HANGUL.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isGreaterThan(72);
        accounts.create(new NewAccount(u, u + "@factory.example", HANGUL, "김공장", Role.APPLICANT, null, null));
        assertThat(hash(u)).startsWith("{argon2@SpringSecurity_v5_8}$argon2id$");
        mvc.perform(get("/api/v1/applications").with(httpBasic(u, HANGUL))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/applications").with(httpBasic(u, HANGUL.substring(0, 29) + "요")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void anOldBcryptHashSignsInOnceMoreAndIsReplacedByArgon2() throws Exception {
        String u = username();
        String password = "legacy-bcrypt-phrase-5";
        accounts.create(new NewAccount(u, u + "@factory.example", password, "김공장", Role.APPLICANT, null, null));
        jdbc.update("update account set password_hash = ? where username = ?",
                "{bcrypt}" + new BCryptPasswordEncoder().encode(password), u);
        // a long Hangul attempt against a bcrypt hash is a wrong password, not an error
        mvc.perform(get("/api/v1/applications").with(httpBasic(u, HANGUL))).andExpect(status().isUnauthorized());
        assertThat(hash(u)).startsWith("{bcrypt}");

        mvc.perform(get("/api/v1/applications").with(httpBasic(u, password))).andExpect(status().isOk());

        assertThat(hash(u)).startsWith("{argon2@SpringSecurity_v5_8}");
        mvc.perform(get("/api/v1/applications").with(httpBasic(u, password))).andExpect(status().isOk());
        assertThatThrownBy(() -> accounts.create(new NewAccount(u, u + "@x.example", password, "김", Role.APPLICANT,
                null, null))).isInstanceOf(InvalidInputException.class);
    }

    private String hash(String username) {
        return jdbc.queryForObject("select password_hash from account where username = ?", String.class, username);
    }
}
