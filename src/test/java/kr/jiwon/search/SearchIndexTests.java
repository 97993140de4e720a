package kr.jiwon.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.junit.jupiter.api.Test;

class SearchIndexTests {

    @Test
    void highlightsFromTheOffsetsKeptInTheIndex() throws Exception {
        try (SearchIndex index = new SearchIndex()) {
            index.replaceAll(List.of(new SearchDocument(SearchKind.NOTICE, "1", "다이캐스팅 공정 설명회",
                    "알루미늄 다이캐스팅의 금형 수명을 늘리는 방법을 소개합니다. 참가 신청은 누리집에서 받습니다.", "/board/1",
                    null, List.of(), List.of(), Instant.parse("2026-11-01T00:00:00Z"), null, null)));
            SearchResult r = index.search(SearchQuery.of("금형 다이캐스팅"), index.words("금형 다이캐스팅"),
                    Instant.parse("2026-12-01T00:00:00Z"));
            assertThat(r.hits()).hasSize(1);
            assertThat(r.hits().get(0).title()).contains("<mark>다이캐스팅</mark>");
            assertThat(r.hits().get(0).snippet()).contains("<mark>금형</mark>").contains("<mark>다이캐스팅</mark>");
            try (DirectoryReader reader = index.openReader()) {
                FieldInfos infos = FieldInfos.getMergedFieldInfos(reader);
                assertThat(infos.fieldInfo("body").getIndexOptions())
                        .isEqualTo(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
                assertThat(infos.fieldInfo("title").getIndexOptions())
                        .isEqualTo(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
            }
        }
    }

    @Test
    void countsEveryMatchEvenWhenOnlyTheTopHitsAreScored() throws Exception {
        try (SearchIndex index = new SearchIndex()) {
            List<SearchDocument> docs = new java.util.ArrayList<>();
            for (int i = 0; i < 2_500; i++) {
                docs.add(new SearchDocument(SearchKind.NOTICE, String.valueOf(i), "공지 " + i,
                        (i % 2 == 0 ? "금형 " : "사출 ") + "기술지원 안내 " + i, "/board/" + i, null, List.of(), List.of(),
                        Instant.parse("2026-11-01T00:00:00Z"), null, null));
            }
            // one notice scheduled for later is not counted before its time
            docs.add(new SearchDocument(SearchKind.NOTICE, "later", "예약 공지", "금형 기술지원 예정", "/board/later", null,
                    List.of(), List.of(), Instant.parse("2026-12-24T00:00:00Z"), null, null));
            index.replaceAll(docs);
            SearchResult r = index.search(SearchQuery.of("금형"), index.words("금형"),
                    Instant.parse("2026-12-01T00:00:00Z"));
            assertThat(r.total()).isEqualTo(1_250);
            assertThat(r.hits()).isNotEmpty().allSatisfy(h -> assertThat(h.id()).isNotEqualTo("later"));
        }
    }
}
