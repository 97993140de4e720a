/**
 * Selection of the applications to fund: the exact optimiser (SCIP on the MIP, re-checked exactly; OR-Tools CP-SAT as fallback) under the round budget, track caps
 * and budgets, a minimum score, minimum shares, one project per company and institute capacity, with the status-quo
 * greedy ranking beside it; what-if parameters, an explanation for every application, confirmed (immutable)
 * results with notifications, and objections (이의신청); the {@code select} command line.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Selection", allowedDependencies = {"shared",
        "shared :: web",
        "programs",
        "applications", "companies", "institutes", "matching", "review", "notifications", "audit"})
package kr.jiwon.selection;
