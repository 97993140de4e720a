package kr.jiwon.accounts;

import com.nulabinc.zxcvbn.Zxcvbn;
import java.util.ArrayList;
import java.util.List;
import kr.jiwon.shared.Violations;

/**
 * What a password must be (OWASP ASVS V2.1): at least 12 characters (counted as people count them: a Hangul syllable
 * is one), at most 128, and not guessable — measured by zxcvbn against its packaged lists of common passwords, words
 * and names, keyboard walks, repeats and dates, and against the account's own words (login name, e-mail, name,
 * company), no network involved. A score of 3 of 4 (about 10⁸ guesses) is the bar. No composition rules (no "one
 * capital, one digit"): length and unguessability are what count.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;
    static final int MIN_SCORE = 3;
    private static final Zxcvbn ZXCVBN = new Zxcvbn();

    private PasswordPolicy() {
    }

    /** Adds to {@code v}, under {@code field}, what is wrong with the password (nothing when it will do). */
    static void check(Violations v, String field, String password, String... ownWords) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            v.add(field, "account.passwordTooShort", MIN_LENGTH);
            return;
        }
        if (length > MAX_LENGTH) {
            v.add(field, "field.tooLong", MAX_LENGTH);
            return;
        }
        List<String> words = new ArrayList<>(List.of("jiwon", "지원"));
        for (String w : ownWords) {
            if (w != null && !w.isBlank()) {
                words.add(w.strip());
                if (w.contains("@")) {
                    words.add(w.substring(0, w.indexOf('@')));
                }
            }
        }
        if (ZXCVBN.measure(password, words).getScore() < MIN_SCORE) {
            v.add(field, "account.passwordGuessable");
        }
    }
}
