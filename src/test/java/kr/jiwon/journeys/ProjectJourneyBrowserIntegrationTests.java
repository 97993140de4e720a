package kr.jiwon.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import kr.jiwon.programs.CallManagement;
import kr.jiwon.programs.ProgramManagement;
import kr.jiwon.projects.Project;
import kr.jiwon.projects.ProjectManagement;
import kr.jiwon.selection.CallSelection;
import kr.jiwon.selection.SelectionResults;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.CallId;
import kr.jiwon.shared.SeoulTime;
import kr.jiwon.shared.Won;
import kr.jiwon.testing.Events;
import kr.jiwon.testing.Journey;
import kr.jiwon.testing.MutableClock;
import kr.jiwon.testing.TestClockConfiguration;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * A project's life in headless Chromium, on the demo's 소부장 1차 call whose selection is confirmed (by the service,
 * as the call-life journey does in the browser) and whose objection period is over: the officer makes the results
 * final and a project appears; the officer asks for a revision; the company revises the plan, gets a budget refused
 * by a cost-share rule and then accepted, deposits its cash share, reads and signs the agreement (its PDF in Korean,
 * verified and an altered copy detected); the officer signs and pays; the company spends (one entry refused by a
 * spending rule) and imports a bank CSV after a failed dry run; after the period the officer settles with a
 * disallowed entry and interest; the company is told the amount to return; the institute reads its project.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"jiwon.journey=projects",
        "spring.mail.host=localhost", "spring.mail.port=3025", "jiwon.mail.interval=PT24H",
        "jiwon.mail.initial-delay=PT24H"}) // the test runs the sender itself: a scheduled one may hold a message it counts
