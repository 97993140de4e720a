package kr.jiwon.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RegionsTests {

    private final Regions regions = new Regions();

    @Test
    void knowsThe89DeclineAreasAndThe18InterestAreas() {
        assertThat(regions.declineAreas()).hasSize(89);
        assertThat(regions.all().stream().filter(Region::declineInterestArea)).hasSize(18);
    }

    @Test
    void derivesDeclineAreaFromTheDistrictCode() {
        assertThat(regions.require("51750").declineArea()).isTrue(); // 강원 영월군
        assertThat(regions.require("51750").name()).isEqualTo("강원특별자치도 영월군");
        assertThat(regions.require("41590").declineArea()).isFalse(); // 경기 화성시
        assertThat(regions.require("26110").declineInterestArea()).isTrue(); // 부산 중구
    }

    @Test
    void acceptsOlderCodesOfRenamedProvinces() {
        assertThat(regions.require("42750").code()).isEqualTo("51750"); // 강원도 → 강원특별자치도
        assertThat(regions.require("47720").code()).isEqualTo("27720"); // 군위군 경북 → 대구
    }

    @Test
    void rejectsUnknownCodes() {
        assertThatThrownBy(() -> regions.require("99999"))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("region.unknown"));
        assertThat(regions.isKnown("48")).isTrue();
        assertThat(regions.isKnown("49")).isFalse();
    }

    @Test
    void aProvinceContainsItsDistricts() {
        assertThat(regions.contains("48", "48250")).isTrue();
        assertThat(regions.contains("48", "41590")).isFalse();
        assertThat(regions.contains("48250", "48250")).isTrue();
    }

    @Test
    void listsEveryProvince() {
        assertThat(regions.sidos()).hasSize(17).containsEntry("52", "전북특별자치도");
    }
}
