package kr.jiwon.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The min-cost flow against brute force on small random instances: as many reviews, and the best total fit. */
class AssignmentSolverTests {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void matchesBruteForce(long seed) {
        Random rnd = new Random(seed);
        int apps = 2 + rnd.nextInt(2);
        int reviewers = 2 + rnd.nextInt(3);
        int k = 1 + rnd.nextInt(2);
        int load = 1 + rnd.nextInt(2);
        List<AssignmentSolver.Candidate> candidates = new ArrayList<>();
        for (int a = 0; a < apps; a++) {
            for (int r = 0; r < reviewers; r++) {
                if (rnd.nextInt(5) > 0) { // one pair in five is a conflict
                    candidates.add(new AssignmentSolver.Candidate(a, r, 1 + 10 * rnd.nextInt(3)));
                }
            }
        }
        AssignmentSolver.Solution s = AssignmentSolver.solve(apps, reviewers, k, load, candidates);
        long[] best = brute(apps, reviewers, k, load, candidates);
        assertThat(s.flow()).isEqualTo(best[0]);
        assertThat(s.chosen().stream().mapToLong(AssignmentSolver.Candidate::fit).sum()).isEqualTo(best[1]);
        for (int a = 0; a < apps; a++) {
            int fa = a;
            assertThat(s.chosen().stream().filter(c -> c.application() == fa).count()).isLessThanOrEqualTo(k);
        }
        for (int r = 0; r < reviewers; r++) {
            int fr = r;
            assertThat(s.chosen().stream().filter(c -> c.reviewer() == fr).count()).isLessThanOrEqualTo(load);
        }
    }

    /** Over every subset of candidate pairs: the most pairs within the limits, then the highest fit. */
    private static long[] brute(int apps, int reviewers, int k, int load, List<AssignmentSolver.Candidate> cs) {
        long bestCount = 0;
        long bestFit = 0;
        for (int mask = 0; mask < 1 << cs.size(); mask++) {
            int[] perApp = new int[apps];
            int[] perRev = new int[reviewers];
            long count = 0;
            long fit = 0;
            boolean ok = true;
            for (int i = 0; i < cs.size() && ok; i++) {
                if ((mask & 1 << i) != 0) {
                    AssignmentSolver.Candidate c = cs.get(i);
                    ok = ++perApp[c.application()] <= k && ++perRev[c.reviewer()] <= load;
                    count++;
                    fit += c.fit();
                }
            }
            if (ok && (count > bestCount || count == bestCount && fit > bestFit)) {
                bestCount = count;
                bestFit = fit;
            }
        }
        return new long[]{bestCount, bestFit};
    }
}