@ActiveProfiles({"embedded", "test"})
@Import(TestClockConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProjectJourneyBrowserIntegrationTests {

    @org.junit.jupiter.api.extension.RegisterExtension
    static com.icegreen.greenmail.junit5.GreenMailExtension smtp = new com.icegreen.greenmail.junit5.GreenMailExtension(
            com.icegreen.greenmail.util.ServerSetupTest.SMTP);

    static final String TITLE = "알루미늄 다이캐스팅 기공 불량 저감";
    static final Actor OFFICE = new Actor("officer", "OFFICER", "127.0.0.1");

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    ProgramManagement programs;
    @Autowired
    CallManagement calls;
    @Autowired
    CallSelection selection;
    @Autowired
    SelectionResults results;
    @Autowired
    ProjectManagement projects;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    kr.jiwon.outcomes.Reports reports;
    @Autowired
    kr.jiwon.notifications.MailDispatcher mail;
    @Autowired
    kr.jiwon.review.ReviewerPool pool;
    @TempDir
    Path files;

    long callId;

    @BeforeAll
    void aConfirmedSelectionWhoseObjectionPeriodIsOver() {
        callId = calls.callsOf(programs.programByCode("SBJ").orElseThrow().id()).stream()
                .filter(c -> c.round() == 1).findFirst().orElseThrow().id();
        results.confirm(CallId.of(callId), selection.defaults(callId), OFFICE);
        clock.advance(Duration.ofDays(8));
        // 정공정 worked with the applicant on a project that ended last year: a conflict for the final evaluation
        var jung = pool.all().stream().filter(r -> r.name().equals("정공정")).findFirst().orElseThrow();
        pool.addJointProject(jung.id(), "613-81-03457", "다이캐스팅 공정 진단", SeoulTime.today(clock).minusYears(1),
                OFFICE);
    }

    @AfterAll
    void resetClock() {
        clock.reset();
    }

    private Journey journey(String prefix) {
        return new Journey("http://localhost:" + port, prefix);
    }

    private Project project() {
        return projects.all().stream().filter(p -> p.title().equals(TITLE)).findFirst().orElseThrow();
    }

    private Path file(String name, String content) throws Exception {
        return Files.write(files.resolve(name), content.getBytes(StandardCharsets.UTF_8));
    }

    private Path pdf(String name, String marker) throws Exception {
        return file(name, "%PDF-1.4\n% " + marker + "\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
    }

    private static void openProject(Journey j) {
        j.driver().findElement(By.linkText(TITLE)).click();
        j.waitForText("협약 절차");
    }

    @Test
    @Order(1)
    void theOfficerMakesTheResultsFinalAndAsksTheNewProjectForARevisedPlan() {
        try (Journey j = journey("project-officer-start")) {
            j.signIn("officer", "jiwon-officer-demo");
            j.clickText("사업 관리");
            RoleJourneysBrowserIntegrationTests.callLink(j, RoleJourneysBrowserIntegrationTests.SBJ_1, "선정");
            j.waitForText("결과 확정(협약 대상 확정)");
            j.click("form[action$='/finalize'] input[name=confirmed]");
            j.clickText("결과 확정");
            j.waitForText("결과를 최종 확정했습니다");
            Events.awaitDelivered(jdbc);
            j.clickText("사업 관리");
            j.clickText("과제 관리(협약·집행·정산)");
            j.waitForText(TITLE);
            assertThat(j.text()).containsPattern("SBJ-\\d{4}-1-P\\d{3}").contains("협약 대기");
            j.check("1-list");
            openProject(j);
            assertThat(j.text()).contains("(주)한빛다이캐스팅").contains("4,500만원").contains("한국생산기술연구원");
            j.check("2-project");
            j.click("input[name=items][value=GOALS]");
            j.type("#note", "기공 불량률의 현재 값과 목표 값을 개발 목표에 적어 주세요.");
            j.clickText("수정 요청 보내기");
            j.waitForText("수정 요청을 보냈습니다");
            j.check("3-revision-requested");
        }
    }

    @Test
    @Order(2)
    void theCompanyRevisesThePlanFixesItsBudgetDepositsAndSignsTheAgreement() throws Exception {
        try (Journey j = journey("project-company-agreement")) {
            j.signIn("applicant", "jiwon-applicant-demo");
            j.click("a[href='/my/notifications']");
            j.waitForText("협약 안내");
            j.check("1-notifications");
            j.clickText("내 과제");
            j.waitForText(TITLE);
            j.check("2-my-projects");
            openProject(j);
            assertThat(j.text()).contains("전담기관의 수정 요청: 기공 불량률의 현재 값과");
            assertThat(j.find("#title").getDomProperty("readOnly")).isEqualTo("true");
            j.type("#goals", "기공 불량률 8 %를 2 % 이하로 낮추고 X-ray 검사 불합격을 없앤다.");
            j.check("3-plan");
            j.clickText("사업계획 제출");
            j.waitForText("사업계획을 제출했습니다");

            j.type("[id='categories[인건비]']", "45,000,000");
            j.type("[id='funders[GOVERNMENT]']", "4500만원");
            j.clickText("사업비 계획 제출");
            j.waitForText("입력 내용을 확인해 주세요");
            assertThat(j.find("[id='funders[GOVERNMENT]-error']").getDomProperty("outerHTML")).contains("75% 이하");
            j.check("4-budget-refused");
            j.type("[id='categories[인건비]']", "30,000,000");
            j.type("[id='categories[재료비]']", "15,000,000");
            j.type("[id='categories[장비·시설비]']", "500만원");
            j.type("[id='categories[위탁연구비]']", "12,500,000");
            j.type("[id='categories[간접비]']", "5,000,000");
            j.type("[id='funders[GOVERNMENT]']", "45,000,000");
            j.type("[id='funders[COMPANY_CASH]']", "4,500,000");
            j.type("[id='funders[COMPANY_IN_KIND]']", "18,000,000");
            j.clickText("사업비 계획 제출");
            j.waitForText("사업비 계획을 저장했습니다");
            j.check("5-budget");

            j.type("#amount", "4,500,000");
            j.date("#depositedOn", SeoulTime.today(clock));
            j.upload("#deposit-evidence", pdf("입금확인증.pdf", "deposit"));
            j.clickText("입금 등록");
            j.waitForText("협약서가 준비되었습니다");
            j.check("6-agreement-ready");

            String href = j.driver().findElement(By.partialLinkText("협약서 1판 PDF")).getDomAttribute("href");
            byte[] pdf = j.download(href).body();
            try (var doc = Loader.loadPDF(pdf)) {
                assertThat(new PDFTextStripper().getText(doc)).contains("소부장 융합혁신지원단 심화기술지원사업 협약서")
                        .contains("(주)한빛다이캐스팅").contains("기공 불량률 8 %를 2 % 이하로").contains("45,000,000원");
            }
            Path copy = Files.write(files.resolve("협약서.pdf"), pdf);
            pdf[pdf.length / 3] ^= 1;
            Path altered = Files.write(files.resolve("협약서-변경.pdf"), pdf);

            j.clickText("협약서에 서명");
            j.waitForText("협약서 내용 확인에 체크해 주세요");
            j.click("input[name=confirmed]");
            j.clickText("협약서에 서명");
            j.waitForText("서명했습니다");
            assertThat(j.text()).contains("주관기업 김지원 과장 서명");
            j.check("7-signed");

            j.open("/agreements/verify");
            j.upload("#file", copy);
            j.clickText("확인");
            j.waitForText("보관된 협약서와 일치합니다");
            j.check("8-verified");
            j.upload("#file", altered);
            j.clickText("확인");
            j.waitForText("일치하는 협약서가 없습니다");
            j.check("9-altered");
        }
    }

    @Test
    @Order(3)
    void theOfficerSignsAndPaysTheFirstTranche() {
        try (Journey j = journey("project-officer-sign")) {
            j.signIn("officer", "jiwon-officer-demo");
            j.clickText("사업 관리");
            j.clickText("과제 관리(협약·집행·정산)");
            openProject(j);
            j.click("input[name=confirmed]");
            j.clickText("협약서에 서명");
            j.waitForText("서명했습니다");
            assertThat(j.find("#project-status").getText()).isEqualTo("수행 중");
            j.type("#label", "선금");
            j.date("#paidOn", SeoulTime.today(clock));
            j.type("#payAmount", "5천만원");
            j.clickText("지급 등록");
            j.waitForText("협약 지원금 4,500만원을(를) 넘을 수 없습니다");
            j.check("1-payment-refused");
            j.type("#payAmount", "27,000,000");
            j.clickText("지급 등록");
            j.waitForText("지급을 등록했습니다");
            assertThat(j.text()).contains("2,700만원");
            j.check("2-paid");
        }
    }

    @Test
    @Order(4)
    void theCompanySpendsOneEntryIsRefusedAndABankExportIsImportedAfterAFailedDryRun() throws Exception {
        Project p = project();
        clock.set(SeoulTime.toInstant(p.startsOn().plusDays(10).atTime(10, 0)));
        LocalDate day = p.startsOn().plusDays(5);
        try (Journey j = journey("project-company-spending")) {
            j.signIn("applicant", "jiwon-applicant-demo");
            j.clickText("내 과제");
            openProject(j);
            j.date("#spentOn", day);
            j.type("#payee", "(주)경남회계");
            j.type("#spend-amount", "6,000,000");
            new org.openqa.selenium.support.ui.Select(j.find("#category")).selectByVisibleText("간접비");
            j.type("#invoiceNumber", "20270106-41000012-00000009");
            j.clickText("집행 등록");
            j.waitForText("입력 내용을 확인해 주세요");
            assertThat(j.find("#amount-error").getText()).contains("간접비 예산 500만원").contains("예산을 넘습니다");
            assertThat(j.find("#payee").getDomProperty("value")).isEqualTo("(주)경남회계");
            j.check("1-spending-refused");

            j.date("#spentOn", day);
            j.type("#payee", "(주)경남소재");
            j.type("#spend-amount", "3,300,000");
            new org.openqa.selenium.support.ui.Select(j.find("#category")).selectByVisibleText("재료비");
            j.type("#description", "ADC12 알루미늄 시편");
            j.type("#invoiceNumber", "20270106-41000012-00000001");
            j.upload("#evidence", pdf("세금계산서.pdf", "invoice-1"));
            j.clickText("집행 등록");
            j.waitForText("집행을 등록했습니다");
            assertThat(j.text()).contains("(주)경남소재").contains("330만원");

            String bad = "거래일자,거래처,금액,비목,적요,세금계산서번호\n" + day.plusDays(1) + ",연구원 급여,\"10,000,000\",인건비,1월 급여,\n"
                    + day.plusDays(2) + ",(주)측정상사,1200000,재료비,측정 지그,20270108-41000012-00000002\n";
            j.upload("#csv", file("bank-1.csv", bad));
            j.clickText("미리 확인");
            j.waitForText("반영할 수 없습니다");
            assertThat(j.find("#import-result").getText()).contains("증빙 파일이나 세금계산서 번호가 필요합니다");
            j.check("2-dry-run-failed");
            j.upload("#csv", file("bank-2.csv", bad.replace("1월 급여,\n", "1월 급여,PAY-2027-01\n")));
            j.clickText("미리 확인");
            j.waitForText("모두 정상입니다");
            j.check("3-dry-run-ok");
            j.clickText("반영하기");
            j.waitForText("2줄 1,120만원을(를) 반영했습니다");
            assertThat(j.text()).contains("(주)측정상사").contains("연구원 급여");
            j.check("4-imported");

            new org.openqa.selenium.support.ui.Select(j.find("#kind")).selectByVisibleText("비목 간 전용(승인)");
            j.type("#reason", "시편 추가 구매로 재료비가 부족합니다.");
            new org.openqa.selenium.support.ui.Select(j.find("#fromCategory")).selectByVisibleText("위탁연구비");
            new org.openqa.selenium.support.ui.Select(j.find("#toCategory")).selectByVisibleText("재료비");
            j.type("#change-amount", "200만원");
            j.clickText("변경 신청");
            j.waitForText("변경 신청을 접수했습니다");
            assertThat(j.text()).contains("검토 중").contains("위탁연구비 → 재료비 200만원");
            j.check("5-change-requested");

            j.clickText("성과지표");
            j.waitForText("아직 성과지표가 없습니다");
            new org.openqa.selenium.support.ui.Select(j.find("#code")).selectByVisibleText("공정불량률 (%, 낮을수록 좋음)");
            j.type("#baseline", "8");
            j.type("#target", "9");
            j.clickText("지표 추가");
            j.waitForText("입력 내용을 확인해 주세요");
            assertThat(j.find("#target-error").getText()).contains("목표값이 기준값보다 작아야 합니다");
            j.check("6-kpi-refused");
            j.type("#target", "2");
            j.clickText("지표 추가");
            j.waitForText("성과지표를 추가했습니다");
            j.date("input[name=measuredOn]", day.plusDays(3));
            j.type("input[name=numerator]", "60");
            j.type("input[name=denominator]", "2000");
            j.type("input[name=evidence]", "MES 1월 품질 보고서");
            j.clickText("측정값 기록");
            j.waitForText("측정값을 기록했습니다");
            assertThat(j.find(".kpi table").getText()).contains("8.00").contains("2.00").contains("3.00")
                    .contains("62.5%").contains("83%");
            assertThat(j.all(".kpi-chart rect")).hasSize(3);
            j.check("7-kpi-measured");
        }
    }

    @Test
    @Order(5)
    void theOfficerFindsTheRunningProjectByItsStatusAndApprovesTheTransfer() throws Exception {
        try (Journey j = journey("project-officer-change")) {
            j.signIn("officer", "jiwon-officer-demo");
            j.clickText("사업 관리");
            j.clickText("과제 관리(협약·집행·정산)");
            new org.openqa.selenium.support.ui.Select(j.find("#status")).selectByVisibleText("수행 중");
            j.clickText("조회");
            j.waitForUrl(".*status=IN_PROGRESS.*");
            assertThat(j.all("tbody tr")).hasSize(1);
            j.check("1-filtered");
            String xlsx = j.find("#projects-xlsx").getDomAttribute("href");
            assertThat(xlsx).contains("status=IN_PROGRESS");
            try (var book = org.apache.poi.ss.usermodel.WorkbookFactory.create(
                    new java.io.ByteArrayInputStream(j.download(xlsx).body()))) {
                var sheet = book.getSheetAt(0);
                assertThat(sheet.getLastRowNum()).as("the filtered list, one project").isEqualTo(1);
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("과제번호");
                assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo(TITLE);
                assertThat(sheet.getRow(1).getCell(8).getNumericCellValue()).as("paid").isEqualTo(27_000_000.0);
                Project p = project();
                assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo(projects.companyName(p));
                long spent = projects.spending(p.id()).stream().mapToLong(e -> e.amount().amount()).sum();
                assertThat(spent).as("entries were recorded by now").isPositive();
                assertThat(sheet.getRow(1).getCell(9).getNumericCellValue()).as("spent").isEqualTo((double) spent);
            }
            String csv = new String(j.download(j.find("a[href^='/office/projects.csv']").getDomAttribute("href"))
                    .body(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(csv.lines()).as("the same filtered list as CSV").hasSize(2);
            assertThat(csv).contains(TITLE);
            openProject(j);
            j.type("input[name=answer]", "전용을 승인합니다.");
            j.clickText("승인");
            j.waitForText("변경을 승인했습니다");
            assertThat(j.text()).contains("변경 협약 1차: 시편 추가 구매로 재료비가 부족합니다.")
                    .contains("전담기관 KIAT 사업담당자 서명");
            j.check("2-change-approved");

            j.clickText("사업 관리");
            j.clickText("성과 집계");
            new org.openqa.selenium.support.ui.Select(j.find("#program"))
                    .selectByVisibleText("소부장 융합혁신지원단 심화기술지원사업");
            j.clickText("조회");
            j.waitForUrl(".*program=SBJ.*");
            assertThat(j.find("#rollup-summary").getText()).contains("선택된 지표 1개 중 1개 측정, 0개 목표 달성");
            assertThat(j.text()).contains("공정불량률").contains("62.5%");
            j.check("3-rollup");
        }
    }

    private kr.jiwon.outcomes.ProjectReport report(kr.jiwon.outcomes.Duty.Kind kind) {
        return reports.of(project()).stream().filter(r -> r.kind() == kind && r.seq() == 1).findFirst()
                .orElseThrow();
    }

    private static void openReports(Journey j) {
        openProject(j);
        j.clickText("보고서·평가·사후관리");
        j.waitForText("진행 경과");
    }

    /** Mails sent so far through the SMTP server whose subject contains the text. */
    private java.util.List<String> mailsAbout(String text) throws Exception {
        while (mail.sendPending() > 0) {
            // 50 at a time: the demo data's own messages are in the outbox too
        }
        java.util.List<String> out = new java.util.ArrayList<>();
        for (var m : smtp.getReceivedMessages()) {
            if (m.getSubject().contains(text)) {
                out.add(m.getSubject() + "\n" + m.getContent());
            }
        }
        return out;
    }

    @Test
    @Order(51)
    void theInterimReportIsRemindedBeforeAndAfterItsDueDateAndTheOfficerSeesItOverdue() throws Exception {
        var interim = report(kr.jiwon.outcomes.Duty.Kind.INTERIM);
        clock.set(SeoulTime.toInstant(interim.dueOn().minusDays(7).atTime(9, 0)));
        assertThat(reports.remind()).as("the daily check: one reminder a week before").isEqualTo(1);
        assertThat(reports.remind()).as("not twice").isZero();
        assertThat(mailsAbout("중간보고 제출 기한 D-7")).singleElement().asString()
                .contains(SeoulTime.notice(interim.dueOn())).containsPattern("\\d{4}\\.\\d{2}\\.\\d{2}\\([월화수목금토일]\\)");

        clock.set(SeoulTime.toInstant(interim.dueOn().plusDays(2).atTime(9, 0)));
        assertThat(reports.remind()).isEqualTo(1);
        assertThat(mailsAbout("중간보고 제출 기한 경과")).singleElement().asString().contains("2일 지났습니다");
        try (Journey j = journey("report-officer-overdue")) {
            j.signIn("officer", "jiwon-officer-demo");
            j.clickText("사업 관리");
            j.clickText("보고서 현황");
            j.waitForText("기한 경과");
            assertThat(j.find("#overdue-summary").getText()).contains("기한 경과 1건");
            assertThat(j.find("tr.row-warning").getText()).contains("중간보고").contains(TITLE);
            j.check("1-overdue");
        }
    }

    @Test
    @Order(52)
    void theCompanySubmitsTheOfficerAsksForChangesTheCompanyResubmitsAndTheOfficerAccepts() throws Exception {
        var interim = report(kr.jiwon.outcomes.Duty.Kind.INTERIM);
        String form = "#report-" + interim.id();
        try (Journey j = journey("report-company-submit")) {
            j.signIn("applicant", "jiwon-applicant-demo");
            j.click("a[href='/my/notifications']");
            j.waitForText("중간보고 제출 기한 경과");
            j.check("1-reminded");
            j.clickText("내 과제");
            openReports(j);
            assertThat(j.find("#timeline").getText()).contains("협약 체결").contains("중간보고 기한").contains("지연");
            j.check("2-reports");
            j.type(form + " textarea[name=summary]", "1~4월: 금형 온도와 주입 속도를 바꿔 기공 불량률을 8 %에서 4.1 %로 낮췄습니다.");
            j.upload(form + " input[type=file]", pdf("중간보고서.pdf", "interim-1"));
            j.click(form + " form button");
            j.waitForText("보고서를 제출했습니다");
            assertThat(j.find(form).getText()).contains("1판").contains("중간보고서.pdf").contains("검토 중");
            j.check("3-submitted");
        }
        try (Journey j = journey("report-officer-changes")) {
            j.signIn("officer", "jiwon-officer-demo");
            j.clickText("사업 관리");
            j.clickText("보고서 현황");
            j.clickText(TITLE);
            j.waitForText("보고서 검토");
            String href = j.find(form + " a[href*='/versions/1/file']").getDomAttribute("href");
            assertThat(new String(j.download(href).body(), StandardCharsets.UTF_8)).contains("interim-1");
            j.clickText("보완 요청");
            j.waitForText("검토 의견이 필요합니다");
            j.check("1-note-required");
            j.type(form + " textarea[name=note]", "X-ray 검사 결과(불합격 건수)를 함께 적어 주세요.");
            j.clickText("보완 요청");
            j.waitForText("보완을 요청했습니다");
            assertThat(j.find(form).getText()).contains("보완 요청: X-ray 검사 결과");
            j.check("2-changes-requested");
        }
        try (Journey j = journey("report-company-resubmit")) {
            j.signIn("applicant", "jiwon-applicant-demo");
            j.clickText("내 과제");
            openReports(j);
            assertThat(j.find(form).getText()).contains("보완 요청: X-ray 검사 결과");
            j.type(form + " textarea[name=summary]", "1~4월: 기공 불량률 8 % → 4.1 %. X-ray 불합격 23건 → 9건.");
            j.click(form + " form button");
            j.waitForText("보고서를 제출했습니다");
            assertThat(j.find(form).getText()).contains("1판").contains("2판").contains("X-ray 불합격 23건");
            j.check("1-resubmitted");
        }
        try (Journey j = journey("report-officer-accept")) {
            j.signIn("officer", "jiwon-officer-demo");
            j.clickText("사업 관리");
            j.clickText("과제 관리(협약·집행·정산)");
            openReports(j);
            j.clickText("승인");
            j.waitForText("보고서를 승인했습니다");
            assertThat(j.find(form + " .report-status").getText()).isEqualTo("승인");
            j.check("1-accepted");
        }
        assertThat(mailsAbout("중간보고 보완 요청")).hasSize(1);
        assertThat(mailsAbout("중간보고 승인")).hasSize(1);
    }

    @Test
    @Order(55)
    void theFinalReportIsAcceptedAndAConflictFreePanelEvaluatesIt() throws Exception {
        Project p = project();
        clock.set(SeoulTime.toInstant(p.endsOn().plusDays(1).atTime(10, 0)));
        var fin = report(kr.jiwon.outcomes.Duty.Kind.FINAL);
        try (Journey j = journey("final-company-report")) {
            j.signIn("applicant", "jiwon-applicant-demo");
            j.clickText("내 과제");
            openReports(j);
            j.type("#report-" + fin.id() + " textarea[name=summary]",
                    "기공 불량률 8 % → 3 %, X-ray 불합격 0건. 금형 온도 제어 조건을 표준 작업서에 반영했습니다.");
            j.upload("#report-" + fin.id() + " input[type=file]", pdf("최종보고서.pdf", "final"));
            j.click("#report-" + fin.id() + " form button");
            j.waitForText("보고서를 제출했습니다");
            j.check("1-final-submitted");
        }
        try (Journey j = journey("final-officer-panel")) {
            j.signIn("officer", "jiwon-officer-demo");
            j.clickText("사업 관리");
            j.clickText("과제 관리(협약·집행·정산)");
            openReports(j);
            j.click("#report-" + fin.id() + " button[value=ACCEPT]");
            j.waitForText("보고서를 승인했습니다");
            j.clickText("최종평가 시작");
            j.waitForText("평가위원을 지정해 주세요");
            var jung = j.driver().findElement(By.xpath("//tr[td[normalize-space(.)='정공정']]"));
            assertThat(jung.getText()).contains("최근 3년 내 신청 기업과 공동 과제: 다이캐스팅 공정 진단");
            jung.findElement(By.tagName("button")).click();
            j.waitForText("이해충돌이 있어 지정할 수 없습니다");
            j.check("1-conflict-refused");
            for (String name : new String[]{"박기술", "최소재"}) {
                var before = j.find("#final-review");
                j.driver().findElement(By.xpath("//tr[td[normalize-space(.)='" + name + "']]"))
                        .findElement(By.tagName("button")).click();
                j.waitUntilGone(before);
                j.waitForText("평가위원을 지정했습니다");
            }
            assertThat(j.find("#final-review").getText()).contains("평가위원 2명이 평가하고 있습니다");
            j.clickText("결과 확정");
            j.waitForText("아직 제출하지 않은 평가표가 2개 있습니다");
            j.check("2-panel");
        }
        int[][] points = {{36, 27, 26}, {34, 25, 27}};
        String[] reviewers = {"reviewer", "reviewer2"};
        for (int r = 0; r < 2; r++) {
            try (Journey j = journey("final-" + reviewers[r])) {
                j.signIn(reviewers[r], "jiwon-reviewer-demo");
                j.open("/review");
                j.waitForText("최종평가");
                j.driver().findElement(By.cssSelector("#final-tasks")).findElement(By.linkText(
                        project().plan().planTitle())).click();
                j.waitForText("최종보고서와 성과지표");
                assertThat(j.find("#dossier").getText()).contains("기공 불량률 8 % → 3 %").contains("공정불량률");
                String file = j.find("#final-report-file").getDomAttribute("href");
                assertThat(new String(j.download(file).body(), StandardCharsets.UTF_8)).contains("final");
                for (int c = 0; c < 3; c++) {
                    j.type("#score" + c, String.valueOf(points[r][c]));
                }
                j.click("button[value=submit]");
                j.waitForText("제출했습니다");
                j.check("1-scored");
            }
        }
        try (Journey j = journey("final-conflicted-reviewer")) {
            j.signIn("reviewer3", "jiwon-reviewer-demo");
            j.open("/review/final/" + p.applicationId());
            assertThat(j.text()).doesNotContain("최종보고서와 성과지표").doesNotContain("기공 불량률 8 %");
            assertThat(j.download("/projects/" + p.id() + "/reports/" + fin.id() + "/versions/1/file").statusCode())
                    .as("nor its file").isIn(403, 404);
        }
        try (Journey j = journey("final-officer-result")) {
            j.signIn("officer", "jiwon-officer-demo");
            j.clickText("사업 관리");
            j.clickText("과제 관리(협약·집행·정산)");
            openReports(j);
            j.clickText("결과 확정");
            j.waitForText("최종평가 결과를 확정했습니다");
            // (36 + 27 + 26 + 34 + 25 + 27) / 2 = 87.5 → 성공 (80 and above)
            assertThat(j.find("#final-result").getText()).contains("최종평가 결과: 성공 (87.50점)");
            assertThat(j.find("#timeline").getText()).contains("최종평가 결과: 성공");
            j.check("1-result");
        }
    }

    @Test
    @Order(60)
    void afterThePeriodTheOfficerSettlesWithADisallowedEntryAndInterest() throws Exception {
        Project p = project();
        clock.set(SeoulTime.toInstant(p.endsOn().plusDays(3).atTime(10, 0)));
        try (Journey j = journey("project-officer-settlement")) {
            j.signIn("officer", "jiwon-officer-demo");
            j.clickText("사업 관리");
            j.clickText("과제 관리(협약·집행·정산)");
            openProject(j);
            j.clickText("정산 시작");
            j.waitForText("정산을 시작했습니다");
            var row = j.driver().findElement(By.xpath("//tr[td[normalize-space(.)='(주)측정상사']]"));
            row.findElement(By.name("reason")).sendKeys("사업 목적 외 구매");
            row.findElement(By.tagName("button")).click();
            j.waitForText("불인정 처리했습니다");
            j.type("#interest", "23,456");
            j.click("#settlement input[name=confirmed], form[action$='/settlement'] input[name=confirmed]");
            j.clickText("정산 확정");
            j.waitForText("정산을 확정했습니다");
            // recognised 3,300,000 + 10,000,000; support used ⌊13,300,000 × 45/67.5⌋ = 8,866,666
            String toReturn = Won.of(27_000_000 - 8_866_666 + 23_456).korean();
            assertThat(j.find("#to-return").getText()).isEqualTo(toReturn);
            assertThat(j.find("#project-status").getText()).isEqualTo("종료");
            j.check("1-settled");
        }
        try (Journey j = journey("project-company-settled")) {
            j.signIn("applicant", "jiwon-applicant-demo");
            j.click("a[href='/my/notifications']");
            j.waitForText("정산 결과");
            assertThat(j.text()).contains("반납할 금액은 " + Won.of(18_156_790).korean());
            j.check("1-notified");
            j.clickText("내 과제");
            openProject(j);
            String href = j.driver().findElement(By.linkText("정산서 PDF")).getDomAttribute("href");
            try (var doc = Loader.loadPDF(j.download(href).body())) {
                assertThat(new PDFTextStripper().getText(doc)).contains("정산서").contains("사업 목적 외 구매")
                        .contains("18,156,790원");
            }
            String xlsx = j.driver().findElement(By.linkText("정산서 엑셀")).getDomAttribute("href");
            try (var book = org.apache.poi.ss.usermodel.WorkbookFactory.create(
                    new java.io.ByteArrayInputStream(j.download(xlsx).body()))) {
                var sheet = book.getSheetAt(0);
                var last = sheet.getRow(sheet.getLastRowNum());
                assertThat(last.getCell(1).getStringCellValue()).isEqualTo("반납액");
                assertThat(last.getCell(2).getNumericCellValue()).isEqualTo(18_156_790.0);
            }
            j.check("2-closed");
        }
        try (Journey j = journey("project-public-results")) {
            j.open("/");
            j.clickText("사업 성과");
            j.waitForText("종료 과제");
            String page = j.text();
            assertThat(page).contains("소부장 융합혁신지원단 심화기술지원사업").contains(TITLE).contains("(주)한빛다이캐스팅")
                    .contains("한국생산기술연구원").contains("공정불량률: 8.00 % → 3.00 % (개선 62.5%)");
            assertThat(page).as("no personal data").doesNotContain("김지원").doesNotContain("@demo.jiwon.example")
                    .doesNotContain("613-81-03457").doesNotContain("055-");
            j.check("1-results");
        }
    }

    @Test
    @Order(65)
    void theOfficerSendsTheSurveysAndTheCompanyAnswersThem() throws Exception {
        try (Journey j = journey("survey-officer-send")) {
            j.signIn("officer", "jiwon-officer-demo");
            j.clickText("사업 관리");
            j.clickText("과제 관리(협약·집행·정산)");
            openReports(j);
            j.clickText("만족도 조사 보내기");
            j.waitForText("조사를 보냈습니다");
            j.clickTextAndWaitForNextPage("사후 성과조사 보내기");
            j.waitForText("조사를 보냈습니다");
            assertThat(j.find("#surveys").getText()).contains("만족도 조사").contains("사후 성과조사 1차년도");
            j.check("1-sent");
        }
        assertThat(mailsAbout("사후 성과조사 요청")).hasSize(1);
        try (Journey j = journey("survey-company-answer")) {
            j.signIn("applicant", "jiwon-applicant-demo");
            j.clickText("내 과제");
            openReports(j);
            var sat = j.find(".survey form");
            for (int q = 0; q < 3; q++) {
                sat.findElement(By.cssSelector("input[name=rating" + q + "][value='5']")).click();
            }
            sat.findElement(By.cssSelector("button")).click();
            j.waitForText("1~5 중 하나를 골라 주세요");
            j.check("1-rating-missing");
            var again = j.find(".survey form");
            for (int q = 0; q < 4; q++) {
                again.findElement(By.cssSelector("input[name=rating" + q + "][value='" + (q == 2 ? 4 : 5) + "']"))
                        .click();
            }
            again.findElement(By.cssSelector("button")).click();
            j.waitForText("응답을 제출했습니다");
            assertThat(j.find("#surveys").getText()).contains("만족도 95.0점 (100점 만점)");
            j.type("#sales", "12억 5천만원");
            j.type("#employees", "43");
            new org.openqa.selenium.support.ui.Select(j.find("#resultUse")).selectByVisibleText("생산 공정에 적용");
            j.click("input[name=followOn][value=true]");
            j.clickText("응답 제출");
            j.waitForText("고용 43명");
            assertThat(j.find("#surveys").getText())
                    .contains("매출 12억 5,000만원 · 고용 43명 · 생산 공정에 적용 · 연구기관과 후속 협력 예");
            assertThat(j.find("#timeline").getText()).contains("만족도 조사").contains("사후 성과조사 2차년도");
            j.check("2-answered");
        }
    }

    @Test
    @Order(70)
    void theInstituteReadsTheProjectItTakesPartIn() {
        try (Journey j = journey("project-institute")) {
            j.signIn("institute", "jiwon-institute-demo");
            j.clickText("참여 과제");
            j.waitForText(TITLE);
            j.check("1-list");
            openProject(j);
            assertThat(j.all("form[action*='/projects/']")).as("read only").isEmpty();
            j.check("2-project");
        }
    }
}
