/**
 * Selection of the applications to fund: the exact optimiser (OR-Tools CP-SAT) under the round budget, track caps
 * and budgets, a minimum score, minimum shares, one project per company and institute capacity, with the status-quo
 * greedy ranking beside it; the {@code select} command line.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Selection", allowedDependencies = "shared")
package kr.jiwon.selection;
