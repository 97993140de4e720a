/**
 * Review (평가): the reviewer pool, conflicts of interest as named policies over structured identifiers
 * (사업자등록번호, institute codes), the optimal conflict-free assignment of k reviewers per application
 * (min-cost flow), bulk CSV assignment with a dry run, score sheets on the call's rubric, and aggregation.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Review", allowedDependencies = {"shared",
        "shared :: web", "programs", "applications", "companies", "institutes", "matching", "audit", "notifications"})
package kr.jiwon.review;
