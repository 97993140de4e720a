/**
 * Outcomes of projects: outcome KPIs from a catalogue per program (units, direction of "better", formulas, sources),
 * each project's chosen KPIs with baseline, target and dated measurements with evidence notes, progress toward the
 * target, and roll-ups per program (share of KPIs that met their target, median improvement). The first part of
 * reports and outcomes; reports, final evaluation and follow-up surveys are still to come.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Outcomes", allowedDependencies = {"shared",
        "programs", "projects", "audit"})
package kr.jiwon.outcomes;
