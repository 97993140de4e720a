package kr.jiwon.projects;

import java.time.Instant;
import java.time.LocalDate;
import kr.jiwon.shared.Won;
import org.springframework.data.relational.core.mapping.Table;

/** A tranche of the support paid to the project (선금, 잔금, or by milestone). */
@Table("project_payment")
public record Payment(String label, LocalDate paidOn, Won amount, String recordedBy, Instant recordedAt) {
}
