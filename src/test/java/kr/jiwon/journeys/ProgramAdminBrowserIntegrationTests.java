package kr.jiwon.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.concurrent.ThreadLocalRandom;
import kr.jiwon.shared.SeoulTime;
import kr.jiwon.testing.Journey;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * An officer sets up their own work in the browser (issue 15): registers a program with two track rules (the second
 * row added with "유형 추가"), writes a call that starts from those rules, is told beside the field which program
 * rule a call breaks (and keeps what was typed), publishes the call, and amends it with a reason — the correction
 * shows on the call page and on the board.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"embedded", "test"})
class ProgramAdminBrowserIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    java.time.Clock clock;

    @Test
    void anOfficerCreatesAProgramAndACallWithTwoTracksPublishesAndAmendsIt() throws Exception {
        String code = "W" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        String name = "스마트 제조 시범사업 " + code;
        LocalDateTime now = SeoulTime.toLocal(clock.instant()).withSecond(0).withNano(0);
        int year = now.getYear();
        try (Journey j = new Journey("http://localhost:" + port, "program-admin")) {
            j.signIn("officer", "jiwon-officer-demo");
            j.clickText("사업 관리");
            j.clickText("사업·공고 설정");
            j.waitForUrl(".*/office/programs");
            j.check("1-list");

            j.clickText("사업 등록");
            j.waitForText("지원 유형 규칙");
            j.type("#code", code);
            j.type("#name", name);
            j.type("#ministry", "산업통상자원부");
            j.type("#managingAgency", "한국산업기술진흥원");
            j.type("#annualBudget", "10억원");
            j.type("#startYear", String.valueOf(year));
            j.type("#roundsPerYear", "2");
            j.type("#priorityFields-0", "탄소중립");
            j.type("[id='tracks[0].name']", "일반형");
            j.type("[id='tracks[0].code']", "GENERAL");
            j.type("[id='tracks[0].cap']", "5,000만원");
            j.type("[id='tracks[0].maxMonths']", "12");
            j.type("[id='tracks[0].minInstitutes']", "1");
            j.clickText("유형 추가");
            j.type("[id='tracks[1000].name']", "융합형");
            j.type("[id='tracks[1000].code']", "CONVERGENT");
            j.type("[id='tracks[1000].cap']", "2억원");
            j.type("[id='tracks[1000].maxMonths']", "12");
            j.type("[id='tracks[1000].minInstitutes']", "2");
            j.check("2-program-form");
            j.click("#save-program");
            j.waitForText("저장했습니다");
            long programId = jdbc.queryForObject("select id from program where code = ?", Long.class, code);
            assertThat(jdbc.queryForList("select name from program_track where program_id = ? order by position",
                    String.class, programId)).containsExactly("일반형", "융합형");
            assertThat(j.find("#program-" + programId).getText()).contains(name, "10억원", "연 2회", "일반형 5,000만원",
                    "융합형 2억원");
            j.check("3-program-saved");

            j.find("#program-" + programId).findElement(By.partialLinkText("공고 작성")).click();
            j.waitForText("사업이 정한 유형 규칙");
            assertThat(j.find("[id='tracks[0].cap']").getDomProperty("value")).as("the call starts from the rules")
                    .isEqualTo("5,000만원");
            assertThat(j.find("[id='tracks[1].name']").getDomProperty("value")).isEqualTo("융합형");
            String title = name + " 1차 공고";
            j.type("#title", title);
            j.type("#summary", "스마트 제조 전환을 돕는 시범 공고입니다.");
            j.type("#budget", "12억원");
            j.type("#expectedProjects", "10");
            j.dateTime("#opensAt", now.minusDays(1));
            j.dateTime("#closesAt", now.plusDays(20).withHour(18).withMinute(0));
            j.type("[id='tracks[0].cap']", "7,000만원");
            j.type("#allowedRegions-0", "경상남도");
            j.type("#requiredDocuments-0", "사업계획서");
            j.find("#requiredDocuments").findElement(By.cssSelector("[data-add-row]")).click();
            j.type("#requiredDocuments-1000", "중소기업 확인서");
            j.type("#contactName", "김담당");
            j.type("#contactPhone", "042-123-4567");
            j.date("#announceOn", now.plusDays(40).toLocalDate());
            j.click("#declaration-NO_PARTICIPATION_RESTRICTION");
            j.click("#declaration-NO_TAX_ARREARS");
            j.clickTextAndWaitForNextPage("공고 저장");
            j.waitForText("고칠 곳이 있습니다");
            assertThat(j.find("#declaration-NO_TAX_ARREARS").isSelected()).as("the ticks are kept").isTrue();
            assertThat(j.find("#budget-error").getText()).contains("사업 규칙 “연간 예산”", "12억원", "10억원");
            assertThat(j.find("[id='tracks[0].cap-error']").getText()).contains("사업 규칙 “과제당 한도”", "7,000만원",
                    "5,000만원");
            assertThat(j.find("#title").getDomProperty("value")).as("what was typed is kept").isEqualTo(title);
            assertThat(j.find("#allowedRegions-0").getDomProperty("value")).isEqualTo("경상남도");
            assertThat(jdbc.queryForObject("select count(*) from funding_call where program_id = ?", Long.class,
                    programId)).as("nothing saved").isZero();
            j.check("4-rules-refused");

            j.type("#budget", "5억원");
            j.type("[id='tracks[0].cap']", "5,000만원");
            // funders share the total cost: the ministry and the company (its part in cash or in kind)
            j.type("[id='costShares[0].funder']", "산업통상자원부");
            j.type("[id='costShares[0].percent']", "60");
            j.find("#costShares").findElement(By.cssSelector("[data-add-row]")).click();
            j.type("[id='costShares[1000].funder']", "참여기업");
            j.type("[id='costShares[1000].percent']", "30");
            new org.openqa.selenium.support.ui.Select(j.find("[id='costShares[1000].company']")).selectByValue("true");
            j.clickTextAndWaitForNextPage("공고 저장");
            assertThat(j.find("#costShares-error").getText()).isEqualTo("재원 분담 비율의 합이 100%여야 합니다(지금 90%).");
            assertThat(j.find("[id='costShares[1].funder']").getDomProperty("value")).isEqualTo("참여기업");
            j.check("4b-cost-shares-refused");
            j.type("[id='costShares[0].percent']", "70");
            j.clickTextAndWaitForNextPage("공고 저장");
            j.waitForText("아직 게시되지 않았습니다");
            long callId = jdbc.queryForObject("select id from funding_call where program_id = ?", Long.class,
                    programId);
            assertThat(jdbc.queryForList("select code from track where call_id = ? order by position", String.class,
                    callId)).containsExactly("GENERAL", "CONVERGENT");
            j.check("5-draft");
            j.click("#publish-call");
            j.waitForText("공고를 게시했습니다");
            assertThat(j.find("h1").getText()).isEqualTo(title);
            assertThat(j.text()).contains("5,000만원", "2억원", "경상남도").doesNotContain("정정 내역");
            assertThat(j.find("#required-documents").getText()).contains("사업계획서", "중소기업 확인서");
            assertThat(j.find("#call-declarations").getText()).contains("참여제한 없음", "국세·지방세 체납 없음")
                    .doesNotContain("휴·폐업");
            assertThat(j.find("#cost-shares").getText()).contains("산업통상자원부", "70%", "참여기업", "30%");
            assertThat(j.all(".apply-box form")).as("an officer does not apply; they find the call's terms").isEmpty();
            assertThat(j.find("#call-terms").getText()).isEqualTo("공고 내용·정정");
            assertThat(j.find("#contact").getText()).contains("김담당", "042-123-4567");
            assertThat(j.find("#schedule").getText()).contains("요건검토", "평가",
                    SeoulTime.notice(now.plusDays(40).toLocalDate()));
            var ics = j.download(j.find("#add-to-calendar").getDomAttribute("href"));
            assertThat(ics.statusCode()).isEqualTo(200);
            assertThat(new String(ics.body(), java.nio.charset.StandardCharsets.UTF_8).split("BEGIN:VEVENT", -1))
                    .as("the deadline and the announcement").hasSize(3);
            j.check("6-published");

            j.open("/office/programs");
            j.find("#program-" + programId).findElement(By.linkText("정정공고")).click();
            j.waitForText("정정 사유");
            j.dateTime("#closesAt", now.plusDays(27).withHour(18).withMinute(0));
            j.type("[id='tracks[1].cap']", "1억 5,000만원");
            j.type("#reason", "접수 기간 연장 요청이 많아 마감을 1주 늦추고 융합형 한도를 조정합니다.");
            j.check("7-amending");
            j.clickTextAndWaitForNextPage("정정공고 게시");
            j.waitForText("정정공고를 게시했습니다");
            assertThat(j.find("#amendment-notice").getText()).contains("1번 정정");
            assertThat(j.find("#amendments").getText()).contains("1차 정정", "접수 기간 연장 요청이 많아",
                    "접수 마감:", "유형 융합형: 과제당 최대 2억원", "→ 과제당 최대 1억 5,000만원");
            j.check("8-call-amended");

            j.clickText("알림마당");
            j.waitForText("[정정공고] " + title);
            j.clickText("[정정공고] " + title);
            j.waitForText("정정 사유");
            assertThat(j.text()).contains("접수 기간 연장 요청이 많아", "접수 마감:");
            j.check("9-board-post");
            j.signOut();

            // a company applying meets one upload slot per required document, and the checklist names what is missing
            j.signIn("applicant", "jiwon-applicant-demo");
            j.open("/calls/" + callId);
            j.clickText("신청서 작성하기");
            j.waitForText("검토·제출");
            assertThat(j.find("#document-slots").getText()).contains("사업계획서", "중소기업 확인서", "아직 없음");
            assertThat(j.find("#presubmit-checklist").getText()).contains("“사업계획서”", "“중소기업 확인서”");
            java.nio.file.Path plan = java.nio.file.Files.createTempFile("plan", ".pdf");
            java.nio.file.Files.write(plan, kr.jiwon.applications.ApplicationsFixtures.PDF);
            j.upload("#upload-0", plan);
            j.find("#slot-0 button[type='submit']:not(.button-small)").click();
            j.waitForText("올림");
            assertThat(j.find("#slot-0").getText()).contains("올림", plan.getFileName().toString());
            assertThat(j.find("#slot-1").getText()).contains("아직 없음");
            assertThat(j.find("#presubmit-checklist").getText()).doesNotContain("“사업계획서”")
                    .contains("“중소기업 확인서”");
            assertThat(jdbc.queryForObject("select slot from application_document d join application a"
                    + " on a.id = d.application_id where a.call_id = ?", String.class, callId)).isEqualTo("사업계획서");
            j.scrollTo("#document-slots");
            j.check("10-document-slots");
        }
    }

    @Autowired
    kr.jiwon.programs.ProgramManagement programs;

    @Test
    void anOfficerRegistersAPlanCorrectsItAndPutsAProgramUnderIt() throws Exception {
        String code = "P" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        long programId = programs.createProgram(new kr.jiwon.programs.NewProgram(null, code, "뿌리기업 자동화 지원 "
                + code, "산업통상자원부", null, kr.jiwon.shared.Won.ofEok(10), null, null, null, null, null, null)).id();
        String title = "뿌리산업 진흥 실행계획 " + code;
        try (Journey j = new Journey("http://localhost:" + port, "plan-admin")) {
            j.signIn("officer", "jiwon-officer-demo");
            j.clickText("사업 관리");
            j.clickText("사업·공고 설정");
            j.waitForUrl(".*/office/programs");
            j.clickText("실행계획 등록");
            j.waitForUrl(".*/office/plans/new");
            j.type("#fiscalYear", "2027");
            j.type("#title", title);
            j.type("#ministry", "산업통상자원부");
            j.type("#totalBudget", "아주 많이");
            j.type("#previousYearTotal", "4,057억원");
            j.click("#save-plan");
            j.waitForText("예산");
            assertThat(j.find("#totalBudget").getDomAttribute("aria-invalid")).isEqualTo("true");
            assertThat(j.find("#title").getDomProperty("value")).as("what was typed is kept").isEqualTo(title);
            j.check("1-plan-refused");
            j.type("#totalBudget", "6,369억원");
            j.click("#save-plan");
            j.waitForText("저장했습니다");
            long planId = jdbc.queryForObject("select id from plan where title = ?", Long.class, title);
            j.check("2-plan-saved");

            j.find("a[href='/office/plans/" + planId + "/edit']").click();
            j.waitForUrl(".*/office/plans/" + planId + "/edit");
            j.type("#title", title + " (수정)");
            j.click("#save-plan");
            j.waitForText("저장했습니다");
            assertThat(j.text()).contains(title + " (수정)");
            j.check("3-plan-corrected");

            j.find("a[href='/office/programs/" + programId + "/edit']").click();
            j.waitForUrl(".*/office/programs/" + programId + "/edit");
            new org.openqa.selenium.support.ui.Select(j.find("#planId")).selectByValue(String.valueOf(planId));
            j.type("#annualBudget", "12억원");
            j.check("4-program-editing");
            j.click("#save-program");
            j.waitForText("저장했습니다");
            assertThat(j.find("#program-" + programId).getText()).contains("12억원");
            j.find("#program-" + programId).findElement(By.cssSelector("a[href='/programs/" + programId + "']"))
                    .click();
            j.waitForUrl(".*/programs/" + programId);
            assertThat(j.find("a[href='/plans/" + planId + "']").getText()).isEqualTo(title + " (수정)");
            j.check("5-program-public");
        }
    }
}
