package kr.jiwon.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.text.DecimalFormat;

/**
 * An amount of money in whole Korean won. Parses what officers type ("5천만원", "1억 2천만원", "6,369억",
 * "50,000,000") and prints Korean style ("1억 2,000만원"). In JSON it is a plain integer.
 *
 * <p>Serializable, as a record is, so that a message naming an amount can wait in the session for the next page
 * (a flash attribute).
 */
public record Won(long amount) implements Comparable<Won>, java.io.Serializable {

    public static final Won ZERO = new Won(0);

    public Won {
        if (amount < 0) {
            throw new InvalidValueException("won.negative");
        }
    }

    public static Won of(long amount) {
        return new Won(amount);
    }

    public static Won ofManwon(long manwon) {
        return new Won(Math.multiplyExact(manwon, 10_000L));
    }

    public static Won ofEok(long eok) {
        return new Won(Math.multiplyExact(eok, 100_000_000L));
    }

    /** Reads an amount as typed by a person; see {@link WonParser} for what is accepted. */
    public static Won parse(String text) {
        return new Won(WonParser.parse(text));
    }

    /** JSON: an integer number of won, or a Korean amount as a string. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Won fromJson(Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof java.math.BigInteger) {
            long n = ((Number) value).longValue();
            if (n < 0) {
                throw new InvalidValueException("won.negative");
            }
            return new Won(n);
        }
        if (value instanceof Number n) {
            BigDecimal d = new BigDecimal(n.toString());
            if (d.signum() < 0) {
                throw new InvalidValueException("won.negative");
            }
            try {
                return new Won(d.longValueExact());
            } catch (ArithmeticException e) {
                throw new InvalidValueException("won.fraction");
            }
        }
        if (value instanceof String s) {
            return parse(s);
        }
        throw new InvalidValueException("won.malformed", String.valueOf(value));
    }

    @JsonValue
    @Override
    public long amount() {
        return amount;
    }

    public Won plus(Won other) {
        return new Won(Math.addExact(amount, other.amount));
    }

    public Won minus(Won other) {
        return new Won(Math.subtractExact(amount, other.amount));
    }

    public boolean exceeds(Won other) {
        return amount > other.amount;
    }

    @Override
    public int compareTo(Won o) {
        return Long.compare(amount, o.amount);
    }

    /** Korean style: 0원, 9,500원, 5,000만원, 2억원, 1억 2,000만원, 1조 2,345억원. */
    public String korean() {
        if (amount == 0) {
            return "0원";
        }
        long jo = amount / 1_000_000_000_000L;
        long eok = amount / 100_000_000L % 10_000;
        long man = amount / 10_000 % 10_000;
        long rest = amount % 10_000;
        DecimalFormat grouping = new DecimalFormat("#,###");
        StringBuilder sb = new StringBuilder();
        appendPart(sb, jo, "조", grouping);
        appendPart(sb, eok, "억", grouping);
        appendPart(sb, man, "만", grouping);
        appendPart(sb, rest, "", grouping);
        return sb.append("원").toString();
    }

    private static void appendPart(StringBuilder sb, long value, String unit, DecimalFormat grouping) {
        if (value == 0) {
            return;
        }
        if (!sb.isEmpty()) {
            sb.append(' ');
        }
        sb.append(grouping.format(value)).append(unit);
    }

    /**
     * English style for the English UI, exact like the Korean one: KRW 50 million, KRW 1.7 billion, KRW 1 trillion
     * where that says the whole amount; otherwise every won (KRW 18,156,790; KRW 9,500; KRW 0).
     */
    public String english() {
        // a unit names the amount when the amount is a whole number of its thousandths (1.7 billion, 636.9 billion)
        int[] digits = {12, 9, 6};
        String[] names = {"trillion", "billion", "million"};
        for (int i = 0; i < digits.length; i++) {
            long unit = (long) Math.pow(10, digits[i]);
            if (Math.abs(amount) >= unit && amount % (unit / 1000) == 0) {
                return "KRW " + new DecimalFormat("#,##0.###").format(java.math.BigDecimal.valueOf(amount, digits[i]))
                        + " " + names[i];
            }
        }
        return "KRW " + new DecimalFormat("#,##0").format(amount);
    }

    @Override
    public String toString() {
        return korean();
    }
}
