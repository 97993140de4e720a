package kr.jiwon.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import kr.jiwon.applications.ApplicationsFixtures;
import kr.jiwon.shared.SeoulTime;
import kr.jiwon.testing.Journey;
import kr.jiwon.testing.MutableClock;
import kr.jiwon.testing.TestClockConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * 협약 해약 in headless Chromium: two months into a project, after its company asked in writing to stop, the officer
 * finds it in 과제 관리, opens 협약 해약 on its page, is refused beside the fields for a date still to come and a missing
 * confirmation (what was typed stays), then ends the agreement as of the day the company stopped. The project is
 * being settled, the later spending is marked not recognised, and the settlement is confirmed with the grant not
 * spent to be returned. The company follows its notice to the project page; the institute that took part is told.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"embedded", "test"})
@Import(TestClockConfiguration.class)
class ProjectTerminationBrowserIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    ProjectFixtures fixtures;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theOfficerEndsARunningAgreementAndItIsSettledAsOfThatDay() throws Exception {
        ProjectFixtures.Awarded a = fixtures.runningWithSpending("END");
        String number = a.project().number();
        LocalDate start = a.project().startsOn();
        LocalDate stopped = start.plusDays(30);
        try (Journey j = new Journey("http://localhost:" + port, "project-terminated")) {
            j.signIn("officer", "jiwon-officer-demo");
            j.clickText("사업 관리");
            j.clickText("과제 관리(협약·집행·정산)");
            j.type("#q", number);
            j.clickAndWaitForNextPage(".filters button[type=submit]");
            j.clickText(a.project().plan().planTitle());
            j.waitForText("사업비 집행");
            j.find("#terminate summary").click();
            new Select(j.find("#terminationKind")).selectByValue("COMPANY_REQUEST");
            j.date("#terminatedOn", start.plusDays(61));
            j.type("#terminationReason", "대표 사임으로 과제 중단 요청(공문 제2027-15호)");
            j.clickAndWaitForNextPage("#terminate-button");
            j.waitForText("해약일은 오늘");
            assertThat(j.find("#terminatedOn-error").getText()).contains(SeoulTime.notice(start.plusDays(60)));
            assertThat(j.find("#terminateConfirmed-error").getText()).contains("되돌릴 수 없음을 확인하는 칸");
            assertThat(j.find("#terminationReason").getDomProperty("value")).as("what was typed stays")
                    .isEqualTo("대표 사임으로 과제 중단 요청(공문 제2027-15호)");
            assertThat(new Select(j.find("#terminationKind")).getFirstSelectedOption().getText())
                    .isEqualTo("기업의 중단 요청(중도 포기)");
            assertThat(j.find("#project-status").getText()).isEqualTo("수행 중");
            j.check("1-refused");
            j.date("#terminatedOn", stopped);
            j.find("#terminate input[name=confirmed]").click();
            j.clickAndWaitForNextPage("#terminate-button");
            j.waitForText("협약을 해약했습니다. 정산을 시작합니다.");
            assertThat(j.find("#project-status").getText()).isEqualTo("정산 중");
            assertThat(j.find("#termination").getText()).contains(SeoulTime.notice(stopped) + "자 해약",
                    "기업의 중단 요청(중도 포기)", "공문 제2027-15호");
            assertThat(j.find("#next").getText()).contains("협약이 해약되어 정산 중입니다");
            assertThat(j.all("#terminate")).as("ended once").isEmpty();
            assertThat(j.find("#settlement-terminated").getText()).contains("이후의 집행은 인정되지 않습니다");
            WebElement late = j.all("table tbody tr").stream().filter(r -> r.getText().contains("END2"))
                    .findFirst().orElseThrow();
            assertThat(late.getText()).contains("불인정", "협약 해약일 " + SeoulTime.notice(stopped) + " 이후 집행");
            assertThat(j.all("ol.timeline li")).last().extracting(WebElement::getText).asString()
                    .contains("협약 해약", "— " + SeoulTime.notice(stopped) + " 대표 사임으로");
            j.check("2-terminated");

            j.scrollTo("#settlement");
            j.type("#interest", "0");
            j.find("form[action$='/settlement'] input[name=confirmed]").click();
            j.clickAndWaitForNextPage("form[action$='/settlement'] button[type=submit]");
            j.waitForText("정산서 PDF");
            assertThat(j.find("#project-status").getText()).isEqualTo("종료");
            String toReturn = j.find("#to-return").getText();
            assertThat(toReturn).endsWith("원").isNotEqualTo("0원");
            j.check("3-settled");

            // 반납: the officer records what came back, refused first above what is owed
            assertThat(j.find("#repayment-state").getText()).isEqualTo("미반납 " + toReturn + " (반납액 " + toReturn + ")");
            j.date("#repaidOn", start.plusDays(60));
            j.type("#repaidAmount", "9억원");
            j.clickAndWaitForNextPage("#repayment-button");
            j.waitForText("남은 반납액은");
            assertThat(j.find("#repaidAmount-error").getText()).contains(toReturn);
            assertThat(j.find("#repaidAmount").getDomProperty("value")).as("what was typed stays").isEqualTo("9억원");
            j.check("3a-repayment-refused");
            j.type("#repaidAmount", toReturn);
            j.clickAndWaitForNextPage("#repayment-button");
            j.waitForText("반납을 기록했습니다.");
            assertThat(j.find("#repayment-state").getText()).isEqualTo("반납 완료: " + toReturn + "을(를) 모두 반납했습니다.");
            assertThat(j.all("#repayment-form")).as("nothing more is owed").isEmpty();

            // 참여제한 is a decision of its own: the page offers the register with the company and ground filled in
            assertThat(j.find("#restriction-state").getText()).contains("참여제한 기록 없음");
            j.clickAndWaitForNextPage("#restriction-link");
            j.waitForText("참여제한 기록");
            assertThat(j.find("#businessRegistrationNumber").getDomProperty("value")).matches("\\d{3}-\\d{2}-\\d{5}");
            String ground = "과제 " + number + " 협약 해약(기업의 중단 요청(중도 포기), " + SeoulTime.notice(stopped) + " 해약)";
            assertThat(j.find("#basis").getDomProperty("value")).isEqualTo(ground);
            LocalDate today = start.plusDays(60);
            j.date("#startsOn", today);
            j.date("#endsOn", today.plusYears(1).minusDays(1));
            j.find("#basis").sendKeys(" · 정당한 사유 없는 중단, 제재처분 통보 제2027-3호");
            j.check("3b-restriction-form");
            j.clickAndWaitForNextPage("#restriction-form button[type=submit]");
            j.waitForText("참여제한을 기록했습니다.");
            WebElement entry = j.all("table tbody tr").stream().filter(r -> r.getText().contains("제2027-3호"))
                    .findFirst().orElseThrow();
            assertThat(entry.getText()).contains(ground, "제한 중");
            j.check("3c-restriction-recorded");
            j.clickText("사업 관리");
            j.clickText("과제 관리(협약·집행·정산)");
            j.type("#q", number);
            j.clickAndWaitForNextPage(".filters button[type=submit]");
            j.clickText(a.project().plan().planTitle());
            j.waitForText("정산서 PDF");
            assertThat(j.find("#restriction-state").getText()).contains("참여제한 " + SeoulTime.notice(today) + " ~ "
                    + SeoulTime.notice(today.plusYears(1).minusDays(1)));
            j.scrollTo("#termination");
            j.check("3d-restriction-on-project");
            j.signOut();

            j.signIn(a.company().username(), ApplicationsFixtures.PASSWORD);
            j.click("#nav-notifications");
            j.waitForText("과제 " + number + " 협약 해약");
            WebElement told = j.all(".notification-list li").stream()
                    .filter(li -> li.getText().contains(number + " 협약 해약")).findFirst().orElseThrow();
            assertThat(told.getText()).contains("기업의 중단 요청(중도 포기)", "공문 제2027-15호");
            WebElement page = j.find("html");
            told.findElement(By.linkText("자세히 보기")).click();
            j.waitUntilGone(page);
            j.waitForText("협약 해약");
            assertThat(j.find("#termination").getText()).contains(SeoulTime.notice(stopped) + "자 해약");
            assertThat(j.find("#to-return").getText()).isEqualTo(toReturn);
            assertThat(j.find("#repayment-state").getText()).startsWith("반납 완료");
            assertThat(j.all("#terminate")).as("only officers end agreements").isEmpty();
            assertThat(j.all("#restriction-link")).as("only officers record restrictions").isEmpty();
            j.check("4-company");
            j.signOut();

            j.signIn("institute", "jiwon-institute-demo");
            j.click("#nav-notifications");
            j.waitForText("참여 과제 " + number + " 협약 해약");
            j.check("5-institute");
            WebElement news = j.all(".notification-list li").stream()
                    .filter(li -> li.getText().contains(number + " 협약 해약")).findFirst().orElseThrow();
            page = j.find("html");
            news.findElement(By.linkText("자세히 보기")).click();
            j.waitUntilGone(page);
            j.waitForText("참여 과제");
            assertThat(j.find("#termination").getText()).contains(SeoulTime.notice(stopped) + "자 해약");
            j.check("6-institute-project");
        }
    }
}
