package kr.jiwon.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kr.jiwon.matching.Decisions;
import kr.jiwon.matching.InstituteProfile;
import kr.jiwon.matching.InstituteProfiles;
import kr.jiwon.matching.MatchRequest;
import kr.jiwon.matching.MatchingKnowledge;
import kr.jiwon.matching.Recommender;
import kr.jiwon.shared.Regions;
import tools.jackson.databind.json.JsonMapper;

/**
 * Ranking throughput (bench/matching): N requests (dev-set texts with their sentences shuffled and mixed) ranked
 * against M generated institutes (the 46 real profiles recombined: each generated institute takes the fields of one
 * and the technologies, equipment and expertise of others, and is known by the matching knowledge as that one), top 5
 * each, on a given number of threads.
 */
public final class MatchingBench {

    private MatchingBench() {
    }

    public static void main(String[] args) throws Exception {
        int requests = Integer.parseInt(System.getProperty("requests", "10000"));
        int institutes = Integer.parseInt(System.getProperty("institutes", "500"));
        int threads = Integer.parseInt(System.getProperty("threads", "2"));
        Random random = new Random(42);
        List<InstituteProfile> real = InstituteProfiles.fromSeed();
        List<InstituteProfile> generated = new ArrayList<>();
        java.util.Map<String, String> standsFor = new java.util.HashMap<>();
        for (int i = 0; i < institutes; i++) {
            InstituteProfile a = real.get(i % real.size());
            standsFor.put("G" + i, a.shortName());
            InstituteProfile b = real.get(random.nextInt(real.size()));
            InstituteProfile c = real.get(random.nextInt(real.size()));
            generated.add(new InstituteProfile("G" + i, a.koreanName() + " " + i, a.city(), a.specialties(), a.fields(),
                    a.technologies() + ", " + b.technologies(), c.equipment(), b.expertise()));
        }
        JsonMapper json = JsonMapper.builder().build();
        List<String> texts = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/matching/dev-set.jsonl"))) {
            texts.add(json.readTree(line).get("text").asString());
        }
        List<MatchRequest> load = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            String[] s1 = texts.get(random.nextInt(texts.size())).split("(?<=[.?요다])\\s+");
            String[] s2 = texts.get(random.nextInt(texts.size())).split("(?<=[.?요다])\\s+");
            load.add(MatchRequest.of(s1[random.nextInt(s1.length)] + " " + s2[random.nextInt(s2.length)]));
        }
        long t0 = System.nanoTime();
        // each generated institute is known (mission, roles, scopes, standards, parts, processes) as the real one whose
        // fields it takes
        Recommender recommender = new Recommender(generated, new Regions(), Decisions.NONE,
                MatchingKnowledge.shipped().withAliases(standsFor));
        double buildSeconds = (System.nanoTime() - t0) / 1e9;
        for (int i = 0; i < 500; i++) {
            recommender.recommend(load.get(i), 5); // warm-up
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long[] latencies = new long[requests];
        long start = System.nanoTime();
        List<Future<?>> jobs = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int from = t;
            jobs.add(pool.submit(() -> {
                for (int i = from; i < requests; i += threads) {
                    long a = System.nanoTime();
                    recommender.recommend(load.get(i), 5);
                    latencies[i] = System.nanoTime() - a;
                }
            }));
        }
        for (Future<?> f : jobs) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        java.util.Arrays.sort(latencies);
        System.out.printf("RESULT institutes=%d requests=%d threads=%d indexBuildSeconds=%.2f seconds=%.2f "
                + "requestsPerSecond=%.0f p50ms=%.2f p99ms=%.2f%n", institutes, requests, threads, buildSeconds,
                seconds, requests / seconds, latencies[requests / 2] / 1e6, latencies[(int) (requests * 0.99)] / 1e6);
    }
}
