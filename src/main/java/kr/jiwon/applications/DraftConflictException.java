package kr.jiwon.applications;

/**
 * Someone of the same company saved the draft after this writer loaded it. Carries what is stored now, so the
 * writer sees both versions and decides; nothing was overwritten.
 */
public class DraftConflictException extends RuntimeException {

    private final transient ApplicationForm current;
    private final String savedBy;
    private final java.time.Instant savedAt;

    DraftConflictException(Application current) {
        super("draft changed concurrently");
        this.current = current.toForm();
        this.savedBy = current.updatedBy();
        this.savedAt = current.updatedAt();
    }

    public ApplicationForm current() {
        return current;
    }

    public String savedBy() {
        return savedBy;
    }

    public java.time.Instant savedAt() {
        return savedAt;
    }
}
