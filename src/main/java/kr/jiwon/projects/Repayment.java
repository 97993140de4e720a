package kr.jiwon.projects;

import java.time.Instant;
import java.time.LocalDate;
import kr.jiwon.shared.Won;
import org.springframework.data.relational.core.mapping.Table;

/** 반납: money the company paid back of what its settlement asked it to return, as the officer recorded it. */
@Table("project_repayment")
public record Repayment(LocalDate paidOn, Won amount, String recordedBy, Instant recordedAt) {
}
