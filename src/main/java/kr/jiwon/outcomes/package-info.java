/**
 * Outcomes of projects: outcome KPIs from a catalogue per program (units, direction of "better", formulas, sources),
 * each project's chosen KPIs with baseline, target and dated measurements with evidence notes, progress toward the
 * target, and roll-ups per program (share of KPIs that met their target, median improvement); the reports a project
 * owes per program (중간·최종·성과활용보고) with versions, the officer's decisions and reminders; the final evaluation
 * opened on the accepted final report (scored in the review module); satisfaction and follow-up surveys;
 * smart-factory levels; a project's timeline; public results.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Outcomes", allowedDependencies = {"shared",
        "shared :: web",
        "programs", "applications", "projects", "review", "audit", "companies"})
package kr.jiwon.outcomes;
