/**
 * Dashboards (현황): where a call stands for the officer who runs it — the stage and the next thing to do, intake
 * over time against the deadline, 요건검토 done and left, institutes' answers, score sheets per reviewer, objections
 * and the budget requested, selected and confirmed — each figure linking to its list. Reads the other modules'
 * public APIs; owns no table.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dashboards", allowedDependencies = {"shared",
        "shared :: web", "programs", "applications", "matching", "review", "selection"})
package kr.jiwon.dashboard;
