package kr.jiwon.outcomes;

import java.util.Optional;

/** A project's KPI with its definition and where it stands: the latest value, improvement, progress, target met. */
public record KpiStatus(KpiDefinition definition, ProjectKpi kpi) {

    public Optional<Double> latest() {
        return kpi.latest().map(Measurement::value);
    }

    public Optional<Double> improvement() {
        return latest().map(v -> definition.improvement(kpi.baseline(), v)).filter(d -> !d.isNaN());
    }

    public Optional<Double> progress() {
        return latest().map(v -> KpiDefinition.progress(kpi.baseline(), kpi.target(), v));
    }

    /** Progress as a whole percent between 0 and 100, for bars. */
    public int progressPercent() {
        return progress().map(p -> (int) Math.round(Math.max(0, Math.min(1, p)) * 100)).orElse(0);
    }

    public boolean met() {
        return latest().map(v -> definition.meets(kpi.target(), v)).orElse(false);
    }
}
