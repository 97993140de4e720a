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

    public record Candidate(String id, String company, String track, long amount, double score, List<String> tags,
            List<String> institutes) {

        public Candidate {
            tags = tags == null ? List.of() : List.copyOf(tags);
            institutes = institutes == null ? List.of() : List.copyOf(institutes);
        }
    }

    public SelectionInstance {
        tracks = tracks == null ? List.of() : List.copyOf(tracks);
        minShares = minShares == null ? List.of() : List.copyOf(minShares);
        institutes = institutes == null ? List.of() : List.copyOf(institutes);
        applications = applications == null ? List.of() : List.copyOf(applications);
    }
}
