package kr.jiwon.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kr.jiwon.shared.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The public board: what the public sees, view counts (once per session, atomic), print view, safe Markdown. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"embedded", "test"})
class NoticeBoardIntegrationTests {

    static final Actor OFFICE = new Actor("officer", "OFFICER", "127.0.0.1");

    @Autowired
    MockMvc mvc;
    @Autowired
    NoticeBoard board;

    private Notice publish(String title, boolean visible, Instant at) {
        return board.create(new NoticeForm(null, NoticeCategory.NOTICE, title, "본문 **굵게**", "총괄관리자",
                "운영팀", null, visible, at), OFFICE);
    }

    @Test
    void theDemoBoardShowsTheEsgNewsWithTheirTitlesAndDates() throws Exception {
        mvc.perform(get("/notices").param("category", "ESG")).andExpect(status().isOk())
                .andExpect(content().string(containsString("RE100 산단 조성에 범부처 역량 총결집")))
                .andExpect(content().string(containsString("2025.07.21")))
                .andExpect(content().string(containsString("8월 부산에서 모이는 40여개국 에너지장관들, 의전차로 수소차 탄다.")));
        byte[] csv = mvc.perform(get("/notices.csv").param("category", "ESG")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(csv, java.nio.charset.StandardCharsets.UTF_8)).startsWith("\uFEFF번호,분류,제목")
                .contains("RE100 산단 조성에 범부처 역량 총결집");
        byte[] xlsx = mvc.perform(get("/notices.xlsx")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            assertThat(wb.getSheetAt(0).getLastRowNum()).isGreaterThanOrEqualTo(11);
        }
        mvc.perform(get("/notices").param("category", "PRESS")).andExpect(status().isOk())
                .andExpect(content().string(containsString("2024 뿌리산업 진흥 실행계획")))
                .andExpect(content().string(containsString("2024.04.08")));
    }

    @Test
    void hiddenAndScheduledPostsAreNotPublicAndPagesHoldTwentyNewestFirst() throws Exception {
        Notice hidden = publish("비노출 게시물", false, null);
        Notice scheduled = publish("예약 게시물", true, Instant.now().plusSeconds(3600));
        for (int i = 0; i < 21; i++) {
            publish("페이지 시험 " + i, true, Instant.now().minusSeconds(100 - i));
        }
        mvc.perform(get("/notices/" + hidden.id())).andExpect(status().isNotFound());
        mvc.perform(get("/notices/" + scheduled.id())).andExpect(status().isNotFound());
        BoardPage first = board.page(NoticeCategory.NOTICE, 1);
        assertThat(first.rows()).hasSize(20);
        assertThat(first.rows()).extracting(BoardRow::title).doesNotContain("비노출 게시물", "예약 게시물");
        assertThat(first.rows()).extracting(BoardRow::title).filteredOn(t -> t.startsWith("페이지 시험"))
                .first().isEqualTo("페이지 시험 20");
        assertThat(first.rows()).extracting(BoardRow::publishAt)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(first.rows().get(0).number()).isEqualTo(first.total());
        assertThat(first.rows().get(0).isNew()).isTrue();
        assertThat(board.page(NoticeCategory.NOTICE, 2).rows().get(0).number()).isEqualTo(first.total() - 20);
        mvc.perform(get("/notices").param("category", "NOTICE")).andExpect(status().isOk())
                .andExpect(content().string(containsString("페이지 시험 20")))
                .andExpect(content().string(containsString("badge-new")))
                .andExpect(content().string(not(containsString("비노출 게시물"))));
    }

