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

    static String encode(String key, Object[] args) {
        StringBuilder sb = new StringBuilder(key);
        for (Object a : args) {
            sb.append(SEPARATOR).append(a);
        }
        return sb.toString();
    }

    static Object[] args(String encoded) {
        String[] parts = encoded.split(SEPARATOR, -1);
        Object[] out = new Object[parts.length - 1];
        System.arraycopy(parts, 1, out, 0, out.length);
        return out;
    }

    static String key(String encoded) {
        return encoded.split(SEPARATOR, -1)[0];
    }
}
