package kr.jiwon.applications;

import java.time.Instant;

/** One status change of an application: who, when, from what to what, and why. */
public record ApplicationTransition(ApplicationStatus fromStatus, ApplicationStatus toStatus, String actor,
        Instant at, String reason) {
}
