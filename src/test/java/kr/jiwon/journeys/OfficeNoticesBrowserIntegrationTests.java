package kr.jiwon.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import kr.jiwon.testing.Journey;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * An officer writes a board post in Markdown, previews it as the board will show it (nothing saved, nothing typed
 * lost), saves it, finds the edit page headed as editing, and sees the post on the public board.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"embedded", "test"})
class OfficeNoticesBrowserIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anOfficerPreviewsThePostsMarkdownThenSavesAndEditsIt() throws Exception {
        String title = "2027년 소부장 심화기술지원 설명회 안내";
        try (Journey j = new Journey("http://localhost:" + port, "office-notices")) {
            j.signIn("officer", "jiwon-officer-demo");
            j.clickText("사업 관리");
            j.clickText("게시물 관리");
            j.waitForUrl(".*/office/notices");
            j.check("1-list");
            j.clickText("새 게시물 쓰기");
            j.waitForText("게시물 작성");
            j.type("#title", title);
            j.type("#author", "KIAT 사업담당자");
            j.type("#department", "소재부품장비협력팀");
            j.type("#body", "설명회를 **12월 15일** 엽니다.\n\n- 장소: 서울\n- 신청: [지원 플랫폼](https://jiwon.example)\n\n"
                    + "<script>alert(1)</script>");
            long before = jdbc.queryForObject("select count(*) from notice", Long.class);
            j.clickTextAndWaitForNextPage("본문 미리보기");
            j.waitForText("아직 저장되지 않았습니다");
            assertThat(j.find("#preview strong").getText()).isEqualTo("12월 15일");
            assertThat(j.all("#preview li")).hasSize(2);
            assertThat(j.all("#preview script")).as("sanitised as on the board").isEmpty();
            assertThat(j.find("#title").getDomProperty("value")).as("what was typed is kept").isEqualTo(title);
            assertThat(j.find("#body").getDomProperty("value")).contains("**12월 15일**");
            assertThat(jdbc.queryForObject("select count(*) from notice", Long.class)).as("nothing saved")
                    .isEqualTo(before);
            j.scrollTo("#preview");
            j.check("2-preview");
            j.click("#save-notice");
            j.waitForText("게시물 수정");
            assertThat(j.find("h1").getText()).isEqualTo("게시물 수정");
            assertThat(j.find("#editing-what").getText()).contains(title);
            j.check("3-editing");

            // corrected after saving, and the invitation attached
            j.type("#title", title + " (장소 변경)");
            j.click("#save-notice");
            j.waitForText("저장했습니다");
            assertThat(j.find("#editing-what").getText()).contains(title + " (장소 변경)");
            java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("notice");
            java.nio.file.Path invitation = dir.resolve("설명회 안내문.pdf");
            java.nio.file.Files.write(invitation, kr.jiwon.applications.ApplicationsFixtures.PDF);
            j.upload("#file", invitation);
            j.find("form[action$='/attachments'] button").click();
            j.waitForText("설명회 안내문.pdf");
            j.check("3b-attached");

            j.clickText("게시물 보기");
            j.waitForText("12월 15일");
            assertThat(j.find("h1").getText()).isEqualTo(title + " (장소 변경)");
            var file = j.download(j.driver().findElement(org.openqa.selenium.By.linkText("설명회 안내문.pdf"))
                    .getDomAttribute("href"));
            assertThat(file.statusCode()).isEqualTo(200);
            assertThat(file.body()).isEqualTo(kr.jiwon.applications.ApplicationsFixtures.PDF);
            j.check("4-post");
        }
    }
}
