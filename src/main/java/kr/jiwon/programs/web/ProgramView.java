package kr.jiwon.programs.web;

import java.math.BigDecimal;
import kr.jiwon.programs.Plan;
import kr.jiwon.programs.Program;
import kr.jiwon.shared.TextList;
import kr.jiwon.shared.Won;

/** A program as the API shows it. */
record ProgramView(long id, Long planId, String code, String name, String ministry, String managingAgency,
        Won annualBudget, String annualBudgetText, Won totalBudget, String totalBudgetText, Integer startYear,
        Integer endYear,
        Integer targetCompanies, String description, TextList priorityFields, Integer roundsPerYear,
        java.util.List<kr.jiwon.programs.ProgramTrack> tracks, Long version) {

    static ProgramView of(Program p) {
        return new ProgramView(p.id(), p.planId(), p.code(), p.name(), p.ministry(), p.managingAgency(),
                p.annualBudget(), text(p.annualBudget()), p.totalBudget(), text(p.totalBudget()), p.startYear(),
                p.endYear(), p.targetCompanies(), p.description(), p.priorityFields(), p.roundsPerYear(), p.tracks(),
                p.version());
    }

    private static String text(Won won) {
        return won == null ? null : won.korean();
    }

    /** A plan as the API shows it, with its year-on-year change. */
    record PlanView(long id, int fiscalYear, String title, String ministry, Won totalBudget, String totalBudgetText,
            Won previousYearTotal, BigDecimal yearOnYearPercent, String description, Long version) {

        static PlanView of(Plan p) {
            return new PlanView(p.id(), p.fiscalYear(), p.title(), p.ministry(), p.totalBudget(),
                    p.totalBudget().korean(), p.previousYearTotal(), p.yearOnYearPercent(), p.description(),
                    p.version());
        }
    }
}
