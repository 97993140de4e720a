package kr.jiwon.projects;

import kr.jiwon.shared.Won;
import org.springframework.data.relational.core.mapping.Table;

/** One line of a project's budget: a cost category's amount (kind CATEGORY) or a funder's share (kind FUNDER). */
@Table("project_budget_line")
public record BudgetLine(Kind kind, String name, Won amount) {

    public enum Kind {
        CATEGORY, FUNDER
    }
}
