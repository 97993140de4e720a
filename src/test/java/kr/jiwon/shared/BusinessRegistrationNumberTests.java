package kr.jiwon.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BusinessRegistrationNumberTests {

    @ParameterizedTest
    @ValueSource(strings = {"123-45-00018", "314-81-02717", "605-90-01580", "3148102717", " 314 81 02717 "})
    void acceptsWellFormedNumbers(String text) {
        assertThat(BusinessRegistrationNumber.isValid(text)).isTrue();
    }

    @Test
    void addsTheTensDigitOfTheNinthProduct() {
        // d9 = 8: a validator that forgets the extra step computes check digit 4 and rejects this number
        assertThat(BusinessRegistrationNumber.parse("605-90-01580").digits()).isEqualTo("6059001580");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "123-45-00017|brn.checkDigit",
            "314-18-02717|brn.checkDigit",
            "605-90-01589|brn.checkDigit",
            "000-00-00000|brn.notIssued",
            "100-81-01235|brn.notIssued",
            "314-81-00005|brn.notIssued",
            "605-90-0158|brn.format",
            "605-90-015800|brn.format",
            "60a-90-01580|brn.format",
            "''|brn.empty"})
    void rejectsMalformedNumbersWithTheReason(String text, String key) {
        assertThatThrownBy(() -> BusinessRegistrationNumber.parse(text))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void tellsCorporationsFromSoleProprietors() {
        assertThat(BusinessRegistrationNumber.parse("314-81-02717").isCorporation()).isTrue();
        assertThat(BusinessRegistrationNumber.parse("123-45-00018").isCorporation()).isFalse();
        assertThat(BusinessRegistrationNumber.parse("605-90-01580").isCorporation()).isFalse();
    }

    @Test
    void printsWithHyphens() {
        assertThat(BusinessRegistrationNumber.parse("3148102717").formatted()).isEqualTo("314-81-02717");
    }
}
