package kr.jiwon.outcomes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.Violations;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A KPI a project committed to: baseline and target (the target must be better than the baseline in the KPI's
 * direction) and its measurements over time (never dated in the future); the latest measurement is the current value.
 */
@Table("project_kpi")
public class ProjectKpi {

    @Id
    private Long id;
    @Version
    private Long version;
    private final Long projectId;
    private final String code;
    private final double baseline;
    private final double target;
    private final Instant createdAt;
    private final String createdBy;
    @MappedCollection(idColumn = "project_kpi_id", keyColumn = "position")
    private final List<Measurement> measurements;

    @PersistenceCreator
    ProjectKpi(Long id, Long version, Long projectId, String code, double baseline, double target, Instant createdAt,
            String createdBy, List<Measurement> measurements) {
        this.id = id;
        this.version = version;
        this.projectId = projectId;
        this.code = code;
        this.baseline = baseline;
        this.target = target;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.measurements = new ArrayList<>(measurements == null ? List.of() : measurements);
    }

    static ProjectKpi choose(long projectId, KpiDefinition d, Double baseline, Double target, String by,
            Instant now) {
        Violations v = new Violations();
        v.check(baseline != null && Double.isFinite(baseline) && baseline >= 0, "baseline", "kpi.number");
        v.check(target != null && Double.isFinite(target) && target >= 0, "target", "kpi.number");
        if (v.isEmpty() && !d.ambitious(baseline, target)) {
            v.add("target", d.direction() == KpiDefinition.Direction.UP ? "kpi.targetAbove" : "kpi.targetBelow");
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v.list());
        }
        return new ProjectKpi(null, null, projectId, d.code(), baseline, target, now, by, null);
    }

    void measure(KpiDefinition d, LocalDate on, Double numerator, Double denominator, String evidence,
            LocalDate today, String by, Instant now) {
        Violations v = new Violations();
        v.check(on != null, "measuredOn", "field.required");
        v.check(on == null || !on.isAfter(today), "measuredOn", "project.futureDate");
        v.check(numerator != null && Double.isFinite(numerator) && numerator >= 0, "numerator", "kpi.number");
        v.check(d.formula() == KpiDefinition.Formula.VALUE || denominator != null, "denominator", "field.required");
        v.check(evidence == null || evidence.length() <= 500, "evidence", "field.tooLong", 500);
        if (!v.isEmpty()) {
            throw new InvalidInputException(v.list());
        }
        double value = d.compute(numerator, d.formula() == KpiDefinition.Formula.VALUE ? null : denominator);
        measurements.add(new Measurement(on, numerator, d.formula() == KpiDefinition.Formula.VALUE ? null : denominator,
                value, evidence == null || evidence.isBlank() ? null : evidence.strip(), now, by));
    }

    /** The latest measurement by date (the last recorded on that date). */
    public Optional<Measurement> latest() {
        return measurements.stream().max(Comparator.comparing(Measurement::measuredOn)
                .thenComparing(Measurement::recordedAt));
    }

    // @formatter:off
    public Long id() { return id; }
    public Long projectId() { return projectId; }
    public String code() { return code; }
    public double baseline() { return baseline; }
    public double target() { return target; }
    public Instant createdAt() { return createdAt; }
    public List<Measurement> measurements() { return List.copyOf(measurements); }
    // @formatter:on
}
