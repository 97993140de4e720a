package kr.jiwon.programs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import kr.jiwon.shared.FieldViolation;
import kr.jiwon.shared.TextList;
import kr.jiwon.shared.Violations;
import kr.jiwon.shared.Won;
import org.junit.jupiter.api.Test;

/**
 * A program guards the rules it publishes for its calls: the annual budget, the rounds a year, its period, and its
 * track rules (which a call may depart from only with a reason). Each violation names its rule.
 */
class ProgramRulesTests {

    private static final Instant NOW = Instant.parse("2027-01-01T00:00:00Z");

    /** Like 소부장 심화기술지원: 34억원 a year, 2 calls a year from 2021, 일반형 ≤ 5,000만원/12개월/1곳, 융합형 ≤ 2억원/2곳. */
    private static Program sbj(Integer endYear) {
        return Program.create(new NewProgram(null, "SBJ", "소부장", "산업통상자원부", null, Won.ofEok(34), null, 2021,
                endYear, null, null, TextList.EMPTY, 2, List.of(
                        new NewTrack("GENERAL", "일반형", Won.ofManwon(5000), 12, null, 1),
                        new NewTrack("CONVERGENT", "융합형", Won.ofEok(2), 12, null, 2))),
                NOW);
    }

    private static Call call(int round, int year, Won budget, List<NewTrack> tracks, String reason) {
        return Call.draft(new NewCall(1L, round, "공고 " + round, null, budget, 10,
                LocalDateTime.of(year, 3, 2, 9, 0), LocalDateTime.of(year, 3, 31, 18, 0), tracks, null, 0, null, 5,
                reason), NOW);
    }

    private static List<NewTrack> general(Won cap, int months, int institutes) {
        return List.of(new NewTrack("GENERAL", "일반형", cap, months, null, institutes));
    }

    private static List<String> keys(Program p, Call c, List<Call> others) {
        Violations v = new Violations();
        p.checkCall(c, others, v);
        return v.list().stream().map(x -> x.field() + ":" + x.messageKey()).toList();
    }

    @Test
    void aCallThatFollowsEveryRuleIsAccepted() {
        Call first = call(1, 2027, Won.ofEok(17), general(Won.ofManwon(5000), 12, 1), null);
        Call second = call(2, 2027, Won.ofEok(17), general(Won.ofManwon(4000), 10, 1), null);
        assertThat(keys(sbj(null), second, List.of(first))).isEmpty();
    }

    @Test
    void theYearsCallBudgetsStayWithinTheAnnualBudget() {
        Call first = call(1, 2027, Won.ofEok(17), general(Won.ofManwon(5000), 12, 1), null);
        Call second = call(2, 2027, Won.ofEok(18), general(Won.ofManwon(5000), 12, 1), null);
        assertThat(keys(sbj(null), second, List.of(first))).containsExactly("budget:programRule.annualBudget");
        Violations v = new Violations();
        sbj(null).checkCall(second, List.of(first), v);
        FieldViolation f = v.list().get(0);
        assertThat(f.args()).as("year, sum, annual budget, the other calls")
                .containsExactly("2027", Won.ofEok(35), Won.ofEok(34), Won.ofEok(17));
        Call lastYear = call(2, 2026, Won.ofEok(18), general(Won.ofManwon(5000), 12, 1), null);
        assertThat(keys(sbj(null), lastYear, List.of(first))).as("another year has its own budget").isEmpty();
    }

    @Test
    void aYearHasAtMostTheProgramsRounds() {
        Call first = call(1, 2027, Won.ofEok(10), general(Won.ofManwon(5000), 12, 1), null);
        Call second = call(2, 2027, Won.ofEok(10), general(Won.ofManwon(5000), 12, 1), null);
        Call third = call(3, 2027, Won.ofEok(10), general(Won.ofManwon(5000), 12, 1), null);
        assertThat(keys(sbj(null), third, List.of(first, second))).containsExactly("round:programRule.rounds");
        assertThat(keys(sbj(null), call(3, 2027, Won.ofEok(1), general(Won.ofManwon(5000), 12, 1), null),
                List.of())).as("a third round number is refused even when alone").containsExactly(
                        "round:programRule.rounds");
    }

    @Test
    void aCallLiesInsideTheProgramsPeriod() {
        assertThat(keys(sbj(null), call(1, 2020, Won.ofEok(1), general(Won.ofManwon(5000), 12, 1), null),
                List.of())).containsExactly("opensAt:programRule.periodStart");
        assertThat(keys(sbj(2026), call(1, 2027, Won.ofEok(1), general(Won.ofManwon(5000), 12, 1), null),
                List.of())).containsExactly("closesAt:programRule.periodEnd");
    }

    @Test
    void tracksFollowTheProgramsTrackRulesUnlessAReasonIsGiven() {
        Call tooMuch = call(1, 2027, Won.ofEok(17), List.of(
                new NewTrack("GENERAL", "일반형", Won.ofManwon(6000), 18, null, 0),
                new NewTrack("SPECIAL", "특별형", Won.ofManwon(1000), 6, null, 1)), null);
        assertThat(keys(sbj(null), tooMuch, List.of())).containsExactly("tracks[0].cap:programRule.cap",
                "tracks[0].maxMonths:programRule.months", "tracks[0].minInstitutes:programRule.institutes",
                "tracks[1].code:programRule.trackUnknown");
        assertThat(sbj(null).trackRulesBrokenBy(tooMuch.tracks())).isTrue();
        Call withReason = call(1, 2027, Won.ofEok(17), tooMuch.tracks().stream()
                .map(t -> new NewTrack(t.code(), t.name(), t.cap(), t.maxMonths(), null, t.minInstitutes()))
                .toList(), "2027년 시범 유형: 운영위원회 의결(2026-12-10)");
        assertThat(keys(sbj(null), withReason, List.of())).isEmpty();
        assertThat(withReason.ruleOverrideReason()).startsWith("2027년 시범 유형");
    }

    @Test
    void aProgramWithoutTrackRulesLetsItsCallsChooseTheirTracks() {
        Program open = Program.create(new NewProgram(null, "OPEN", "규칙 없는 사업", "부처", null, Won.ofEok(10), null,
                null, null, null, null, TextList.EMPTY), NOW);
        assertThat(keys(open, call(7, 2027, Won.ofEok(10), general(Won.ofEok(3), 36, 0), null), List.of())).isEmpty();
    }
}
