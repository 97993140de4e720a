package kr.jiwon.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import kr.jiwon.selection.SelectionInstance.Candidate;
import kr.jiwon.selection.SelectionInstance.InstituteRule;
import kr.jiwon.selection.SelectionInstance.MinShare;
import kr.jiwon.selection.SelectionInstance.TrackRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SelectionOptimizerTests {

    private final SelectionOptimizer optimizer = new SelectionOptimizer(10);
    private static final List<TrackRule> TRACKS = List.of(new TrackRule("G", 50, null), new TrackRule("C", 200, 300L));

    private static Candidate app(String id, String company, String track, long amount, double score, String... tags) {
        return new Candidate(id, company, track, amount, score, List.of(tags), List.of());
    }

    @Test
    void staysWithinTheBudgetAndPrefersTheBestTotalOverTheBestSingle() {
        var in = new SelectionInstance(100, null, null, TRACKS, List.of(), List.of(), List.of(
                app("big", "c1", "C", 100, 90), app("a", "c2", "G", 50, 60), app("b", "c3", "G", 50, 60)));
        SelectionResult r = optimizer.solve(in);
        assertThat(r.selected()).containsExactlyInAnyOrder("a", "b");
        assertThat(r.objective()).isEqualTo(120);
        assertThat(r.optimal()).isTrue();
        assertThat(SelectionOptimizer.greedy(in).selected()).containsExactly("big"); // the status quo: 90
    }

    /**
     * Completing a round (추가 선정): the awards kept stay whatever they score (one is below today's minimum), and
     * with what they leave the best completion is two small requests, not the next in rank — by both engines, and
     * the greedy ranking funds the kept ones first.
     */
    @Test
    void keepsTheAwardsHeldAndCompletesTheRoundWithWhatTheyLeave() {
        var in = new SelectionInstance(100, 70.0, null, TRACKS, List.of(), List.of(), List.of(
                app("held", "c1", "G", 50, 65).asKept(), app("next", "c2", "G", 50, 88),
                app("s1", "c3", "G", 25, 80), app("s2", "c4", "G", 25, 79), app("top", "c5", "G", 60, 99)));
        for (SelectionOptimizer.Engine engine : SelectionOptimizer.Engine.values()) {
            SelectionResult r = optimizer.solve(in, engine);
            assertThat(r.selected()).as(engine.name()).containsExactlyInAnyOrder("held", "s1", "s2");
            assertThat(r.optimal()).isTrue();
        }
        assertThat(SelectionOptimizer.greedy(in).selected()).containsExactly("held", "next");
        assertThat(Feasibility.feasible(in, List.of("next", "s1", "s2"))).as("an award kept left out").isFalse();
        assertThat(Feasibility.feasible(in, List.of("held", "next"))).isTrue();
        var broken = new SelectionInstance(100, null, null, TRACKS, List.of(new MinShare("DECLINE_AREA", 0.5)),
                List.of(), List.of(app("held", "c1", "G", 50, 65).asKept(), app("x", "c2", "G", 50, 90)));
        assertThat(optimizer.solve(broken).selected()).as("the kept award alone breaks the share, nothing mends it")
                .isEmpty();
    }

    @Test
    void neverFundsAboveTheCapOrBelowTheMinimumScore() {
        var in = new SelectionInstance(1000, 70.0, null, TRACKS, List.of(), List.of(), List.of(
                app("over", "c1", "G", 51, 99), app("low", "c2", "G", 10, 69.9), app("ok", "c3", "G", 50, 70)));
        assertThat(optimizer.solve(in).selected()).containsExactly("ok");
    }

    @Test
    void keepsEachTrackWithinItsBudget() {
        var in = new SelectionInstance(1000, null, null, TRACKS, List.of(), List.of(), List.of(
                app("c1", "x1", "C", 200, 90), app("c2", "x2", "C", 200, 80), app("g", "x3", "G", 50, 10)));
        SelectionResult r = optimizer.solve(in);
        assertThat(r.selected()).contains("c1", "g").doesNotContain("c2");
    }

    @Test
    void fundsAtMostOneProjectPerCompany() {
        var in = new SelectionInstance(1000, null, 1, TRACKS, List.of(), List.of(), List.of(
                app("a1", "same", "G", 10, 90), app("a2", "same", "G", 10, 80), app("b", "other", "G", 10, 10)));
        assertThat(optimizer.solve(in).selected()).containsExactlyInAnyOrder("a1", "b");
    }

    @Test
    void respectsInstituteCapacity() {
        var apps = List.of(new Candidate("a", "c1", "G", 10, 90, List.of(), List.of("KITECH")),
                new Candidate("b", "c2", "G", 10, 80, List.of(), List.of("KITECH")),
                new Candidate("c", "c3", "G", 10, 70, List.of(), List.of("KIMS")));
        var in = new SelectionInstance(1000, null, null, TRACKS, List.of(), List.of(new InstituteRule("KITECH", 1)),
                apps);
        assertThat(optimizer.solve(in).selected()).containsExactlyInAnyOrder("a", "c");
    }

    @Test
    void honoursAMinimumShareEvenAtTheCostOfScore() {
        var in = new SelectionInstance(100, null, null, TRACKS, List.of(new MinShare("DECLINE_AREA", 0.3)), List.of(),
                List.of(app("a", "c1", "G", 50, 90), app("b", "c2", "G", 50, 85),
                        app("d", "c3", "G", 40, 40, "DECLINE_AREA")));
        SelectionResult r = optimizer.solve(in);
        assertThat(r.selected()).contains("d");
        long tagged = 40;
        long total = r.selected().stream().mapToLong(id -> id.equals("d") ? 40 : 50).sum();
        assertThat(tagged).isGreaterThanOrEqualTo((long) Math.ceil(0.3 * total));
    }

    @Test
    void isOptimalAgainstBruteForceAndNeverWorseThanTheGreedyRanking() {
        Random random = new Random(3);
        for (int round = 0; round < 30; round++) {
            var in = generate(random, 11);
            SelectionResult r = optimizer.solve(in);
            assertThat(r.optimal()).isTrue();
            assertThat(feasible(in, r.selected())).isTrue();
            assertThat(r.objective()).isCloseTo(bruteForce(in), org.assertj.core.data.Offset.offset(0.001));
            SelectionResult cp = optimizer.solve(in, SelectionOptimizer.Engine.CP_SAT);
            assertThat(cp.optimal()).isTrue();
            assertThat(feasible(in, cp.selected())).isTrue();
            assertThat(cp.objective()).isCloseTo(r.objective(), org.assertj.core.data.Offset.offset(0.001));
            SelectionResult greedy = SelectionOptimizer.greedy(in);
            if (feasible(in, greedy.selected())) {
                assertThat(r.objective()).isGreaterThanOrEqualTo(greedy.objective());
            }
        }
    }

    private static SelectionInstance generate(Random random, int n) {
        List<Candidate> apps = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<String> tags = random.nextInt(3) == 0 ? List.of("D") : List.of();
            List<String> inst = random.nextBoolean() ? List.of("I" + random.nextInt(2)) : List.of();
            apps.add(new Candidate("A" + i, "C" + random.nextInt(8), random.nextInt(4) == 0 ? "C" : "G",
                    10 + random.nextInt(60), 50 + random.nextInt(50), tags, inst));
        }
        return new SelectionInstance(150 + random.nextInt(150), 60.0, 1,
                List.of(new TrackRule("G", 50, null), new TrackRule("C", 70, 80L)),
                List.of(new MinShare("D", 0.25)), List.of(new InstituteRule("I0", 2), new InstituteRule("I1", 1)),
                apps);
    }

    private static boolean feasible(SelectionInstance in, List<String> ids) {
        Map<String, Candidate> byId = new HashMap<>();
        in.applications().forEach(a -> byId.put(a.id(), a));
        long total = 0;
        long tagged = 0;
        Map<String, Long> track = new HashMap<>();
        Map<String, Integer> company = new HashMap<>();
        Map<String, Integer> inst = new HashMap<>();
        Map<String, TrackRule> tracks = new HashMap<>();
        in.tracks().forEach(t -> tracks.put(t.id(), t));
        for (String id : ids) {
            Candidate a = byId.get(id);
            if (!SelectionOptimizer.admissible(in, a, tracks)) {
                return false;
            }
            total += a.amount();
            tagged += a.tags().contains("D") ? a.amount() : 0;
            track.merge(a.track(), a.amount(), Long::sum);
            company.merge(a.company(), 1, Integer::sum);
            a.institutes().forEach(i -> inst.merge(i, 1, Integer::sum));
        }
        if (total > in.budget() || company.values().stream().anyMatch(c -> c > in.maxPerCompany())) {
            return false;
        }
        for (TrackRule t : in.tracks()) {
            if (t.budget() != null && track.getOrDefault(t.id(), 0L) > t.budget()) {
                return false;
            }
        }
        for (InstituteRule r : in.institutes()) {
            if (inst.getOrDefault(r.id(), 0) > r.capacity()) {
                return false;
            }
        }
        return tagged * 10_000 >= 2_500 * total;
    }

    private static double bruteForce(SelectionInstance in) {
        int n = in.applications().size();
        double best = 0;
        for (int mask = 0; mask < (1 << n); mask++) {
            List<String> ids = new ArrayList<>();
            double score = 0;
            for (int i = 0; i < n; i++) {
                if ((mask & (1 << i)) != 0) {
                    ids.add(in.applications().get(i).id());
                    score += in.applications().get(i).score();
                }
            }
            if (score > best && feasible(in, ids)) {
                best = score;
            }
        }
        return best;
    }

    @Test
    void theCommandLinePrintsOneJsonObjectAndRejectsMalformedInstances(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("i.json");
        Files.writeString(good, """
                {"budget": 1700000000, "minScore": 70, "maxPerCompany": 1,
                 "tracks": [{"id": "GENERAL", "cap": 50000000, "budget": null}],
                 "minShares": [], "institutes": [],
                 "applications": [{"id": "A1", "company": "C1", "track": "GENERAL", "amount": 48000000, "score": 87.25,
                                   "tags": [], "institutes": []}]}""");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        SelectCommand cmd = new SelectCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(cmd.run(new String[]{"select", "--input", good.toString()})).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).strip())
                .startsWith("{\"selected\":[\"A1\"],\"objective\":87.25,\"bound\":87.25,\"optimal\":true,\"millis\":");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"budget\": 100, \"applications\": [{\"id\": \"A\", \"amount\": -1}]}");
        assertThat(cmd.run(new String[]{"select", "--input", bad.toString()})).isEqualTo(2);
        Files.writeString(bad, "{\"budget\": ");
        assertThat(cmd.run(new String[]{"select", "--input", bad.toString()})).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("malformed instance");
    }
}
