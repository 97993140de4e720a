/**
 * Statistics (통계): figures of plans, programs and calls computed from the data, never typed as prose — per call the
 * applications handed in, found eligible and selected, the amounts requested and awarded, the projects signed with
 * what they committed, paid and spent, and the 인구감소지역 share against the call's 가점; per 시도 (with a tile map),
 * company size, track, research institute (answers and load against capacity), program and year, and plan against
 * the year before; open data (calls, awards in the 360Giving shape, plans, programs, the board). Each module
 * publishes the figures it owns through its public API; this one owns and reads no table.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Statistics", allowedDependencies = {"shared",
        "shared :: web", "programs", "applications", "companies", "matching", "institutes", "projects", "outcomes",
        "review", "notices"})
package kr.jiwon.stats;
