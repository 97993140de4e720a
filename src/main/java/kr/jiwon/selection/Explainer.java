package kr.jiwon.selection;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import kr.jiwon.applications.Application;
import kr.jiwon.programs.Call;
import kr.jiwon.programs.Track;

/**
 * Why the optimum funds an application or not, checked in order: not scored yet, below the minimum score, over
 * the track cap, company already funded; funded; displaced by the share rule (funded without it); institute
 * full; track budget used up; round budget used up; otherwise a better-scoring combination fills the budget.
 */
final class Explainer {

    record Reason(String key, Object[] args) {
    }

    private final SelectionInstance instance;
    private final Call call;
    private final Set<String> selected;
    private final Set<String> selectedWithoutShare;
    private long spent;
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
                trackSpent.merge(c.track(), c.amount(), Long::sum);
                c.institutes().forEach(i -> instituteLoad.merge(i, 1, Integer::sum));
            }
        }
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
            return new Reason("selection.reason.belowMinScore", new Object[] {f.score(), instance.minScore()});
        }
        if (track == null || f.amount() > track.cap().amount()) {
            return new Reason("selection.reason.overCap", new Object[] {won(f.amount()),
                    won(track == null ? 0 : track.cap().amount())});
        }
        if (f.companyFunded()) {
            return new Reason("selection.reason.companyFunded", new Object[0]);
        }
        if (selected.contains(id)) {
            return new Reason("selection.reason.selected", new Object[] {f.score()});
        }
        if (selectedWithoutShare.contains(id)) {
            return new Reason("selection.reason.displacedByShare", new Object[] {
                    Math.round(instance.minShares().get(0).share() * 100)});
        }
        if (f.institute() != null) {
            int cap = instance.institutes().stream().filter(i -> i.id().equals(f.institute()))
                    .mapToInt(SelectionInstance.InstituteRule::capacity).findFirst().orElse(Integer.MAX_VALUE);
            if (instituteLoad.getOrDefault(f.institute(), 0) >= cap) {
                return new Reason("selection.reason.instituteFull", new Object[] {f.institute(), cap});
            }
        }
        if (track.budget() != null
                && trackSpent.getOrDefault(track.code(), 0L) + f.amount() > track.budget().amount()) {
            return new Reason("selection.reason.trackBudget", new Object[] {track.name(),
                    won(track.budget().amount() - trackSpent.getOrDefault(track.code(), 0L))});
        }
        if (spent + f.amount() > instance.budget()) {
            return new Reason("selection.reason.budgetExhausted", new Object[] {won(instance.budget() - spent)});
        }
        return new Reason("selection.reason.combination", new Object[0]);
    }

    private static String won(long amount) {
        return kr.jiwon.shared.Won.of(Math.max(0, amount)).korean();
    }
}
