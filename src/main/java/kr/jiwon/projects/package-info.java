/**
 * Projects (과제): what a finally selected application becomes. The agreement (협약) in steps — the revised plan,
 * the budget by cost category and funder checked by the program's cost-share policies, the company's deposit, both
 * parties' signatures on a generated, hashed agreement PDF — then payments in tranches, spending checked by the
 * spending policies (also imported from a bank or card CSV with a dry run), changes (협약변경) and the settlement
 * (정산) with the amount to return. Created when a call's results become final ({@code SelectionFinalized}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Projects", allowedDependencies = {"shared",
        "shared :: web", "programs",
        "applications", "companies", "institutes", "matching", "selection", "notifications", "audit"})
package kr.jiwon.projects;
