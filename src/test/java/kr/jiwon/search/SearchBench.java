package kr.jiwon.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import kr.jiwon.notices.NoticeCategory;

/**
 * Search benchmark (not a test): generates Korean notices from manufacturing vocabulary, indexes them, then runs
 * two-word queries with highlighting of the top 10, as the search page does. Prints indexing throughput and query
 * latency percentiles. Run with bench/search/run.sh.
 */
public final class SearchBench {

    static final String[] TERMS = {"다이캐스팅", "사출성형", "금형", "열처리", "도금", "용접", "이차전지", "배터리", "반도체",
            "디스플레이", "스마트공장", "자동화", "탄소중립", "수소", "재생에너지", "공급망", "소재", "부품", "장비", "센서",
            "로봇", "인공지능", "데이터", "품질", "불량", "기공", "마모", "정밀가공", "표면처리", "주조", "단조", "세라믹",
            "고분자", "전기차", "모터", "측정", "시험", "인증", "수출", "인력", "교육", "설명회", "지원사업", "공고", "모집",
            "중소기업", "뿌리기업", "연구기관", "기술지원", "애로기술"};
    static final String[] GLUE = {"의", "을", "를", "에", "에서", "과", "와", "으로", "이", "가", "는"};
    static final String[] VERBS = {"개선합니다", "지원합니다", "안내합니다", "모집합니다", "확대한다", "논의했다", "추진한다"};

    private SearchBench() {
    }

    static String sentence(Random r) {
        StringBuilder sb = new StringBuilder();
        int words = 4 + r.nextInt(6);
        for (int i = 0; i < words; i++) {
            sb.append(TERMS[r.nextInt(TERMS.length)]).append(GLUE[r.nextInt(GLUE.length)]).append(' ');
        }
        return sb.append(VERBS[r.nextInt(VERBS.length)]).append(". ").toString();
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.getInteger("notices", 100_000);
        int queries = Integer.getInteger("queries", 2_000);
        Random r = new Random(42);
        NoticeCategory[] cats = NoticeCategory.values();
        List<SearchDocument> docs = new ArrayList<>(n);
        Instant base = Instant.parse("2024-01-01T00:00:00Z");
        for (int i = 0; i < n; i++) {
            StringBuilder body = new StringBuilder();
            int sentences = 3 + r.nextInt(8);
            for (int s = 0; s < sentences; s++) {
                body.append(sentence(r));
            }
            docs.add(new SearchDocument(SearchKind.NOTICE, String.valueOf(i), sentence(r), body.toString(),
                    "/notices/" + i, cats[r.nextInt(cats.length)].name(), List.of(), List.of("ALL"),
                    base.plusSeconds(i * 600L), null, null));
        }
        try (SearchIndex index = new SearchIndex()) {
            long t0 = System.nanoTime();
            for (int from = 0; from < n; from += 10_000) {
                index.upsertAll(docs.subList(from, Math.min(n, from + 10_000)));
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            System.out.printf("INDEX notices=%d seconds=%.1f perSecond=%.0f%n", index.size(), secs, n / secs);
            Instant now = Instant.now();
            long[] micros = new long[queries];
            long hits = 0;
            for (int i = -200; i < queries; i++) { // 200 warm-up queries
                String q = TERMS[r.nextInt(TERMS.length)] + " " + TERMS[r.nextInt(TERMS.length)];
                long s = System.nanoTime();
                SearchResult res = index.search(SearchQuery.of(q), index.words(q), now);
                long took = (System.nanoTime() - s) / 1000;
                if (i >= 0) {
                    micros[i] = took;
                    hits += res.total();
                }
            }
            Arrays.sort(micros);
            System.out.printf("QUERY queries=%d p50=%.1fms p95=%.1fms p99=%.1fms max=%.1fms meanHits=%d%n", queries,
                    micros[queries / 2] / 1000.0, micros[(int) (queries * 0.95)] / 1000.0,
                    micros[(int) (queries * 0.99)] / 1000.0, micros[queries - 1] / 1000.0, hits / queries);
        }
    }
}
