package kr.jiwon.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.jiwon.korean.KoreanAnalysis;

/**
 * What institutes and officers decided about earlier requests, as a signal for later rankings: an institute that
 * accepted requests like this one (or was chosen by an officer) rises, one that declined them sinks. Requests are
 * compared by their analysed terms, weighted by rarity (cosine similarity); the pull is bounded.
 */
public final class Decisions {

    /** One decision: the request's text, the institute, and whether it was taken (accepted, chosen) or refused. */
    public record Decision(String text, String institute, boolean taken) {
    }

    /** One decision as it is kept: the institute, whether it was taken, and the request's analysed words. */
    record Learned(String institute, boolean taken, Set<String> terms) {
    }

    private final Map<String, List<Set<String>>> taken = new HashMap<>();
    private final Map<String, List<Set<String>>> refused = new HashMap<>();

    public static final Decisions NONE = new Decisions(List.<Decision>of());

    public Decisions(List<Decision> decisions) {
        this(decisions.stream().map(d -> new Learned(d.institute(), d.taken(), terms(d.text()))).toList());
    }

    /** Decisions whose requests' words were analysed before (kept from one reading to the next). */
    Decisions(java.util.Collection<Learned> decisions) {
        for (Learned d : decisions) {
            (d.taken() ? taken : refused).computeIfAbsent(d.institute(), k -> new java.util.ArrayList<>())
                    .add(d.terms());
        }
    }

    /** A request text's analysed words, as decisions compare them. */
    static Set<String> terms(String text) {
        return Set.copyOf(KoreanAnalysis.get().terms(text));
    }

    public boolean isEmpty() {
        return taken.isEmpty() && refused.isEmpty();
    }

    /** Between −1 and 1: how much more like this request the institute's taken requests are than its refused ones. */
    double pull(String institute, Set<String> request, Map<String, Integer> documentFrequency) {
        return best(taken.get(institute), request, documentFrequency)
                - best(refused.get(institute), request, documentFrequency);
    }

    private static double best(List<Set<String>> earlier, Set<String> request, Map<String, Integer> df) {
        if (earlier == null || request.isEmpty()) {
            return 0;
        }
        double best = 0;
        for (Set<String> e : earlier) {
            best = Math.max(best, cosine(e, request, df));
        }
        return best;
    }

    private static double cosine(Set<String> a, Set<String> b, Map<String, Integer> df) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (String t : a) {
            double w = weight(t, df);
            na += w * w;
            if (b.contains(t)) {
                dot += w * w;
            }
        }
        for (String t : b) {
            double w = weight(t, df);
            nb += w * w;
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    private static double weight(String term, Map<String, Integer> df) {
        return 1.0 / (1 + df.getOrDefault(term, 0));
    }
}
