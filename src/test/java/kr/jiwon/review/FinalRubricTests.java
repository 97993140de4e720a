package kr.jiwon.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The programs' final-evaluation grades: by the mean score, highest first; 불성실 only by an officer's decision. */
class FinalRubricTests {

    final FinalRubrics rubrics = new FinalRubrics();

    @Test
    void gradesFollowTheScoreFromTheHighestDown() {
        FinalRubric r = rubrics.of("SBJ");
        assertThat(r.gradeFor(87.5).name()).isEqualTo("성공");
        assertThat(r.gradeFor(80).name()).isEqualTo("성공");
        assertThat(r.gradeFor(79.99).name()).isEqualTo("보통");
        assertThat(r.gradeFor(60).name()).isEqualTo("미흡");
        assertThat(r.gradeFor(12).name()).isEqualTo("실패");
        assertThat(r.gradeFor(0).name()).as("never 불성실 by a score").isEqualTo("실패");
        assertThat(r.gradeFor(12).restrictionYears()).isEqualTo(2);
        assertThat(r.grade(FinalRubric.MISCONDUCT).orElseThrow().consequence()).contains("환수");
    }

    @Test
    void theRubricWeighsToOneHundredPointsForEveryProgram() {
        for (String program : new String[]{"SBJ", "SSF", "RPA"}) {
            FinalRubric r = rubrics.of(program);
            assertThat(r.criteria().stream().mapToInt(ReviewPlan.Criterion::weight).sum()).as(program).isEqualTo(100);
            assertThat(r.minPanel()).isPositive();
            assertThat(r.source()).isNotBlank();
        }
        assertThat(rubrics.of("SSF").criteria()).extracting(ReviewPlan.Criterion::name).contains("시스템 활용도");
    }
}
