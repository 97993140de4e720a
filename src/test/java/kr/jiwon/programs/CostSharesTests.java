package kr.jiwon.programs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import kr.jiwon.shared.FieldViolation;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.Regions;
import kr.jiwon.shared.Won;
import org.junit.jupiter.api.Test;

/**
 * Funders sharing a project's total cost (e.g. 삼성 30 / 도 15 / 시군 15 / 기업 40 %, 경남 2024): the shares add up to
 * 100 % with exactly one company part, which becomes the call's minimum own contribution as a share of the total.
 */
class CostSharesTests {

    private static NewCall call(Integer ownPercent, List<NewCall.NewCostShare> shares) {
        return new NewCall(1L, 1, "삼성 스마트공장 3.0 참여기업 모집", null, Won.ofEok(100), 200,
                LocalDateTime.of(2031, 3, 2, 9, 0), LocalDateTime.of(2031, 3, 31, 18, 0),
                List.of(new NewTrack("BASIC", "기초", Won.ofManwon(6000), 6, null, 0)), null, 0, ownPercent, null, null,
                null, shares);
    }

    private static List<String> keys(NewCall c) {
        try {
            c.validate(new Regions());
            return List.of();
        } catch (InvalidInputException e) {
            return e.violations().stream().map(FieldViolation::messageKey).toList();
        }
    }

    static final List<NewCall.NewCostShare> GYEONGNAM = List.of(new NewCall.NewCostShare("삼성전자", 30, false),
            new NewCall.NewCostShare("경상남도", 15, false), new NewCall.NewCostShare("시·군", 15, false),
            new NewCall.NewCostShare("참여기업", 40, true));

    @Test
    void sharesAddUpToAHundredWithOneCompanyPartThatIsTheOwnShareOfTheTotal() {
        assertThat(keys(call(null, GYEONGNAM))).isEmpty();
        assertThat(keys(call(40, GYEONGNAM))).isEmpty();
        assertThat(keys(call(30, GYEONGNAM))).containsExactly("costShare.ownMismatch");
        assertThat(keys(call(null, List.of(new NewCall.NewCostShare("삼성전자", 30, false),
                new NewCall.NewCostShare("참여기업", 40, true))))).containsExactly("costShare.sum");
        assertThat(keys(call(null, List.of(new NewCall.NewCostShare("삼성전자", 60, false),
                new NewCall.NewCostShare("도", 40, false))))).containsExactly("costShare.oneCompany");
        assertThat(keys(call(null, List.of(new NewCall.NewCostShare(" ", 0, false),
                new NewCall.NewCostShare("참여기업", 100, true))))).contains("field.required", "costShare.percent");

        Call c = Call.draft(call(null, GYEONGNAM), Instant.parse("2031-01-01T00:00:00Z"));
        assertThat(c.costShares()).extracting(CostShare::funder).containsExactly("삼성전자", "경상남도", "시·군", "참여기업");
        assertThat(c.ownShareOfTotal()).isTrue();
        assertThat(c.minOwnContributionPercent()).as("the company's part").isEqualTo(40);
        Call plain = Call.draft(call(25, null), Instant.parse("2031-01-01T00:00:00Z"));
        assertThat(plain.ownShareOfTotal()).isFalse();
        assertThat(plain.minOwnContributionPercent()).isEqualTo(25);
    }
}
