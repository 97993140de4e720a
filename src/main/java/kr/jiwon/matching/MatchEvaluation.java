package kr.jiwon.matching;

import java.util.List;
import java.util.Set;

/**
 * Top-1 and top-3 accuracy and mean reciprocal rank of a recommender on labelled requests: a request is a hit at
 * rank r when any of its expected institutes is ranked r.
 */
public final class MatchEvaluation {

    private MatchEvaluation() {
    }

    /** A request with the institutes a coordinator would accept as a good first choice. */
    public record Labelled(MatchRequest request, Set<String> expected) {
    }

    public record Metrics(int requests, double top1, double top3, double mrr) {

        @Override
        public String toString() {
            return "requests=%d top1=%.3f top3=%.3f mrr=%.3f".formatted(requests, top1, top3, mrr);
        }
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
