package kr.jiwon.matching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Top-1 and top-3 accuracy and mean reciprocal rank of a recommender on labelled requests: a request is a hit at
 * rank r when any of its expected institutes is ranked r.
 */
public final class MatchEvaluation {

    private MatchEvaluation() {
    }

    /**
     * A request with the institutes a coordinator would accept as a good first choice, and its kind when the set
     * labels one (testing, measurement, …; null when it does not).
     */
    public record Labelled(MatchRequest request, Set<String> expected, String kind) {

        public Labelled(MatchRequest request, Set<String> expected) {
            this(request, expected, null);
        }
    }

    public record Metrics(int requests, double top1, double top3, double mrr) {

        @Override
        public String toString() {
            return "requests=%d top1=%.3f top3=%.3f mrr=%.3f".formatted(requests, top1, top3, mrr);
        }
    }

    /**
     * Leave-one-out with simulated decisions: each request is ranked by a recommender that learned from all the
     * others, as if for each of them the first expected institute had accepted and the best-ranked wrong one had
     * declined.
     */
    public static Metrics evaluateLearning(List<InstituteProfile> profiles, kr.jiwon.shared.Regions regions,
            List<Labelled> labelled) {
        Recommender plain = new Recommender(profiles, regions);
        List<Decisions.Decision> all = new java.util.ArrayList<>();
        List<List<Decisions.Decision>> perItem = new java.util.ArrayList<>();
        for (Labelled l : labelled) {
            List<Decisions.Decision> mine = new java.util.ArrayList<>();
            String accepted = l.expected().stream().sorted().findFirst().orElse(null);
            if (accepted != null) {
                mine.add(new Decisions.Decision(l.request().text(), accepted, true));
            }
            plain.recommend(l.request(), 5).stream().map(Recommendation::institute)
                    .filter(i -> !l.expected().contains(i)).findFirst()
                    .ifPresent(wrong -> mine.add(new Decisions.Decision(l.request().text(), wrong, false)));
            perItem.add(mine);
        }
        int top1 = 0;
        int top3 = 0;
        double rr = 0;
        for (int j = 0; j < labelled.size(); j++) {
            all.clear();
            for (int i = 0; i < labelled.size(); i++) {
                if (i != j) {
                    all.addAll(perItem.get(i));
                }
            }
            Recommender learned = new Recommender(profiles, regions, new Decisions(all));
            Labelled l = labelled.get(j);
            List<Recommendation> ranking = learned.recommend(l.request(), profiles.size());
            int rank = 0;
            for (int i = 0; i < ranking.size(); i++) {
                if (l.expected().contains(ranking.get(i).institute())) {
                    rank = i + 1;
                    break;
                }
            }
            top1 += rank == 1 ? 1 : 0;
            top3 += rank >= 1 && rank <= 3 ? 1 : 0;
            rr += rank == 0 ? 0 : 1.0 / rank;
        }
        int n = Math.max(1, labelled.size());
        return new Metrics(labelled.size(), (double) top1 / n, (double) top3 / n, rr / n);
    }

    /**
     * The metrics per kind of request: the kind the set labels or, for a set without labels, the strongest kind the
     * recommender reads in the text ("general" when it reads none). Kinds in first-seen order.
     */
    public static Map<String, Metrics> byKind(Recommender recommender, List<Labelled> labelled) {
        Map<String, List<Labelled>> groups = new LinkedHashMap<>();
        for (Labelled l : labelled) {
            String kind = l.kind() != null && !l.kind().isBlank()
                    ? l.kind()
                    : recommender.kindsOf(l.request()).stream().findFirst().orElse("general");
            groups.computeIfAbsent(kind, k -> new ArrayList<>()).add(l);
        }
        Map<String, Metrics> out = new LinkedHashMap<>();
        groups.forEach((kind, group) -> out.put(kind, evaluate(recommender, group)));
        return out;
    }

    public static Metrics evaluate(Recommender recommender, List<Labelled> labelled) {
        int top1 = 0;
        int top3 = 0;
        double rr = 0;
        for (Labelled l : labelled) {
            List<Recommendation> ranking = recommender.recommend(l.request(), recommender.size());
            int rank = 0;
            for (int i = 0; i < ranking.size(); i++) {
                if (l.expected().contains(ranking.get(i).institute())) {
                    rank = i + 1;
                    break;
                }
            }
            if (rank == 1) {
                top1++;
            }
            if (rank >= 1 && rank <= 3) {
                top3++;
            }
            rr += rank == 0 ? 0 : 1.0 / rank;
        }
        int n = Math.max(1, labelled.size());
        return new Metrics(labelled.size(), (double) top1 / n, (double) top3 / n, rr / n);
    }
}
