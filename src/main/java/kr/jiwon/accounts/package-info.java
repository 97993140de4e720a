/**
 * User accounts and roles (APPLICANT, INSTITUTE, REVIEWER, OFFICER, ADMIN), password hashing and the security
 * rules of the web pages and the API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts and security", allowedDependencies = {"shared",
        "shared :: web", "companies", "audit", "notifications"})
package kr.jiwon.accounts;
