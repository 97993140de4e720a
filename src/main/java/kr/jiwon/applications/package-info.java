/**
 * Applications (신청서) of companies to calls: drafts that never lose work, named eligibility policies, documents
 * recognised by content, deadline-proof submission with gapless receipt numbers, withdrawal, screening by officers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Applications", allowedDependencies = {"shared",
        "shared :: web", "programs", "companies", "institutes", "audit", "notifications"})
package kr.jiwon.applications;
