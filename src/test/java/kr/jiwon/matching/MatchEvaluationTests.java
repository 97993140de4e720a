package kr.jiwon.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line against the labelled dev set (test resources), and its handling of bad input. */
class MatchEvaluationTests {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new MatchCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private double metric(String name) {
        String text = out.toString(StandardCharsets.UTF_8);
        String line = text.lines().filter(l -> l.startsWith(name + ":")).findFirst().orElseThrow();
        return Double.parseDouble(line.substring(line.indexOf(':') + 1).strip());
    }

    @Test
    void meetsTheAccuracyTargetsOnTheDevSet() {
        assertThat(run("match-eval", "--input", "src/test/resources/matching/dev-set.jsonl")).isZero();
        assertThat(metric("requests")).isEqualTo(60);
        assertThat(metric("top-3 accuracy")).isGreaterThanOrEqualTo(0.90);
        assertThat(metric("top-1 accuracy")).isGreaterThanOrEqualTo(0.70);
        assertThat(metric("MRR")).isGreaterThan(0.75);
    }

    /** The frozen second set (written after the knowledge, never edited to follow the recommender). */
    private static final String EVAL_SET = "src/test/resources/matching/eval-set-2.jsonl";

    @Test
    void theSecondSetIsFrozen() throws Exception {
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(Path.of(EVAL_SET)));
        assertThat(java.util.HexFormat.of().formatHex(digest))
                .as("eval-set-2.jsonl is frozen: put new requests in a new set")
                .isEqualTo("4d1b7bf02f7ae65d4526823d24070963475ea75ec7be7c881e63a347f1e116f5");
    }

    @Test
    void meetsTheGoalOnTheFrozenSecondSetAndSaysHowEachKindFares() {
        assertThat(run("match-eval", "--input", EVAL_SET)).isZero();
        assertThat(metric("requests")).isEqualTo(80);
        // issue 18's goal on requests the knowledge was not written from
        assertThat(metric("top-3 accuracy")).isGreaterThanOrEqualTo(0.90);
        assertThat(metric("top-1 accuracy")).isGreaterThanOrEqualTo(0.70);
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("per kind (as labelled in the set):");
        for (String kind : java.util.List.of("testing (시험·인증)", "measurement (측정·교정)", "reliability (신뢰성·수명)",
                "process (공정 개선)", "material (소재 개발)", "design (설계·해석)", "equipment (장비 활용)",
                "bio (바이오·헬스)")) {
            assertThat(text).containsPattern("kind " + java.util.regex.Pattern.quote(kind)
                    + ": requests \\d+, top-1 [01]\\.\\d{3}, top-3 [01]\\.\\d{3}, MRR [01]\\.\\d{3}");
        }
    }

    @Test
    void theKnowledgeIsWhatLiftsTheSecondSet() {
        assertThat(run("match-eval", "--input", EVAL_SET, "--knowledge", "none")).isZero();
        double without = metric("top-3 accuracy");
        out.reset();
        assertThat(run("match-eval", "--input", EVAL_SET)).isZero();
        assertThat(metric("top-3 accuracy")).isGreaterThan(without);
        assertThat(run("match-eval", "--input", EVAL_SET, "--knowledge", "some")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--knowledge must be shipped or none");
    }

    @Test
    void learningFromDecisionsDoesNotHurtOnTheDevSet() {
        assertThat(run("match-eval", "--input", "src/test/resources/matching/dev-set.jsonl", "--learning", "yes"))
                .isZero();
        String text = out.toString(StandardCharsets.UTF_8);
        String learned = text.lines().filter(l -> l.startsWith("with learning")).findFirst().orElseThrow();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "top-1 accuracy: ([0-9.]+), top-3 accuracy: ([0-9.]+), MRR: ([0-9.]+)").matcher(learned);
        assertThat(m.find()).isTrue();
        assertThat(Double.parseDouble(m.group(1))).isGreaterThanOrEqualTo(metric("top-1 accuracy"));
        assertThat(Double.parseDouble(m.group(2))).isGreaterThanOrEqualTo(metric("top-3 accuracy"));
        assertThat(Double.parseDouble(m.group(3))).isGreaterThanOrEqualTo(metric("MRR"));
    }

    @Test
    void anAcceptPullsAnInstituteTowardsSimilarRequestsAndADeclinePushesAway() {
        var profiles = InstituteProfiles.fromSeed();
        var regions = new kr.jiwon.shared.Regions();
        String text = "하이드로포밍 튜브 성형 불량";
        var learned = new Recommender(profiles, regions, new Decisions(java.util.List.of(
                new Decisions.Decision("하이드로포밍 튜브 성형 중 터짐", "KATECH", true),
                new Decisions.Decision("하이드로포밍 튜브 성형 중 터짐", "KITECH", false))));
        var plainRanking = new Recommender(profiles, regions).recommend(MatchRequest.of(text), 46);
        var plain = plainRanking.stream().map(Recommendation::institute).toList();
        var after = learned.recommend(MatchRequest.of(text), 46);
        var afterIds = after.stream().map(Recommendation::institute).toList();
        int katechBefore = plain.indexOf("KATECH") < 0 ? Integer.MAX_VALUE : plain.indexOf("KATECH");
        // the process taxonomy (소성가공 → KITECH, KIMS) still speaks for the process institutes; one accept lifts KATECH
        assertThat(afterIds.indexOf("KATECH")).isBetween(0, 4).isLessThan(katechBefore);
        assertThat(after.get(afterIds.indexOf("KATECH")).why()).contains("비슷한 요청을 맡은 이력");
        assertThat(after.get(afterIds.indexOf("KITECH")).score())
                .isLessThan(plainRanking.get(plain.indexOf("KITECH")).score());
    }

    @Test
    void writesOneRankingLinePerRequestWithReasons(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("requests.jsonl");
        Files.writeString(input, """
                {"id": "r1", "text": "알루미늄 다이캐스팅 부품에 기공이 많아 불량률이 높습니다", "fields": ["주조"]}
                {"id": "r2", "text": "2차전지 양극재 입도 분포를 좁히고 싶습니다"}
                """);
        assertThat(run("match", "--top", "3", "--input", input.toString())).isZero();
        var lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("{\"id\":\"r1\",\"ranking\":[{\"institute\":\"KITECH\"")
                .contains("\"why\":[").contains("다이캐스팅").contains("분야 일치: 주조");
        assertThat(lines.get(1)).contains("\"institute\":\"RIST\"");
        assertThat(lines.get(1).split("\"institute\"", -1)).hasSize(4);
    }

    @Test
    void rejectsMalformedInputWithExitCode2(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("bad.jsonl");
        Files.writeString(input, "{\"id\": \"ok\", \"text\": \"용접 변형\"}\n{\"id\": 3, \"text\": }\n");
        assertThat(run("match", "--input", input.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("line 2");
        assertThat(out.size()).isZero();
        err.reset();
        Files.writeString(input, "{\"id\": \"x\"}\n");
        assertThat(run("match", "--input", input.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("\"text\"");
        assertThat(run("match", "--top")).isEqualTo(2);
        assertThat(run("match-eval", "--input", dir.resolve("missing.jsonl").toString())).isEqualTo(2);
    }
}
