package kr.jiwon.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class AggregationsTests {

    @Test
    void theMeanCountsEveryReviewer() {
        assertThat(Aggregations.combine(List.of(60.0, 70.0, 95.0), ReviewPlan.Aggregation.MEAN)).isEqualTo(75.0);
    }

    @Test
    void theTrimmedMeanDropsHighestAndLowestOnlyFromFiveReviewers() {
        assertThat(Aggregations.combine(List.of(10.0, 70.0, 80.0, 90.0, 100.0), ReviewPlan.Aggregation.TRIMMED_MEAN))
                .isEqualTo(80.0);
        assertThat(Aggregations.combine(List.of(10.0, 70.0, 80.0, 100.0), ReviewPlan.Aggregation.TRIMMED_MEAN))
                .isEqualTo(65.0);
    }

    @Test
    void zNormalisationMakesAHarshAndALenientReviewerCountAlike() {
        // reviewer 1 is harsh (50, 60), reviewer 2 lenient (80, 90); both rank application 2 above application 1
        List<Aggregations.Mark> marks = List.of(new Aggregations.Mark(1, 1, 50), new Aggregations.Mark(2, 1, 60),
                new Aggregations.Mark(3, 2, 80), new Aggregations.Mark(4, 2, 90));
        List<Aggregations.Mark> z = Aggregations.zNormalise(marks);
        assertThat(z.get(0).total()).isCloseTo(z.get(2).total(), within(1e-9));
        assertThat(z.get(1).total()).isCloseTo(z.get(3).total(), within(1e-9));
        assertThat(z.get(1).total()).isGreaterThan(z.get(0).total());
        double mean = z.stream().mapToDouble(Aggregations.Mark::total).average().orElseThrow();
        assertThat(mean).isCloseTo(70.0, within(1e-9));
    }
}
