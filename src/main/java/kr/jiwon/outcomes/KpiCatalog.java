package kr.jiwon.outcomes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.jiwon.shared.ReferenceCsv;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

/**
 * The KPI menu per program, from {@code outcomes/kpi-catalog.csv} (each row with its source): the smart-factory
 * PQCD+S set for 삼성 스마트공장 3.0 ({@code SSF}), and for every other program ({@code *}) the 소부장 outcomes.
 */
@Component
public class KpiCatalog {

    private final Map<String, Map<String, KpiDefinition>> byProgram = new LinkedHashMap<>();

    KpiCatalog() {
        for (CSVRecord r : ReferenceCsv.read("outcomes/kpi-catalog.csv")) {
            KpiDefinition d = new KpiDefinition(r.get("code"), r.get("name"), r.get("unit"),
                    KpiDefinition.Direction.valueOf(r.get("direction")),
                    KpiDefinition.Formula.valueOf(r.get("formula")), r.get("numerator"),
                    r.get("denominator").isBlank() ? null : r.get("denominator"), r.get("source"), r.get("name_en"),
                    r.get("unit_en"), r.get("numerator_en"), r.get("denominator_en"));
            byProgram.computeIfAbsent(r.get("program"), k -> new LinkedHashMap<>()).put(d.code(), d);
        }
    }

    /** The KPIs a project of the program may choose. */
    public List<KpiDefinition> forProgram(String programCode) {
        return new ArrayList<>(byProgram.getOrDefault(programCode, byProgram.get("*")).values());
    }

    public Optional<KpiDefinition> find(String programCode, String code) {
        return Optional.ofNullable(byProgram.getOrDefault(programCode, byProgram.get("*")).get(code));
    }
}
