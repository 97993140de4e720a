package kr.jiwon.outcomes;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** One dated measurement of a KPI: what was counted, the value computed from it, and a note on the evidence. */
@Table("kpi_measurement")
public record Measurement(LocalDate measuredOn, double numerator, Double denominator,
        @Column("kpi_value") double value, String evidence, Instant recordedAt, String recordedBy) {
}
