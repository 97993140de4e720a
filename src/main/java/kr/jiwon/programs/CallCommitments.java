package kr.jiwon.programs;

import java.util.Map;
import kr.jiwon.shared.Won;

/**
 * What the applications already handed in to a call ask for, so that an amendment (정정공고) never makes a submitted
 * application invalid: implemented by the module that owns applications; without it a call has none.
 */
public interface CallCommitments {

    /** Submitted applications, and per track code the largest amount and the longest duration they ask for. */
    record Committed(long submitted, Map<String, Won> largestAmount, Map<String, Integer> longestMonths) {

        static final Committed NONE = new Committed(0, Map.of(), Map.of());
    }

    Committed of(long callId);
}
