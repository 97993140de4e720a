/**
 * Statistics (통계): figures of plans, programs and calls computed from the data, never typed as prose — per call the
 * applications handed in, found eligible and selected, the amounts requested and awarded, the projects signed with
 * what they committed, paid and spent, and the 인구감소지역 share; per 시도; per program and year. Reads other modules
 * only through their façades (it owns no table). The first part of statistics and open data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Statistics", allowedDependencies = {"shared",
        "shared :: web", "programs", "applications", "companies", "matching", "institutes", "projects", "outcomes",
        "review", "notices"})
package kr.jiwon.stats;
