package kr.jiwon.applications;

import java.util.List;
import kr.jiwon.shared.FieldViolation;

/** One rule of a call that a submission must satisfy; each rejection names the field and a message key. */
interface EligibilityPolicy {

    /** A short name for logs and tests, e.g. "size-class". */
    String name();

    List<FieldViolation> check(SubmissionContext ctx);
}
