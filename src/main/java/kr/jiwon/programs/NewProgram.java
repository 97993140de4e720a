package kr.jiwon.programs;

import kr.jiwon.shared.TextList;
import kr.jiwon.shared.Violations;
import kr.jiwon.shared.Won;

/** What an officer gives to register a program. */
public record NewProgram(Long planId, String code, String name, String ministry, String managingAgency,
        Won annualBudget, Won totalBudget, Integer startYear, Integer endYear, Integer targetCompanies,
        String description, TextList priorityFields) {

    public NewProgram {
        priorityFields = priorityFields == null ? TextList.EMPTY : priorityFields;
    }

    void validate() {
        new Violations()
                .check(code != null && code.strip().matches("[A-Za-z][A-Za-z0-9]{1,9}"), "code", "program.code")
                .check(name != null && !name.isBlank(), "name", "field.required")
                .check(name == null || name.length() <= 200, "name", "field.tooLong", 200)
                .check(ministry != null && !ministry.isBlank(), "ministry", "field.required")
                .check(annualBudget != null || totalBudget != null, "annualBudget", "program.budgetRequired")
                .check(annualBudget == null || annualBudget.amount() > 0, "annualBudget", "won.positive")
                .check(totalBudget == null || totalBudget.amount() > 0, "totalBudget", "won.positive")
                .check(startYear == null || endYear == null || endYear >= startYear, "endYear",
                        "program.endBeforeStart")
                .check(targetCompanies == null || targetCompanies > 0, "targetCompanies", "field.positive")
                .throwIfAny();
    }
}
