package kr.jiwon.programs;

import java.time.LocalDate;
import kr.jiwon.shared.TextList;

/**
 * What a call's notice tells companies beyond its terms: the documents an application must carry (each becomes a
 * named upload slot on the form and an item of the pre-submit checklist), the officer who answers questions and
 * their phone, and the day the result is to be announced. Every part is optional.
 */
public record CallNotice(TextList requiredDocuments, String contactName, String contactPhone, LocalDate announceOn) {

    public static final CallNotice NONE = new CallNotice(TextList.EMPTY, null, null, null);

    public CallNotice {
        requiredDocuments = requiredDocuments == null ? TextList.EMPTY : requiredDocuments;
        contactName = blankToNull(contactName);
        contactPhone = blankToNull(contactPhone);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
