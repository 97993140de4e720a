package kr.jiwon.review;

import java.util.List;
import java.util.Optional;

/**
 * A program's rules for the final evaluation (최종평가): the rubric, the least number of reviewers on a panel, and the
 * grades from the highest down, each with the least score that earns it, the years of participation limit it brings
 * and the consequence as told to the company. {@code 불성실} is not reached by a score: an officer records it with a
 * reason.
 */
public record FinalRubric(String programCode, List<ReviewPlan.Criterion> criteria, int minPanel, List<Grade> grades,
        String source) {

    public static final String MISCONDUCT = "불성실";

    public record Grade(String name, double minScore, int restrictionYears, String consequence) {
    }

    /** The grade a score earns: the first (highest) whose minimum it reaches, never 불성실. */
    public Grade gradeFor(double score) {
        return grades.stream().filter(g -> !g.name().equals(MISCONDUCT)).filter(g -> score >= g.minScore())
                .findFirst().orElseThrow(() -> new IllegalStateException("no grade for " + score));
    }

    public Optional<Grade> grade(String name) {
        return grades.stream().filter(g -> g.name().equals(name)).findFirst();
    }
}
