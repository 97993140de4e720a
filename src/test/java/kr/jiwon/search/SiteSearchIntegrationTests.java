package kr.jiwon.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import kr.jiwon.notices.Notice;
import kr.jiwon.notices.NoticeBoard;
import kr.jiwon.notices.NoticeCategory;
import kr.jiwon.notices.NoticeForm;
import kr.jiwon.shared.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** One Korean search over calls, programs, institutes and notices: morphology, synonyms, filters, answers. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"embedded", "test"})
class SiteSearchIntegrationTests {

    static final Actor OFFICE = new Actor("officer", "OFFICER", "127.0.0.1");

    @Autowired
    MockMvc mvc;
    @Autowired
    SiteSearch search;
    @Autowired
    NoticeBoard board;

    private Notice publish(NoticeCategory category, String title, String body) {
        return board.create(new NoticeForm(null, category, title, body, "총괄관리자", "운영팀", null, true, null),
                OFFICE);
    }

    private List<String> titles(String q) {
        return search.search(SearchQuery.of(q)).hits().stream().map(h -> h.title().replaceAll("</?mark>", ""))
                .toList();
    }

    @Test
    void morphologyFindsTheWordInsideAnInflectedQuery() {
        publish(NoticeCategory.NOTICE, "알루미늄 주조 설명회", "다이캐스팅 공정의 기공 불량을 줄이는 방법을 소개합니다.");
        SearchResult r = search.search(SearchQuery.of("다이캐스팅 부품의"));
        assertThat(r.hits()).extracting(h -> h.title().replaceAll("</?mark>", "")).contains("알루미늄 주조 설명회");
        SearchHit hit = r.hits().stream().filter(h -> h.title().contains("알루미늄 주조 설명회")).findFirst()
                .orElseThrow();
        assertThat(hit.snippet()).contains("<mark>다이캐스팅</mark>");
        assertThat(titles("다이캐스팅은")).contains("알루미늄 주조 설명회");
    }

    @Test
    void synonymsJoinTheWaysPeopleWriteTheSameThing() {
        publish(NoticeCategory.PRESS, "배터리 소재 기업 간담회", "전지 소재 공급망을 논의했다.");
        publish(NoticeCategory.PRESS, "유기발광다이오드 장비 전시", "디스플레이 장비 전시 소식.");
        publish(NoticeCategory.PRESS, "소재·부품·장비 경쟁력 강화 대책", "공급망 안정을 위한 대책.");
        assertThat(titles("2차전지")).contains("배터리 소재 기업 간담회");
        assertThat(titles("이차전지")).contains("배터리 소재 기업 간담회");
        assertThat(titles("OLED")).contains("유기발광다이오드 장비 전시");
        assertThat(titles("소부장")).contains("소재·부품·장비 경쟁력 강화 대책");
    }

    @Test
    void oneBoxFindsCallsProgramsInstitutesAndNoticesAndFiltersNarrowIt() {
        assertThat(search.search(SearchQuery.of("소부장")).hits()).extracting(SearchHit::kind)
                .contains(SearchKind.CALL, SearchKind.PROGRAM);
        assertThat(search.search(SearchQuery.of("한국생산기술연구원")).hits()).extracting(SearchHit::kind)
                .contains(SearchKind.INSTITUTE);
        SearchResult onlyNotices = search.search(new SearchQuery("수소", SearchKind.NOTICE, null, null, null, false,
                false, 1, 10));
        assertThat(onlyNotices.hits()).isNotEmpty().allMatch(h -> h.kind() == SearchKind.NOTICE);
        SearchResult esg = search.search(new SearchQuery("", null, "ESG", null, null, false, true, 1, 20));
        assertThat(esg.total()).isEqualTo(7);
        assertThat(esg.hits().get(0).date()).isAfterOrEqualTo(esg.hits().get(6).date());
        SearchResult open = search.search(new SearchQuery("공고", null, null, null, null, true, false, 1, 20));
        assertThat(open.hits()).isNotEmpty().allMatch(h -> h.kind() == SearchKind.CALL);
        assertThat(open.hits()).extracting(SearchHit::title).noneMatch(t -> t.contains("2차 공고"));
        SearchResult daejeon = search.search(new SearchQuery("", SearchKind.INSTITUTE, null, null, "30", false,
                false, 1, 100));
        assertThat(daejeon.hits()).extracting(SearchHit::id).contains("KRICT").doesNotContain("KIMS");
    }

