package kr.jiwon.matching;

import java.util.List;
import java.util.Map;

/**
 * Requests of a call to spread over institutes. Each request has, per candidate institute, a fit (higher is better,
 * e.g. the recommender's score), an amount, and how many institutes it needs (1; 2 or more for the convergent
 * track, which must come from different fields). Each institute can take a number of concurrent projects and,
 * optionally, an amount of money; a request needing n institutes costs each of them amount / n.
 */
public record AssignmentProblem(List<Request> requests, List<Institute> institutes) {

    public record Request(String id, long amount, int institutesNeeded, Map<String, Double> fit) {

        public Request {
            fit = Map.copyOf(fit);
            if (institutesNeeded < 1) {
                throw new IllegalArgumentException("institutesNeeded must be at least 1");
            }
        }
    }

    public record Institute(String id, String field, int capacity, Long budget) {
    }

    public AssignmentProblem {
        requests = List.copyOf(requests);
        institutes = List.copyOf(institutes);
    }
}
