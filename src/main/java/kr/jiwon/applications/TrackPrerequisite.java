package kr.jiwon.applications;

import java.util.List;
import kr.jiwon.programs.Call;
import kr.jiwon.shared.FieldViolation;

/**
 * A condition on the company for applying to a track that another module knows the facts of — e.g. a smart-factory
 * 고도화 track open only to plants with a confirmed level, which the outcomes module records. Implementations are
 * beans; every submission (and 요건검토) runs them with the other eligibility policies.
 */
public interface TrackPrerequisite {

    /** What keeps this company from this track of the call (empty if nothing does). */
    List<FieldViolation> check(long companyId, Call call, String trackCode);
}
