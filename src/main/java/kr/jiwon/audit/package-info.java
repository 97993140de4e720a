/**
 * The audit log: an append-only record of who viewed or changed an application or personal data, when, and from
 * which address. Officers query and export it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit log", allowedDependencies = {"shared",
        "shared :: web"})
package kr.jiwon.audit;
