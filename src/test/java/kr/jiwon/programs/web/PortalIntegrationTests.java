package kr.jiwon.programs.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import kr.jiwon.programs.CallFilter;
import kr.jiwon.programs.CallManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"embedded", "test"})
class PortalIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    CallManagement calls;

    @Test
    void theHomePageListsOpenCallsInKoreanWithDdayAndKoreanAmounts() throws Exception {
        mvc.perform(get("/").header("Accept-Language", "en-US,en;q=0.9"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<html lang=\"ko\""),
                        containsString("접수 중인 공고"),
                        containsString("소부장 융합혁신지원단 심화기술지원사업 2차 공고"),
                        containsString("삼성 스마트공장 3.0 참여기업 모집"),
                        containsString("17억원"),
                        containsString("<span lang=\"ko\">일반형</span> <span>5,000만원</span>"),
                        containsString("D-27"),
                        containsString("접수 예정 공고"),
                        containsString("본문 바로가기"))));
    }

    @Test
    void theHomePageIsInEnglishOnRequest() throws Exception {
        mvc.perform(get("/").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<html lang=\"en\""),
                        containsString("Calls open now"), containsString("KRW 1.7 billion"))));
    }

    @Test
    void aCallPageShowsTracksCapsAndEligibility() throws Exception {
        long id = calls.calls(CallFilter.published()).stream().filter(c -> c.round() == 1
                && c.title().startsWith("소부장")).findFirst().orElseThrow().id();
        mvc.perform(get("/calls/" + id))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("5,000만원"), containsString("2억원"),
                        containsString("12개월"), containsString("소재·부품·장비(소부장) 기업만"),
                        containsString("중소기업"), containsString("중견기업"), containsString("마이크로 OLED"),
                        containsString("18:00"))));
    }

    @Test
    void programAndPlanPagesShowTheirFigures() throws Exception {
        mvc.perform(get("/"))
                .andExpect(content().string(allOf(containsString("연 34억원"), containsString("연 100억원"),
                        containsString("1,131억원(2025~2030년)"), containsString("6,369억원"),
                        containsString("전년 대비 +57.0%"))));
    }

    @Test
    void theInstituteDirectoryListsEveryInstitute() throws Exception {
        mvc.perform(get("/institutes"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("공공연구기관 46곳"), containsString("한국생산기술연구원"),
                        containsString("경남테크노파크"))));
        mvc.perform(get("/institutes/KIMS")).andExpect(status().isOk())
                .andExpect(content().string(containsString("한국재료연구원")));
    }

    @Test
    void anUnknownCallShowsAKoreanNotFoundPage() throws Exception {
        mvc.perform(get("/calls/987654"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(allOf(containsString("찾을 수 없습니다"), containsString("공고 987654"))));
    }

    @Test
    void theLoginFormCarriesACsrfToken() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(containsString("name=\"_csrf\""), containsString("autocomplete=\"username\""))));
    }

    @Test
    void officePagesNeedALogin() throws Exception {
        mvc.perform(get("/admin/anything")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/")).andExpect(content().string(not(containsString("작성 중"))));
    }
}