    @Autowired
    kr.jiwon.programs.CallManagement calls;

    @Test
    void aPlaceInTheWordsAlsoFindsTheCallsOpenThereAndNationwide() {
        // independent: the calls that take companies from anywhere (no region rule) and never mention 김해
        List<String> nationwide = calls.calls(kr.jiwon.programs.CallFilter.published()).stream()
                .filter(c -> c.eligibility().allowedRegions().isEmpty())
                .filter(c -> !(c.title() + " " + c.summary()).contains("김해"))
                .map(kr.jiwon.programs.Call::title).toList();
        assertThat(nationwide).isNotEmpty();
        List<String> hits = search.search(new SearchQuery("김해", SearchKind.CALL, null, null, null, false, false, 1,
                100)).hits().stream().map(h -> h.title().replaceAll("</?mark>", "")).toList();
        assertThat(hits).containsAll(nationwide);
        assertThat(search.search(new SearchQuery("김해시", SearchKind.CALL, null, null, null, false, false, 1, 100))
                .total()).as("with or without 시").isEqualTo(hits.size());
        // a word that names no place is searched as words only
        assertThat(search.search(new SearchQuery("zzqqxxyy", SearchKind.CALL, null, null, null, false, false, 1, 100))
                .total()).isZero();
    }

    @Test
    void emptyAbsurdAndHostileQueriesGetAnAnswerNotAnError() throws Exception {
        assertThat(search.search(SearchQuery.of("  ")).messageKey()).isEqualTo("search.empty");
        assertThat(search.search(SearchQuery.of("!!! ??? ...")).messageKey()).isEqualTo("search.nothingToSearch");
        assertThat(search.search(SearchQuery.of("zzqqxxyy")).messageKey()).isEqualTo("search.noResults");
        assertThat(search.search(SearchQuery.of("가".repeat(500))).hits()).isNotNull();
        mvc.perform(get("/search").param("q", "<script>alert(1)</script> 수소")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>alert(1)"))));
        mvc.perform(get("/search").param("q", "AND OR NOT \"( * ~ :")).andExpect(status().isOk());
        mvc.perform(get("/search")).andExpect(status().isOk())
                .andExpect(content().string(containsString("검색어를 입력해 주세요")));
    }

    @Test
    void theIndexFollowsChangesAndTheApiAnswersJson() throws Exception {
        Notice n = publish(NoticeCategory.NOTICE, "사출성형 금형 세미나", "사출 금형의 냉각 설계.");
        assertThat(titles("사출성형")).contains("사출성형 금형 세미나");
        board.edit(n.id(), new NoticeForm(n.version(), NoticeCategory.NOTICE, "사출성형 금형 세미나", "사출 금형의 냉각 설계.",
                "총괄관리자", "운영팀", null, false, null), OFFICE);
        assertThat(titles("사출성형")).doesNotContain("사출성형 금형 세미나");

        mvc.perform(get("/api/v1/search").param("q", "수소차")).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").isNumber())
                .andExpect(jsonPath("$.hits[0].kind").value("NOTICE"))
                .andExpect(jsonPath("$.hits[0].title").value(containsString("수소차")))
                .andExpect(jsonPath("$.hits[0].url").value(containsString("/notices/")))
                .andExpect(jsonPath("$.hits[0].snippet").isString())
                .andExpect(jsonPath("$.hits[0].score").isNumber());
        byte[] csv = mvc.perform(get("/search.csv").param("q", "수소")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(csv, java.nio.charset.StandardCharsets.UTF_8)).startsWith("\uFEFF종류,제목");
        byte[] xlsx = mvc.perform(get("/search.xlsx").param("q", "수소")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            assertThat(wb.getSheetAt(0).getRow(0).getCell(1).getStringCellValue()).isEqualTo("제목");
            assertThat(wb.getSheetAt(0).getLastRowNum()).isGreaterThan(0);
        }
    }
}
