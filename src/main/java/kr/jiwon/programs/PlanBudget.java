package kr.jiwon.programs;

import java.util.List;
import kr.jiwon.shared.Won;

/**
 * A plan's budget as its lines: the programs funded in its fiscal year with their annual budgets, what the plan
 * spends on programs this platform does not run (so that the lines add up to the plan's total), and apart from
 * them the programs whose budget is a total over several years (never added to one year's lines).
 */
public record PlanBudget(Plan plan, List<Program> yearLines, Won listed, Won remainder, List<Program> multiYear) {

    static PlanBudget of(Plan plan, List<Program> programs) {
        int year = plan.fiscalYear();
        List<Program> lines = programs.stream().filter(p -> p.annualBudget() != null)
                .filter(p -> (p.startYear() == null || p.startYear() <= year)
                        && (p.endYear() == null || p.endYear() >= year))
                .toList();
        Won listed = lines.stream().map(Program::annualBudget).reduce(Won.ZERO, Won::plus);
        Won remainder = plan.totalBudget().exceeds(listed)
                ? Won.of(plan.totalBudget().amount() - listed.amount())
                : Won.ZERO;
        List<Program> multi = programs.stream().filter(p -> p.annualBudget() == null && p.totalBudget() != null)
                .toList();
        return new PlanBudget(plan, lines, listed, remainder, multi);
    }
}
