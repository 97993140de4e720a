package kr.jiwon.projects;

/** A project was created for a selected application once its call's results became final. */
public record ProjectCreated(long projectId, String number, long callId, long applicationId, long companyId,
        long amountWon) {
}
