package kr.jiwon.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import kr.jiwon.matching.AssignmentProblem.Institute;
import kr.jiwon.matching.AssignmentProblem.Request;
import org.junit.jupiter.api.Test;

class AssignmentTests {

    private final Assignment assignment = new Assignment(10);

    private static Request req(String id, long amount, int needed, Object... fit) {
        Map<String, Double> f = new LinkedHashMap<>();
        for (int i = 0; i < fit.length; i += 2) {
            f.put((String) fit[i], ((Number) fit[i + 1]).doubleValue());
        }
        return new Request(id, amount, needed, f);
    }

    @Test
    void neverGivesAnInstituteMoreProjectsThanItsCapacity() {
        var p = new AssignmentProblem(List.of(req("r1", 10, 1, "A", 9, "B", 5), req("r2", 10, 1, "A", 8, "B", 6),
                req("r3", 10, 1, "A", 7, "B", 4)),
                List.of(new Institute("A", "x", 1, null), new Institute("B", "y", 2, null)));
        AssignmentResult r = assignment.solve(p);
        assertThat(r.optimal()).isTrue();
        assertThat(r.assigned().values().stream().filter(l -> l.contains("A"))).hasSize(1);
        assertThat(r.assigned()).hasSize(3);
        // the optimum gives A to the request that loses most without it (r1: 9-5=4)
        assertThat(r.assigned().get("r1")).containsExactly("A");
        assertThat(r.totalFit()).isEqualTo(9 + 6 + 4);
    }

    @Test
    void neverSpendsMoreThanAnInstitutesBudget() {
        var p = new AssignmentProblem(List.of(req("r1", 60, 1, "A", 9), req("r2", 60, 1, "A", 8)),
                List.of(new Institute("A", "x", 5, 100L)));
        AssignmentResult r = assignment.solve(p);
        assertThat(r.assigned()).containsOnlyKeys("r1");
        assertThat(r.unassigned()).containsKey("r2");
    }

    @Test
    void aConvergentRequestGetsItsInstitutesFromDifferentFieldsOrNone() {
        var p = new AssignmentProblem(List.of(req("c1", 200, 2, "A", 9, "B", 8, "C", 3)),
                List.of(new Institute("A", "metal", 3, null), new Institute("B", "metal", 3, null),
                        new Institute("C", "chem", 3, null)));
        AssignmentResult r = assignment.solve(p);
        assertThat(r.assigned().get("c1")).containsExactlyInAnyOrder("A", "C");

        var lonely = new AssignmentProblem(List.of(req("c2", 200, 2, "A", 9, "B", 8)),
                List.of(new Institute("A", "metal", 3, null), new Institute("B", "metal", 3, null)));
        AssignmentResult none = assignment.solve(lonely);
        assertThat(none.assigned()).isEmpty();
        assertThat(none.unassigned().get("c2")).contains("different fields");
    }

    @Test
    void explainsWhyARequestIsLeftOut() {
        var p = new AssignmentProblem(List.of(req("r1", 10, 1, "A", 9), req("r2", 10, 1, "A", 5), req("r3", 10, 1)),
                List.of(new Institute("A", "x", 1, null)));
        AssignmentResult r = assignment.solve(p);
        assertThat(r.unassigned().get("r2")).contains("capacity");
        assertThat(r.unassigned().get("r3")).contains("no candidate");
    }

    @Test
    void isOptimalAgainstBruteForceAndNeverWorseThanArrivalOrder() {
        Random random = new Random(7);
        for (int round = 0; round < 25; round++) {
            var p = generate(random, 6, 3);
            AssignmentResult r = assignment.solve(p);
            assertThat(r.optimal()).isTrue();
            assertFeasible(p, r);
            assertThat(r.totalFit()).isCloseTo(bruteForce(p), org.assertj.core.data.Offset.offset(0.01));
            assertThat(r.totalFit()).isGreaterThanOrEqualTo(r.baselineTotalFit());
        }
        for (int round = 0; round < 5; round++) {
            var p = generate(random, 200, 20);
            AssignmentResult r = assignment.solve(p);
            assertFeasible(p, r);
            assertThat(r.totalFit()).isGreaterThanOrEqualTo(r.baselineTotalFit());
        }
    }

    @Test
    void whenAGapIsAllowedTheAnswerFromTheRelaxationIsWithinItOfABoundNoAssignmentBeats() {
        Random random = new Random(11);
        Assignment relaxed = new Assignment(10, 0.25);
        for (int round = 0; round < 25; round++) {
            var p = generate(random, 6, 3);
            AssignmentResult r = relaxed.solve(p);
            double optimum = bruteForce(p);
            assertFeasible(p, r);
            assertThat(r.bound()).isGreaterThanOrEqualTo(optimum - 0.001);
            assertThat(r.totalFit()).isGreaterThanOrEqualTo(0.75 * r.bound() - 0.001)
                    .isGreaterThanOrEqualTo(r.baselineTotalFit()).isLessThanOrEqualTo(optimum + 0.001);
            assertThat(r.optimal()).isEqualTo(r.totalFit() >= r.bound() - 0.001);
        }
        for (int round = 0; round < 5; round++) {
            var p = generate(random, 300, 30);
            AssignmentResult r = relaxed.solve(p);
            assertFeasible(p, r);
            assertThat(r.totalFit()).isGreaterThanOrEqualTo(0.75 * r.bound() - 0.001)
                    .isGreaterThanOrEqualTo(r.baselineTotalFit());
        }
    }

