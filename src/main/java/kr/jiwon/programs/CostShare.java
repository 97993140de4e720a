package kr.jiwon.programs;

import org.springframework.data.relational.core.mapping.Table;

/**
 * One funder's part of a project's total cost (총사업비) under a call — e.g. 삼성 30, 도 15, 시군 15 and the company
 * 40 % (경남 2024, domain notes §3); {@code company} marks the applying company's own part, which it may pay in cash
 * or in kind.
 */
@Table("call_cost_share")
public record CostShare(String funder, int percent, boolean company) {
}
