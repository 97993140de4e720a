package kr.jiwon.selection;

import java.util.List;
import kr.jiwon.shared.Won;

/**
 * A call's results became final (결과 확정): the selected applications and the amounts awarded, which become
 * projects (과제). Published in the finalizing transaction and delivered after its commit.
 */
public record SelectionFinalized(long callId, List<Award> awards) {

    public SelectionFinalized {
        awards = List.copyOf(awards);
    }

    /** A selected application and the amount awarded (after any 감액). */
    public record Award(long applicationId, Won amount) {
    }
}
