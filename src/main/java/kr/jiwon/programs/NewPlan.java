package kr.jiwon.programs;

import kr.jiwon.shared.Violations;
import kr.jiwon.shared.Won;

/** What an officer gives to record a plan. */
public record NewPlan(Integer fiscalYear, String title, String ministry, Won totalBudget, Won previousYearTotal,
        String description) {

    void validate() {
        new Violations()
                .check(fiscalYear != null && fiscalYear >= 2000 && fiscalYear <= 2100, "fiscalYear",
                        "plan.fiscalYear.invalid")
                .check(title != null && !title.isBlank(), "title", "field.required")
                .check(title == null || title.length() <= 200, "title", "field.tooLong", 200)
                .check(ministry != null && !ministry.isBlank(), "ministry", "field.required")
                .check(totalBudget != null && totalBudget.amount() > 0, "totalBudget", "won.positive")
                .throwIfAny();
    }
}
