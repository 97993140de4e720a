package kr.jiwon.programs;

/**
 * Where a call stands in its life: drafted, published (applications during its window), closed for applications
 * (요건검토), under review (평가), selection announced (이의신청 기간), results final (협약 대상 확정). It only moves
 * forward, through the {@link Call}'s verbs.
 */
public enum CallStatus {

    DRAFT, PUBLISHED, CLOSED, UNDER_REVIEW, ANNOUNCED, FINALIZED;

    /** 선정 확정 or after: the review is over and what it decided is a record. */
    public boolean selectionAnnounced() {
        return this == ANNOUNCED || this == FINALIZED;
    }

    boolean isBefore(CallStatus other) {
        return ordinal() < other.ordinal();
    }
}
