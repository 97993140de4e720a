package kr.jiwon.selection;

import java.time.Instant;

/**
 * A recorded decision on one application (rows are only ever added: a later decision after an upheld objection
 * is a new row, the confirmed one stays as it was).
 */
public record Decision(long id, long callId, long applicationId, boolean selected, Double score,
        kr.jiwon.shared.Won amount,
        String reasonKey, Object[] reasonArgs, Instant decidedAt, String decidedBy) {

    static final String SEPARATOR = "\u001F";
    /** Marks an amount among the arguments (whole won follow). */
    static final String WON = "\u20A9";

    static String encode(String key, Object[] args) {
        StringBuilder sb = new StringBuilder(key);
        for (Object a : args) {
            // an amount stays an amount (written in the reader's language when shown), not Korean text
            sb.append(SEPARATOR).append(a instanceof kr.jiwon.shared.Won w ? WON + w.amount() : a);
        }
        return sb.toString();
    }

    static Object[] args(String encoded) {
        String[] parts = encoded.split(SEPARATOR, -1);
        Object[] out = new Object[parts.length - 1];
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i];
            out[i - 1] = p.length() > 1 && p.startsWith(WON) && p.substring(1).chars().allMatch(Character::isDigit)
                    ? kr.jiwon.shared.Won.of(Long.parseLong(p.substring(1)))
                    : p;
        }
        return out;
    }

    static String key(String encoded) {
        return encoded.split(SEPARATOR, -1)[0];
    }
}
