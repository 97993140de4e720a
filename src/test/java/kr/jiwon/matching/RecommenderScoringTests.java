package kr.jiwon.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kr.jiwon.shared.Regions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The precomputed per-word scores equal what Lucene's BM25 query gives for the same words. */
class RecommenderScoringTests {

    @Test
    void precomputedScoresAreLucenesScores() throws Exception {
        Recommender recommender = new Recommender(InstituteProfiles.fromSeed(), new Regions());
        JsonMapper json = JsonMapper.builder().build();
        List<String> texts = new java.util.ArrayList<>();
        for (String file : List.of("dev-set.jsonl", "eval-set-2.jsonl")) {
            for (String line : Files.readAllLines(Path.of("src/test/resources/matching/" + file))) {
                texts.add(json.readTree(line).get("text").asString());
            }
        }
        texts.add("시험 시험 성적서 측정 변압기 변압기"); // repeated and generic words
        texts.add("어떤 기관도 다루지 않는 낱말 엑스트루드혼");
        int nonZero = 0;
        for (String text : texts) {
            List<String> terms = recommender.termsOf(MatchRequest.of(text));
            double[] fast = recommender.termScores(terms);
            double[] lucene = recommender.luceneScores(terms);
            assertThat(fast).hasSameSizeAs(lucene);
            for (int i = 0; i < fast.length; i++) {
                assertThat(fast[i]).as("%s, institute %d", text, i).isCloseTo(lucene[i],
                        within(1e-4 * Math.max(1, lucene[i])));
                nonZero += lucene[i] > 0 ? 1 : 0;
            }
        }
        assertThat(nonZero).isGreaterThan(1000);
    }
}
