package kr.jiwon.selection;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import kr.jiwon.applications.Application;
import kr.jiwon.programs.Call;
import kr.jiwon.programs.Track;

/**
 * Why the optimum funds an application or not. First what rules it out on its own: not scored, below the minimum
 * score, over the track cap, company already funded, institutes not (yet) accepted, larger than the whole budget.
 * Then funded, or — for one left out — what adding it to the funded set would break, checked in order: the share
 * rule (it would be funded without it), an institute's capacity, the track budget, the round budget (with what is
 * left of it), the share rule again (adding it would bring the share below its minimum); only if it broke none is
 * a better-scoring combination the reason.
 */
final class Explainer {

    record Reason(String key, Object[] args) {
    }

    private final SelectionInstance instance;
    private final Call call;
    private final Set<String> selected;
    private final Set<String> selectedWithoutShare;
    private long spent;
    private long spentInShare;
    private final Map<String, Long> trackSpent = new HashMap<>();
    private final Map<String, Integer> instituteLoad = new HashMap<>();

    Explainer(SelectionInstance instance, Call call, Set<String> selected, Set<String> selectedWithoutShare) {
        this.instance = instance;
        this.call = call;
        this.selected = selected;
        this.selectedWithoutShare = selectedWithoutShare;
        for (SelectionInstance.Candidate c : instance.applications()) {
            if (selected.contains(c.id())) {
                spent += c.amount();
                if (inShare(c.tags())) {
                    spentInShare += c.amount();
                }
                trackSpent.merge(c.track(), c.amount(), Long::sum);
                c.institutes().forEach(i -> instituteLoad.merge(i, 1, Integer::sum));
            }
        }
    }

    private boolean inShare(java.util.List<String> tags) {
        return !instance.minShares().isEmpty() && tags.contains(instance.minShares().get(0).tag());
    }

    Reason explain(Application a, CallSelection.Facts f) {
        String id = String.valueOf(a.id());
        Track track = CallSelection.trackOf(call, a.trackCode());
        if (f.score() == null) {
            return new Reason("selection.reason.notScored", new Object[0]);
        }
        if (f.amount() == null) {
            return new Reason("selection.reason.noAmount", new Object[0]);
        }
        if (f.score() < instance.minScore()) {
            return new Reason("selection.reason.belowMinScore", new Object[]{f.score(), instance.minScore()});
        }
        if (track == null || f.amount() > track.cap().amount()) {
            return new Reason("selection.reason.overCap", new Object[]{won(f.amount()),
                    won(track == null ? 0 : track.cap().amount())});
        }
        if (f.companyFunded()) {
            return new Reason("selection.reason.companyFunded", new Object[0]);
        }
        if (!f.institutesReady()) {
            return f.institutesNeeded() < 2
                    ? new Reason("selection.reason.noInstitute", new Object[0])
                    : new Reason("selection.reason.convergentInstitutes", new Object[]{f.institutesNeeded(),
                            f.institutesFields()});
        }
        if (f.amount() > instance.budget()) {
            return new Reason("selection.reason.overBudget", new Object[]{won(f.amount()), won(instance.budget())});
        }
        if (selected.contains(id)) {
            return f.amount() < f.requested()
                    ? new Reason("selection.reason.selectedReduced", new Object[]{f.score(), won(f.amount()),
                            won(f.requested())})
                    : new Reason("selection.reason.selected", new Object[]{f.score()});
        }
        if (selectedWithoutShare.contains(id)) {
            return displacedByShare();
        }
        for (String institute : f.institutes()) {
            int cap = instance.institutes().stream().filter(i -> i.id().equals(institute))
                    .mapToInt(SelectionInstance.InstituteRule::capacity).findFirst().orElse(Integer.MAX_VALUE);
            if (instituteLoad.getOrDefault(institute, 0) >= cap) {
                return new Reason("selection.reason.instituteFull", new Object[]{institute, cap});
            }
        }
        if (track.budget() != null
                && trackSpent.getOrDefault(track.code(), 0L) + f.amount() > track.budget().amount()) {
            return new Reason("selection.reason.trackBudget", new Object[]{track.name(),
                    won(track.budget().amount() - trackSpent.getOrDefault(track.code(), 0L)), won(f.amount())});
        }
        if (spent + f.amount() > instance.budget()) {
            return new Reason("selection.reason.budgetExhausted", new Object[]{won(instance.budget() - spent),
                    won(f.amount())});
        }
        if (!instance.minShares().isEmpty() && !f.declineArea()) {
            double share = (double) spentInShare / (spent + f.amount());
            if (share < instance.minShares().get(0).share()) {
                return displacedByShare();
            }
        }
        return new Reason("selection.reason.combination", new Object[0]);
    }

    private Reason displacedByShare() {
        return new Reason("selection.reason.displacedByShare", new Object[]{
                Math.round(instance.minShares().get(0).share() * 100)});
    }

    /** An amount as a message argument: written in the reader's language when the message is (see Won). */
    private static kr.jiwon.shared.Won won(long amount) {
        return kr.jiwon.shared.Won.of(Math.max(0, amount));
    }
}