    private static AssignmentProblem generate(Random random, int requests, int institutes) {
        List<Institute> is = new ArrayList<>();
        for (int i = 0; i < institutes; i++) {
            is.add(new Institute("I" + i, "f" + (i % 3), 1 + random.nextInt(3),
                    random.nextBoolean() ? null : 100L + random.nextInt(200)));
        }
        List<Request> rs = new ArrayList<>();
        for (int r = 0; r < requests; r++) {
            Map<String, Double> fit = new LinkedHashMap<>();
            for (int k = 0; k < Math.min(4, institutes); k++) {
                fit.put("I" + random.nextInt(institutes), 1 + random.nextInt(100) / 10.0);
            }
            rs.add(new Request("R" + r, 20 + random.nextInt(80), random.nextInt(5) == 0 ? 2 : 1, fit));
        }
        return new AssignmentProblem(rs, is);
    }

    private static void assertFeasible(AssignmentProblem p, AssignmentResult r) {
        Map<String, Institute> byId = new HashMap<>();
        p.institutes().forEach(i -> byId.put(i.id(), i));
        Map<String, Integer> load = new HashMap<>();
        Map<String, Long> spent = new HashMap<>();
        for (Request q : p.requests()) {
            List<String> got = r.assigned().get(q.id());
            if (got == null) {
                continue;
            }
            assertThat(got).hasSize(q.institutesNeeded());
            Set<String> fields = new HashSet<>();
            for (String i : got) {
                assertThat(q.fit()).containsKey(i);
                load.merge(i, 1, Integer::sum);
                spent.merge(i, q.amount() / q.institutesNeeded(), Long::sum);
                fields.add(byId.get(i).field());
            }
            assertThat(fields).hasSize(got.size());
        }
        load.forEach((i, n) -> assertThat(n).isLessThanOrEqualTo(byId.get(i).capacity()));
        spent.forEach((i, s) -> {
            if (byId.get(i).budget() != null) {
                assertThat(s).isLessThanOrEqualTo(byId.get(i).budget());
            }
        });
    }

    /** Every way of giving each request nothing or a valid institute set, checked by hand. */
    private static double bruteForce(AssignmentProblem p) {
        Map<String, Institute> byId = new HashMap<>();
        p.institutes().forEach(i -> byId.put(i.id(), i));
        List<List<List<String>>> options = new ArrayList<>();
        for (Request q : p.requests()) {
            List<List<String>> opts = new ArrayList<>();
            opts.add(List.of());
            List<String> cands = new ArrayList<>(q.fit().keySet());
            if (q.institutesNeeded() == 1) {
                cands.forEach(c -> opts.add(List.of(c)));
            } else {
                for (int a = 0; a < cands.size(); a++) {
                    for (int b = a + 1; b < cands.size(); b++) {
                        if (!byId.get(cands.get(a)).field().equals(byId.get(cands.get(b)).field())) {
                            opts.add(List.of(cands.get(a), cands.get(b)));
                        }
                    }
                }
            }
            options.add(opts);
        }
        return search(p, byId, options, 0, new HashMap<>(), new HashMap<>());
    }

    private static double search(AssignmentProblem p, Map<String, Institute> byId, List<List<List<String>>> options,
            int r, Map<String, Integer> load, Map<String, Long> spent) {
        if (r == options.size()) {
            return 0;
        }
        Request q = p.requests().get(r);
        double best = 0;
        for (List<String> opt : options.get(r)) {
            long share = opt.isEmpty() ? 0 : q.amount() / q.institutesNeeded();
            boolean ok = opt.stream().allMatch(i -> load.getOrDefault(i, 0) < byId.get(i).capacity()
                    && (byId.get(i).budget() == null || spent.getOrDefault(i, 0L) + share <= byId.get(i).budget()));
            if (!ok) {
                continue;
            }
            double gain = 0;
            for (String i : opt) {
                load.merge(i, 1, Integer::sum);
                spent.merge(i, share, Long::sum);
                gain += q.fit().get(i);
            }
            best = Math.max(best, gain + search(p, byId, options, r + 1, load, spent));
            for (String i : opt) {
                load.merge(i, -1, Integer::sum);
                spent.merge(i, -share, Long::sum);
            }
        }
        return best;
    }
}
