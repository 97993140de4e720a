package kr.jiwon.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import kr.jiwon.projects.Project;
import kr.jiwon.projects.ProjectManagement;
import kr.jiwon.projects.ProjectStatus;
import kr.jiwon.shared.HistoryClock;
import kr.jiwon.testing.Journey;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo as a newcomer finds it on first start: finished projects of last year's second 소부장 call (written by the
 * demo history with the clock set back) give every outcome view content — the public results, the officer's
 * roll-up and report list, a finished project's timeline with its final evaluation and survey.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "jiwon.demo.history=true")
@ActiveProfiles({"embedded", "test"})
class DemoHistoryBrowserIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    ProjectManagement projects;
    @Autowired
    Clock clock;
    @Autowired
    java.util.List<kr.jiwon.applications.TrackPrerequisite> prerequisites;
    @Autowired
    kr.jiwon.programs.CallManagement calls;

    private Journey journey(String prefix) {
        return new Journey("http://localhost:" + port, prefix);
    }

    @Test
    void everyOutcomeViewHasContentOnFirstStart() throws Exception {
        assertThat(clock).isInstanceOf(HistoryClock.class);
        assertThat(((HistoryClock) clock).travelling()).as("back to the real time").isFalse();
        assertThat(projects.all()).filteredOn(p -> p.status() == ProjectStatus.CLOSED).hasSize(3)
                .as("two companies paid back what their settlements asked, one has not yet")
                .extracting(p -> p.outstanding().amount() == 0).containsExactlyInAnyOrder(true, true, false);
        Project factory = projects.all().stream().filter(p -> p.programCode().equals("SSF")).findFirst()
                .orElseThrow();
        Project done = projects.all().stream().filter(p -> p.title().equals("기어 침탄 열처리 균열 저감")).findFirst()
                .orElseThrow();

        try (Journey j = journey("demo-history-public")) {
            j.open("/");
            j.clickText("사업 성과");
            j.waitForText("종료 과제");
            assertThat(j.text()).contains("기어 침탄 열처리 균열 저감").contains("(주)대원열처리")
                    .contains("무전해 니켈 도금 두께 편차 개선").contains("공정불량률");
            j.check("1-results");
        }
        try (Journey j = journey("demo-history-officer")) {
            j.signIn("officer", "jiwon-officer-demo");
            j.clickText("사업 관리");
            j.clickText("성과 집계");
            new org.openqa.selenium.support.ui.Select(j.find("#program"))
                    .selectByVisibleText("소부장 융합혁신지원단 심화기술지원사업");
            j.clickText("조회");
            j.waitForUrl(".*program=SBJ.*");
            assertThat(j.find("#rollup-summary").getText()).contains("선택된 지표 9개 중 9개 측정");
            assertThat(j.all("#rollup-chart rect")).hasSize(3);
            j.check("1-rollup");
            new org.openqa.selenium.support.ui.Select(j.find("#call"))
                    .selectByVisibleText("소부장 융합혁신지원단 심화기술지원사업 1차 공고");
            j.clickText("조회");
            j.waitForUrl(".*call=\\d+.*");
            assertThat(j.find("#rollup-summary").getText()).as("this year's first call has no projects yet")
                    .contains("선택된 지표 0개");
            j.clickText("사업 관리");
            j.clickText("보고서 현황");
            j.waitForText("양극재 전구체 공침 입도 제어");
            assertThat(j.find("tbody").getText()).contains("최종보고").contains("검토 중");
            j.check("2-reports");
            j.clickText("전체 보기");
            j.waitForText("기어 침탄 열처리 균열 저감");
            j.check("3-all-reports");
            j.driver().findElement(By.linkText("기어 침탄 열처리 균열 저감")).click();
            j.waitForText("진행 경과");
            assertThat(j.find("#timeline").getText()).contains("협약 체결").contains("최종평가 결과: 성공")
                    .contains("정산 확정").contains("만족도 조사");
            assertThat(j.find("#final-result").getText()).contains("성공");
            assertThat(j.find("#surveys").getText()).contains("만족도 95.0점");
            assertThat(j.all(".versions li")).as("the interim report went back once").hasSizeGreaterThanOrEqualTo(3);
            j.check("4-finished-project");
            // the finished projects in the officer's list: the one whose money is not yet back says so, and so does
            // the export officers keep
            Project owing = projects.all().stream().filter(p -> p.outstanding().amount() > 0).findFirst().orElseThrow();
            j.clickText("사업 관리");
            j.clickText("과제 관리(협약·집행·정산)");
            new org.openqa.selenium.support.ui.Select(j.find("#status")).selectByVisibleText("종료");
            j.clickAndWaitForNextPage(".filters button[type=submit]");
            assertThat(j.all("table tbody tr")).hasSize(3);
            assertThat(j.all(".outstanding")).extracting(org.openqa.selenium.WebElement::getText)
                    .containsExactly("미반납 " + owing.outstanding().korean());
            j.check("4b-finished-projects");
            j.find("#owing").click();
            j.clickAndWaitForNextPage(".filters button[type=submit]");
            assertThat(j.all("table tbody tr")).as("only the one still owing").singleElement()
                    .satisfies(r -> assertThat(r.getText()).contains(owing.number()));
            assertThat(j.find("#owing").isSelected()).as("the filter stays ticked").isTrue();
            j.check("4c-owing-projects");
            String xlsx = j.find("#projects-xlsx").getDomAttribute("href");
            assertThat(xlsx).contains("owing=true");
            try (var book = org.apache.poi.ss.usermodel.WorkbookFactory.create(new java.io.ByteArrayInputStream(
                    j.download(xlsx).body()))) {
                var sheet = book.getSheetAt(0);
                assertThat(sheet.getRow(0).getCell(11).getStringCellValue()).isEqualTo("반납액(원)");
                assertThat(sheet.getRow(0).getCell(12).getStringCellValue()).isEqualTo("미반납액(원)");
                assertThat(sheet.getLastRowNum()).as("the filtered list").isEqualTo(1);
                assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(owing.number());
                assertThat(sheet.getRow(1).getCell(12).getNumericCellValue())
                        .isEqualTo((double) owing.outstanding().amount());
            }
            j.open("/projects/" + done.id() + "/outcomes");
            assertThat(j.all(".kpi-chart")).hasSize(3);
            j.check("5-kpis");

            j.open("/projects/" + factory.id() + "/reports");
            assertThat(j.find("#factory-levels").getText()).contains("도입 전: Level 1 점검 (기초)")
                    .contains("도입 후: Level 2 모니터링");
            new org.openqa.selenium.support.ui.Select(j.find("#stage")).selectByVisibleText("도입 후");
            new org.openqa.selenium.support.ui.Select(j.find("#level")).selectByVisibleText("Level 3 분석 (중간1·중간2)");
            j.date("#assessedOn", factory.startsOn().minusDays(1));
            j.type("#level-evidence", "수준확인서 제2026-0391호");
            j.clickText("수준 기록");
            j.waitForText("도입 후 수준은 과제 시작일");
            j.check("6-level-refused");
            new org.openqa.selenium.support.ui.Select(j.find("#stage")).selectByVisibleText("도입 후");
            new org.openqa.selenium.support.ui.Select(j.find("#level")).selectByVisibleText("Level 3 분석 (중간1·중간2)");
            j.date("#assessedOn", factory.endsOn().plusDays(5));
            j.type("#level-evidence", "수준확인서 제2026-0391호 (재확인)");
            j.clickText("수준 기록");
            j.waitForText("수준을 기록했습니다");
            assertThat(j.find("#factory-levels").getText()).contains("도입 후: Level 3 분석").contains("재확인");
            j.check("7-level-recorded");
        }

    }

    @Test
    void anAdvancedSmartFactoryApplicationNeedsAConfirmedLevel() throws Exception {
        Project factory = projects.all().stream().filter(p -> p.programCode().equals("SSF")).findFirst()
                .orElseThrow();
        var open = calls.calls(kr.jiwon.programs.CallFilter.published()).stream()
                .filter(c -> c.title().equals("삼성 스마트공장 3.0 참여기업 모집")).findFirst().orElseThrow();
        assertThat(prerequisites).flatExtracting(p -> p.check(factory.companyId(), open, "ADVANCED"))
                .as("the plant that reached Level 2 in its basic build may apply").isEmpty();
        assertThat(prerequisites).flatExtracting(p -> p.check(factory.companyId(), open, "BASIC")).isEmpty();
        try (Journey j = journey("demo-history-advanced")) {
            j.signIn("applicant", "jiwon-applicant-demo");
            j.clickText("지원사업 공고");
            j.driver().findElement(By.linkText("삼성 스마트공장 3.0 참여기업 모집")).click();
            j.clickText("신청서 작성하기");
            j.waitForUrl(".*/applications/\\d+/edit");
            new org.openqa.selenium.support.ui.Select(j.find("#trackCode")).selectByValue("ADVANCED");
            j.type("#title", "다이캐스팅 공정 데이터 기반 불량 예측");
            j.type("#bottleneck", "주조 조건 데이터를 모아 불량을 미리 예측하는 AI 모델을 만들고 싶습니다.");
            j.type("#technologyFields", "디지털 전환");
            j.type("#requestedAmount", "1억");
            j.type("#durationMonths", "10");
            j.type("#contactPhone", "055-123-4567");
            // funders share the total cost: the company's 40 % is of 총사업비, in cash or in kind
            assertThat(j.find("label[for=ownContribution]").getText()).contains("총사업비의 40% 이상");
            j.type("#ownContribution", "5천만원");
            j.type("#ownCash", "3천만원");
            java.nio.file.Path pdf = java.nio.file.Files.createTempFile("plan", ".pdf");
            java.nio.file.Files.write(pdf, kr.jiwon.applications.ApplicationsFixtures.PDF);
            j.find("#upload").sendKeys(pdf.toString());
            j.find("#upload").submit();
            j.waitForText(pdf.getFileName().toString());
            j.clickText("제출하기");
            j.waitForText("스마트공장 수준확인 Level 2 이상인 기업이 신청할 수 있습니다");
            assertThat(j.find("#trackCode-error").getText()).contains("고도화(AI·데이터)").contains("확인된 수준: —");
            assertThat(j.find("#ownContribution-error").getText())
                    .contains("총사업비(신청금액+기업 부담금)의 40% 이상", "1억원");
            assertThat(j.driver().getCurrentUrl()).doesNotContain("/receipt");
            j.check("1-level-required");
        }
    }
}
