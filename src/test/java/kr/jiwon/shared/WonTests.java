package kr.jiwon.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WonTests {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "5천만원|50000000",
            "2억|200000000",
            "17억 원|1700000000",
            "6,369억|636900000000",
            "1억 2천만원|120000000",
            "1억 2,000만원|120000000",
            "50,000,000|50000000",
            "50000000원|50000000",
            "5,000만원|50000000",
            "천만원|10000000",
            "3.5억원|350000000",
            "1,131억원|113100000000",
            "1조 2,345억원|1234500000000",
            "1억 2천3백만 4천5백원|123004500",
            "0원|0",
            "  2억  |200000000"})
    void parsesWhatOfficersType(String text, long expected) {
        assertThat(Won.parse(text).amount()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "rejects \"{0}\"")
    @ValueSource(strings = {"17억원원", "", "   ", "억", "원", "abc", "5천천만", "2만 3억", "-5억", "1,00만원",
            "12,3456", "1.5원", "5천만원$", "99999999999999조"})
    void rejectsNonsenseWithAReason(String text) {
        assertThatThrownBy(() -> Won.parse(text))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).messageKey()).startsWith("won."));
    }

    @Test
    void namesTheOffendingCharacter() {
        assertThatThrownBy(() -> Won.parse("17억원원"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("won.unexpectedCharacter");
                    assertThat(e.args()).containsExactly("원", "17억원원");
                });
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "0|0원",
            "9500|9,500원",
            "50000000|5,000만원",
            "200000000|2억원",
            "120000000|1억 2,000만원",
            "1700000000|17억원",
            "636900000000|6,369억원",
            "1234500000000|1조 2,345억원",
            "123004500|1억 2,300만 4,500원"})
    void formatsKoreanStyle(long amount, String expected) {
        assertThat(Won.of(amount).korean()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0|KRW 0",
            "9500|KRW 9,500",
            "50000000|KRW 50 million",
            "120000000|KRW 120 million",
            "1700000000|KRW 1.7 billion",
            "636900000000|KRW 636.9 billion",
            "1234500000000|KRW 1,234.5 billion",
            "2000000000000|KRW 2 trillion",
            "1234560000000|KRW 1,234.56 billion",
            "18156790|KRW 18,156,790",
            "2500000|KRW 2.5 million",
            "1234567|KRW 1,234,567"})
    void formatsEnglishStyleWithoutLosingAWon(long amount, String expected) {
        assertThat(Won.of(amount).english()).isEqualTo(expected);
    }

    @Test
    void formatThenParseIsTheIdentity() {
        for (long amount : new long[]{1, 999, 10_000, 123_456_789, 98_765_432_100L, 5_000_000_000_000L}) {
            assertThat(Won.parse(Won.of(amount).korean()).amount()).isEqualTo(amount);
        }
    }

    @Test
    void readsJsonNumbersAndKoreanStrings() {
        assertThat(Won.fromJson(1_700_000_000L)).isEqualTo(Won.ofEok(17));
        assertThat(Won.fromJson(50_000_000)).isEqualTo(Won.ofManwon(5000));
        assertThat(Won.fromJson("5천만원")).isEqualTo(Won.ofManwon(5000));
        assertThatThrownBy(() -> Won.fromJson(1.5)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Won.fromJson(-1)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Won.fromJson(true)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void negativeAmountsDoNotExist() {
        assertThatThrownBy(() -> Won.of(-1)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Won.ofEok(1).minus(Won.ofEok(2))).isInstanceOf(InvalidValueException.class);
    }
}
