package kr.jiwon.shared.web;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * How many records of other people's personal data a page or download showed, for its 접속기록 (PIPA: who, when,
 * from where, what and how many). A handler says it; the access record written after the response carries it.
 */
public final class PersonalData {

    /** The request attribute that carries the count. */
    public static final String RECORDS = PersonalData.class.getName() + ".records";

    private PersonalData() {
    }

    /** The current request shows {@code records} more records of personal data. */
    public static void shown(int records) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes == null) {
            return;
        }
        Object before = attributes.getAttribute(RECORDS, RequestAttributes.SCOPE_REQUEST);
        attributes.setAttribute(RECORDS, (before instanceof Integer i ? i : 0) + records,
                RequestAttributes.SCOPE_REQUEST);
    }
}
