/**
 * One Korean search over calls, programs, institutes and notices (Lucene with Nori), kept in step by the modules'
 * change events; saved searches and finder profiles with alerts in the app and by e-mail; result exports.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search and alerts", allowedDependencies = {"shared",
        "shared :: web", "korean", "programs", "institutes", "notices", "notifications", "audit"})
package kr.jiwon.search;
