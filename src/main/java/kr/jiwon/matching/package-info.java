/**
 * Matching companies' bottlenecks (애로기술) to research institutes: Korean text analysis with Lucene's Nori, a user
 * dictionary and synonyms kept as plain files, ranking with explanations, and the command-line evaluation.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Matching", allowedDependencies = {"shared",
        "shared :: web", "korean",
        "institutes", "applications", "programs", "companies", "audit", "notifications"})
package kr.jiwon.matching;
