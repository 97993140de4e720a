package kr.jiwon.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * 사업자등록번호: ten digits whose last is a check digit over the first nine (weights 1,3,7,1,3,7,1,3,5 plus the
 * tens digit of the ninth product); the first three are an office code or sequence of 101–999 and digits 6–9 a
 * serial of 0001–9999, so 000-00-00000 (whose check digit happens to fit) is refused. A passing check only means
 * well-formed, not issued or open. (docs/reference-sources.md: business-registration-number.md)
 */
public record BusinessRegistrationNumber(String digits) {

    private static final int[] WEIGHTS = {1, 3, 7, 1, 3, 7, 1, 3, 5};

    public BusinessRegistrationNumber {
        if (digits == null || !digits.matches("\\d{10}")) {
            throw new InvalidValueException("brn.format");
        }
        if (Integer.parseInt(digits.substring(0, 3)) < 101 || digits.substring(5, 9).equals("0000")) {
            throw new InvalidValueException("brn.notIssued");
        }
        if (checkDigit(digits) != digits.charAt(9) - '0') {
            throw new InvalidValueException("brn.checkDigit");
        }
    }

    /** Accepts "314-81-02717", "314 81 02717" or "3148102717". */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static BusinessRegistrationNumber parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("brn.empty");
        }
        String cleaned = text.strip().replaceAll("[\\s-]", "");
        return new BusinessRegistrationNumber(cleaned);
    }

    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (InvalidValueException e) {
            return false;
        }
    }

    static int checkDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * WEIGHTS[i];
        }
        sum += (digits.charAt(8) - '0') * 5 / 10;
        return (10 - sum % 10) % 10;
    }

    /** Digits 4–5 of 81–88 mark a corporation (법인); everything else is an individual business. */
    public boolean isCorporation() {
        int code = Integer.parseInt(digits.substring(3, 5));
        return code >= 81 && code <= 88;
    }

    @JsonValue
    public String formatted() {
        return digits.substring(0, 3) + "-" + digits.substring(3, 5) + "-" + digits.substring(5);
    }

    @Override
    public String toString() {
        return formatted();
    }
}