    @Test
    void aVisitorCountsOncePerSessionAndParallelViewsAreAllCounted() throws Exception {
        Notice n = publish("조회수 시험", true, null);
        jakarta.servlet.http.Cookie visitor = mvc.perform(get("/notices/" + n.id())).andExpect(status().isOk())
                .andReturn().getResponse().getCookie("SESSION");
        assertThat(visitor).isNotNull();
        mvc.perform(get("/notices/" + n.id()).cookie(visitor)).andExpect(status().isOk());
        mvc.perform(get("/notices/" + n.id()).cookie(visitor)).andExpect(status().isOk());
        assertThat(board.post(n.id()).viewCount()).isEqualTo(1);

        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<Integer>> views = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            views.add(() -> mvc.perform(get("/notices/" + n.id()).session(new MockHttpSession()))
                    .andReturn().getResponse().getStatus());
        }
        for (Future<Integer> f : pool.invokeAll(views)) {
            assertThat(f.get()).isEqualTo(200);
        }
        pool.shutdown();
        assertThat(board.post(n.id()).viewCount()).isEqualTo(41);
    }

    @Test
    void aPostHasNeighboursAPrintViewAndHostileMarkdownIsDefused() throws Exception {
        Notice older = publish("이전 글 시험", true, Instant.now().minusSeconds(50));
        mvc.perform(post("/office/notices").with(user("officer").roles("OFFICER")).with(csrf())
                .param("category", "NOTICE").param("title", "<b>제목</b>")
                .param("body", "안내\n\n<script>alert('x')</script>\n\n[누르기](javascript:alert(1))")
                .param("author", "총괄관리자").param("department", "운영팀").param("visible", "true"))
                .andExpect(status().is3xxRedirection());
        Notice hostile = board.all().stream().filter(x -> x.title().equals("<b>제목</b>")).findFirst().orElseThrow();
        mvc.perform(get("/notices/" + hostile.id())).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(not(containsString("javascript:alert"))))
                .andExpect(content().string(not(containsString("<b>제목</b>"))))
                .andExpect(content().string(containsString("&lt;script&gt;")))
                .andExpect(content().string(containsString(board.neighbour(hostile, false).orElseThrow().title())))
                .andExpect(content().string(containsString("운영팀")));
        mvc.perform(get("/notices/" + hostile.id() + "/print")).andExpect(status().isOk())
                .andExpect(
                        content().string(org.hamcrest.Matchers.matchesPattern("(?s).*/css/print-[0-9a-f]{32}\\.css.*")))
                .andExpect(content().string(not(containsString("site-header"))));
        mvc.perform(post("/office/notices").with(user("officer").roles("OFFICER")).with(csrf())
                .param("category", "NOTICE").param("title", "").param("body", "")
                .param("author", "").param("sourceUrl", "javascript:alert(1)"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("필수 입력 항목입니다")))
                .andExpect(content().string(containsString("id=\"title-error\">필수 입력 항목입니다.</p>")))
                .andExpect(content().string(containsString("id=\"sourceUrl-error\">출처 링크는 http://")))
                .andExpect(content().string(containsString("http:// 또는 https://")));
        mvc.perform(post("/office/notices").with(user("applicant").roles("APPLICANT")).with(csrf())
                .param("title", "x")).andExpect(status().isForbidden());
        assertThat(older.id()).isNotNull();
    }

    @Test
    void attachmentsAreDocumentsOrPicturesNeverPagesOrScriptsAndTheirNamesSayWhatTheyAre() throws Exception {
        Notice n = publish("첨부 시험 " + System.nanoTime(), true, Instant.now().minusSeconds(60));
        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes();
        for (var refused : List.of(
                java.util.Map.entry("안내.html", "<html><body><script>alert(1)</script></body></html>"),
                java.util.Map.entry("로고.svg",
                        "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"),
                java.util.Map.entry("도구.js", "alert(document.cookie)"))) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> board.attach(n.id(), refused.getKey(),
                    new java.io.ByteArrayInputStream(refused.getValue().getBytes()), OFFICE))
                    .isInstanceOf(kr.jiwon.shared.InvalidInputException.class)
                    .satisfies(e -> assertThat(((kr.jiwon.shared.InvalidInputException) e).violations().get(0)
                            .messageKey()).isEqualTo("notice.typeNotAllowed"));
        }
        board.attach(n.id(), "/", new java.io.ByteArrayInputStream(pdf), OFFICE);
        Notice saved = board.attach(n.id(), "보도자료.hwp", new java.io.ByteArrayInputStream(pdf), OFFICE);
        assertThat(saved.attachments()).extracting(Notice.Attachment::filename)
                .containsExactly("file.pdf", "보도자료.hwp.pdf");
        mvc.perform(get("/notices/" + n.id() + "/attachments/1")).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("X-Content-Type-Options", "nosniff"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Content-Disposition", containsString("attachment")));
    }
}
