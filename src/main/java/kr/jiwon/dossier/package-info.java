/**
 * The audit package of a call (감사 자료): one ZIP an auditor takes away — applications with receipt times, screening
 * decisions and reasons, conflicts found and dismissed, reviewer assignments, every score sheet, aggregated scores
 * with 가점, the confirmed selection with the solver's bound and explanations, objections and their decisions,
 * re-decisions, the call's audit log — as XLSX with Korean headers, and a manifest with each file's SHA-256. Reads
 * the other modules through their façades; owns no table.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Call dossier", allowedDependencies = {"shared",
        "shared :: web", "programs", "applications", "companies", "matching", "review", "selection", "audit"})
package kr.jiwon.dossier;
