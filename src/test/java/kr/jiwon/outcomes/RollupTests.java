package kr.jiwon.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The roll-up over generated projects against an independent computation: for each KPI the counts of chosen,
 * measured and met, and the median improvement (here from raw numbers and an array sort, not from KpiStatus).
 */
class RollupTests {

    final KpiCatalog catalog = new KpiCatalog();

    record Raw(KpiDefinition d, double baseline, double target, Double latest) {
    }

    @Test
    void theRollupMatchesAnIndependentComputationOverGeneratedProjects() {
        Random random = new Random(20261201);
        List<KpiDefinition> menu = catalog.forProgram("SSF");
        List<Raw> raws = new ArrayList<>();
        List<KpiStatus> statuses = new ArrayList<>();
        for (int project = 0; project < 300; project++) {
            for (KpiDefinition d : menu) {
                if (random.nextDouble() < 0.4) {
                    continue;
                }
                double baseline = 10 + random.nextInt(90);
                double target = d.direction() == KpiDefinition.Direction.UP
                        ? baseline * (1.1 + random.nextDouble())
                        : baseline * (0.2 + random.nextDouble() * 0.7);
                Double latest = random.nextDouble() < 0.2 ? null : baseline * (0.3 + random.nextDouble() * 1.6);
                ProjectKpi k = ProjectKpi.choose(project, d, baseline, target, "u", Instant.EPOCH);
                if (latest != null) {
                    Double denominator = d.formula() == KpiDefinition.Formula.VALUE ? null : 1.0;
                    double numerator = d.formula() == KpiDefinition.Formula.PERCENT ? latest / 100 : latest;
                    k.measure(d, LocalDate.of(2026, 6, 1), numerator, denominator, null, LocalDate.of(2026, 12, 1),
                            "u", Instant.EPOCH);
                }
                statuses.add(new KpiStatus(d, k));
                raws.add(new Raw(d, baseline, target, latest));
            }
        }
        Rollup rollup = Rollup.of(statuses);
        int measuredAll = 0;
        int metAll = 0;
        for (Rollup.Line line : rollup.lines()) {
            List<Raw> mine = raws.stream().filter(r -> r.d().code().equals(line.definition().code())).toList();
            List<Raw> measured = mine.stream().filter(r -> r.latest() != null).toList();
            long met = measured.stream().filter(r -> r.d().direction() == KpiDefinition.Direction.UP
                    ? r.latest() >= r.target() - 1e-9
                    : r.latest() <= r.target() + 1e-9).count();
            double[] changes = measured.stream().mapToDouble(r -> (r.latest() - r.baseline()) / r.baseline()
                    * (r.d().direction() == KpiDefinition.Direction.UP ? 1 : -1)).toArray();
            Arrays.sort(changes);
            double median = changes.length % 2 == 1
                    ? changes[changes.length / 2]
                    : (changes[changes.length / 2 - 1] + changes[changes.length / 2]) / 2;
            assertThat(line.chosen()).isEqualTo(mine.size());
            assertThat(line.measured()).isEqualTo(measured.size());
            assertThat(line.met()).isEqualTo((int) met);
            assertThat(line.medianImprovement()).isCloseTo(median, within(1e-9));
            measuredAll += measured.size();
            metAll += (int) met;
        }
        assertThat(rollup.lines()).hasSize(menu.size());
        assertThat(rollup.chosen()).isEqualTo(raws.size());
        assertThat(rollup.measured()).isEqualTo(measuredAll);
        assertThat(rollup.shareMet()).isCloseTo((double) metAll / measuredAll, within(1e-12));
    }
}
