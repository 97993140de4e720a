/**
 * Plans (실행계획), programs (사업) and their calls (공고) with rounds, tracks and caps, application windows in
 * Asia/Seoul and eligibility rules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Programs and calls", allowedDependencies = {"shared",
        "shared :: web", "companies", "audit", "notices"})
package kr.jiwon.programs;
