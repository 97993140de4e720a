package kr.jiwon.selection;

import java.time.Instant;
import java.util.List;

/** A call's confirmed selection: when and by whom, the parameters, the objection deadline, current decisions. */
public record ConfirmedResult(long callId, Instant confirmedAt, String confirmedBy, String parameters,
                              double objective, double bound, boolean optimal, long fundedAmount, int objectionDays,
                              Instant objectionUntil, List<Decision> decisions) {

    public long selectedCount() {
        return decisions.stream().filter(Decision::selected).count();
    }
}
