package kr.jiwon.programs;

import java.time.LocalDate;
import kr.jiwon.shared.TextList;

/**
 * What a call's notice tells companies beyond its terms: the documents an application must carry (each becomes a
 * named upload slot on the form and an item of the pre-submit checklist), the officer who answers questions and
 * their phone, and the day the result is to be announced. Every part is optional. {@code assumptions} is for
 * officers only: which of the call's values are illustrative or assumed rather than taken from a published notice
 * (never shown on public pages).
 */
public record CallNotice(TextList requiredDocuments, String contactName, String contactPhone, LocalDate announceOn,
        String assumptions) {

    public static final CallNotice NONE = new CallNotice(TextList.EMPTY, null, null, null, null);

    public CallNotice {
        requiredDocuments = requiredDocuments == null ? TextList.EMPTY : requiredDocuments;
        contactName = blankToNull(contactName);
        contactPhone = blankToNull(contactPhone);
        assumptions = blankToNull(assumptions);
    }

    public CallNotice(TextList requiredDocuments, String contactName, String contactPhone, LocalDate announceOn) {
        this(requiredDocuments, contactName, contactPhone, announceOn, null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
