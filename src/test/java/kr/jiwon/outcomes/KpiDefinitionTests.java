package kr.jiwon.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import kr.jiwon.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The catalogue's formulas and directions: values computed from what is counted, and "better" by direction. */
class KpiDefinitionTests {

    final KpiCatalog catalog = new KpiCatalog();
    final KpiDefinition defectRate = catalog.find("SSF", "DEFECT_RATE").orElseThrow();
    final KpiDefinition productivity = catalog.find("SSF", "PRODUCTIVITY").orElseThrow();
    final KpiDefinition sales = catalog.find("SSF", "SALES").orElseThrow();
    final KpiDefinition onTime = catalog.find("SSF", "ON_TIME_DELIVERY").orElseThrow();

    @Test
    void formulasComputeTheValueFromWhatIsCounted() {
        assertThat(defectRate.compute(62, 2000.0)).isCloseTo(3.1, within(1e-9));
        assertThat(productivity.compute(1300, 10.0)).isCloseTo(130, within(1e-9));
        assertThat(onTime.compute(188, 200.0)).isCloseTo(94, within(1e-9));
        assertThat(sales.compute(1_250_000_000, null)).isEqualTo(1_250_000_000);
        assertThatThrownBy(() -> defectRate.compute(5, 0.0)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("kpi.denominatorZero");
    }

    @Test
    void directionsDecideWhatIsBetter() {
        assertThat(defectRate.direction()).isEqualTo(KpiDefinition.Direction.DOWN);
        assertThat(defectRate.improvement(8, 2)).isCloseTo(0.75, within(1e-9));
        assertThat(defectRate.improvement(8, 10)).isCloseTo(-0.25, within(1e-9));
        assertThat(productivity.improvement(100, 130)).isCloseTo(0.30, within(1e-9));
        assertThat(productivity.improvement(100, 90)).isCloseTo(-0.10, within(1e-9));
        assertThat(productivity.improvement(0, 90)).isNaN();
        assertThat(defectRate.meets(2, 1.9)).isTrue();
        assertThat(defectRate.meets(2, 2.1)).isFalse();
        assertThat(productivity.meets(130, 130)).isTrue();
        assertThat(defectRate.ambitious(8, 2)).isTrue();
        assertThat(defectRate.ambitious(8, 9)).isFalse();
        assertThat(productivity.ambitious(100, 90)).isFalse();
    }

    @Test
    void progressRunsFromTheBaselineToTheTargetWhicheverTheDirection() {
        assertThat(KpiDefinition.progress(8, 2, 3.1)).isCloseTo(4.9 / 6, within(1e-9));
        assertThat(KpiDefinition.progress(100, 130, 115)).isCloseTo(0.5, within(1e-9));
        assertThat(KpiDefinition.progress(100, 130, 90)).isNegative();
    }

    @Test
    void everyProgramHasAMenuAndSmartFactoriesHaveThePqcdSet() {
        assertThat(catalog.forProgram("SSF")).extracting(KpiDefinition::code).contains("PRODUCTIVITY",
                "DEFECT_RATE", "UNIT_COST", "ON_TIME_DELIVERY", "ACCIDENT_RATE", "SALES", "EMPLOYMENT");
        assertThat(catalog.forProgram("SBJ")).extracting(KpiDefinition::code).contains("BOTTLENECK_SOLVED",
                "NEW_SALES", "COST_REDUCTION", "PATENTS", "FOLLOW_ON_CONTRACTS");
        assertThat(catalog.forProgram("SSF")).allSatisfy(d -> assertThat(d.source()).isNotBlank());
    }

    @Test
    void aTargetMustBeBetterThanTheBaseline() {
        assertThatThrownBy(() -> ProjectKpi.choose(1, defectRate, 8.0, 9.0, "u", java.time.Instant.now()))
                .hasMessageContaining("kpi.targetBelow");
        assertThatThrownBy(() -> ProjectKpi.choose(1, productivity, 100.0, 90.0, "u", java.time.Instant.now()))
                .hasMessageContaining("kpi.targetAbove");
    }

    @Test
    void valuesAreShownInTheirUnit() {
        assertThat(def("SBJ", "NEW_SALES").display(420_000_000)).isEqualTo("4억 2,000만원");
        assertThat(def("SBJ", "BOTTLENECK_SOLVED").display(1)).isEqualTo("해결");
        assertThat(def("SBJ", "BOTTLENECK_SOLVED").display(0)).isEqualTo("미해결");
        assertThat(def("SBJ", "PATENTS").display(3)).isEqualTo("3건");
        assertThat(def("SBJ", "DEFECT_RATE").display(3)).isEqualTo("3.00 %");
    }

    private KpiDefinition def(String program, String code) {
        return catalog.find(program, code).orElseThrow();
    }
}
