/**
 * Demo data of the real programs (embedded profile only, first start): a leaf module nothing depends on.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data", allowedDependencies = {"shared", "programs",
        "companies", "accounts", "institutes", "review", "audit",
        "notices", "applications", "matching", "search", "selection", "projects", "outcomes"})
package kr.jiwon.demo;
