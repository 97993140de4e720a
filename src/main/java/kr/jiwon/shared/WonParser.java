package kr.jiwon.shared;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads Korean money amounts. A number is digits (with correct thousands commas, optionally a decimal part);
 * it may be followed by the small units 천/백/십 (a unit without a number means one: "천만원") and the sections
 * are closed by the large units 조/억/만 in descending order. One trailing "원" is allowed, spaces are ignored.
 */
final class WonParser {

    private static final Pattern NUMBER = Pattern.compile("(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");
    private static final String SMALL_UNITS = "천백십";
    private static final String LARGE_UNITS = "조억만";

    private WonParser() {
    }

    static long parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("won.empty");
        }
        String s = text.replaceAll("\\s+", "");
        if (s.endsWith("원")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.isEmpty()) {
            throw new InvalidValueException("won.noNumber", text.strip());
        }
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal section = BigDecimal.ZERO;
        StringBuilder number = new StringBuilder();
        long lastLarge = Long.MAX_VALUE;
        long lastSmall = Long.MAX_VALUE;
        boolean sectionHasValue = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isDigit(c) || c == ',' || c == '.') {
                number.append(c);
            } else if (SMALL_UNITS.indexOf(c) >= 0) {
                long unit = smallUnit(c);
                if (unit >= lastSmall) {
                    throw new InvalidValueException("won.unitOrder", text.strip());
                }
                lastSmall = unit;
                BigDecimal n = number.isEmpty() ? BigDecimal.ONE : number(number, text);
                section = section.add(n.multiply(BigDecimal.valueOf(unit)));
                sectionHasValue = true;
                number.setLength(0);
            } else if (LARGE_UNITS.indexOf(c) >= 0) {
                long unit = largeUnit(c);
                if (unit >= lastLarge) {
                    throw new InvalidValueException("won.unitOrder", text.strip());
                }
                lastLarge = unit;
                if (!number.isEmpty()) {
                    section = section.add(number(number, text));
                    sectionHasValue = true;
                    number.setLength(0);
                }
                if (!sectionHasValue) {
                    throw new InvalidValueException("won.noNumber", text.strip());
                }
                total = total.add(section.multiply(BigDecimal.valueOf(unit)));
                section = BigDecimal.ZERO;
                sectionHasValue = false;
                lastSmall = Long.MAX_VALUE;
            } else {
                throw new InvalidValueException("won.unexpectedCharacter", String.valueOf(c), text.strip());
            }
        }
        if (!number.isEmpty()) {
            section = section.add(number(number, text));
            sectionHasValue = true;
        }
        total = total.add(section);
        if (!sectionHasValue && lastLarge == Long.MAX_VALUE) {
            throw new InvalidValueException("won.noNumber", text.strip());
        }
        try {
            return total.longValueExact();
        } catch (ArithmeticException e) {
            if (total.stripTrailingZeros().scale() > 0) {
                throw new InvalidValueException("won.fraction", text.strip());
            }
            throw new InvalidValueException("won.tooLarge", text.strip());
        }
    }

    private static BigDecimal number(StringBuilder digits, String text) {
        String n = digits.toString();
        if (!NUMBER.matcher(n).matches()) {
            throw new InvalidValueException("won.malformedNumber", n, text.strip());
        }
        return new BigDecimal(n.replace(",", ""));
    }

    private static long smallUnit(char c) {
        return switch (c) {
            case '천' -> 1000L;
            case '백' -> 100L;
            default -> 10L;
        };
    }

    private static long largeUnit(char c) {
        return switch (c) {
            case '조' -> 1_000_000_000_000L;
            case '억' -> 100_000_000L;
            default -> 10_000L;
        };
    }
}
