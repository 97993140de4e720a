package kr.jiwon.projects;

import java.time.LocalDate;

/** A signed agreement was ended before its period (협약 해약); the project is being settled as of {@code terminatedOn}. */
public record ProjectTerminated(long projectId, String number, long callId, long applicationId, long companyId,
        LocalDate terminatedOn, Termination.Kind kind) {
}
