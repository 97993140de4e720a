package kr.jiwon.selection;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import kr.jiwon.selection.SelectionInstance.Candidate;
import kr.jiwon.selection.SelectionInstance.TrackRule;

/** Checks a selection against every rule of the instance in exact integer arithmetic. */
final class Feasibility {

    private Feasibility() {
    }

    static boolean feasible(SelectionInstance in, List<String> ids) {
        Map<String, Candidate> byId = new HashMap<>();
        in.applications().forEach(a -> byId.put(a.id(), a));
        Map<String, TrackRule> tracks = new HashMap<>();
        in.tracks().forEach(t -> tracks.put(t.id(), t));
        java.util.Set<String> chosen = new HashSet<>(ids);
        if (chosen.size() != ids.size()
                || in.applications().stream().anyMatch(a -> a.kept() && !chosen.contains(a.id()))) {
            return false;
        }
        long total = 0;
        Map<String, Long> perTrack = new HashMap<>();
        Map<String, Integer> perCompany = new HashMap<>();
        Map<String, Integer> perInstitute = new HashMap<>();
        for (String id : ids) {
            Candidate a = byId.get(id);
            if (a == null || !SelectionOptimizer.admissible(in, a, tracks)) {
                return false;
            }
            total += a.amount();
            perTrack.merge(a.track(), a.amount(), Long::sum);
            perCompany.merge(a.company(), 1, Integer::sum);
            a.institutes().forEach(i -> perInstitute.merge(i, 1, Integer::sum));
        }
        if (total > in.budget()) {
            return false;
        }
        if (in.maxPerCompany() != null && perCompany.values().stream().anyMatch(n -> n > in.maxPerCompany())) {
            return false;
        }
        for (TrackRule t : in.tracks()) {
            if (t.budget() != null && perTrack.getOrDefault(t.id(), 0L) > t.budget()) {
                return false;
            }
        }
        for (SelectionInstance.InstituteRule r : in.institutes()) {
            if (perInstitute.getOrDefault(r.id(), 0) > r.capacity()) {
                return false;
            }
        }
        for (SelectionInstance.MinShare s : in.minShares()) {
            long tagged = ids.stream().map(byId::get).filter(a -> a.tags().contains(s.tag()))
                    .mapToLong(Candidate::amount).sum();
            long share = Math.round(s.share() * SelectionOptimizer.SHARE_SCALE);
            if (tagged * SelectionOptimizer.SHARE_SCALE < share * total) {
                return false;
            }
        }
        return true;
    }
}
