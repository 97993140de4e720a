package kr.jiwon.selection;

import java.util.List;

/** A selection problem in the format of docs/selection.md. */
public record SelectionInstance(long budget, Double minScore, Integer maxPerCompany, List<TrackRule> tracks,
        List<MinShare> minShares, List<InstituteRule> institutes,
        List<Candidate> applications) {

    public record TrackRule(String id, long cap, Long budget) {
    }

    public record MinShare(String tag, double share) {
    }

    public record InstituteRule(String id, int capacity) {
    }

    /**
     * An application. {@code kept}: an award already made that must stay (a round being completed after an award
     * was given up, 추가 선정); absent means false.
     */
    public record Candidate(String id, String company, String track, long amount, double score, List<String> tags,
            List<String> institutes, Boolean kept) {

        public Candidate {
            tags = tags == null ? List.of() : List.copyOf(tags);
            institutes = institutes == null ? List.of() : List.copyOf(institutes);
            kept = Boolean.TRUE.equals(kept);
        }

        public Candidate(String id, String company, String track, long amount, double score, List<String> tags,
                List<String> institutes) {
            this(id, company, track, amount, score, tags, institutes, false);
        }

        /** The same application as an award that must stay. */
        public Candidate asKept() {
            return new Candidate(id, company, track, amount, score, tags, institutes, true);
        }
    }

    public SelectionInstance {
        tracks = tracks == null ? List.of() : List.copyOf(tracks);
        minShares = minShares == null ? List.of() : List.copyOf(minShares);
        institutes = institutes == null ? List.of() : List.copyOf(institutes);
        applications = applications == null ? List.of() : List.copyOf(applications);
    }
}
