package kr.jiwon.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import kr.jiwon.applications.Application;
import kr.jiwon.applications.ApplicationForm;
import kr.jiwon.applications.ApplicationManagement;
import kr.jiwon.applications.ApplicationsFixtures;
import kr.jiwon.applications.DocumentManagement;
import kr.jiwon.companies.Company;
import kr.jiwon.companies.CompanyManagement;
import kr.jiwon.companies.NewCompany;
import kr.jiwon.programs.Call;
import kr.jiwon.programs.CallManagement;
import kr.jiwon.programs.NewCall;
import kr.jiwon.review.ReviewFixtures;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.CompanySize;
import kr.jiwon.shared.CurrentUser;
import kr.jiwon.shared.TextList;
import kr.jiwon.shared.Won;
import kr.jiwon.testing.Journey;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The eligibility programs really have, in headless Chromium: a company keeps its profile (plant apart from the head
 * office, 확인서 numbers, 수준확인 level; errors beside the fields; audited); an officer keeps the 참여제한 register;
 * a restricted company that only ticked its 소부장 status and confirmed nothing is refused with every reason at once,
 * and a restriction recorded after a submission shows in the screening list's automatic check.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"embedded", "test"})
class EligibilityJourneyBrowserIntegrationTests {

    static final TextList ALL = TextList.of("NO_PARTICIPATION_RESTRICTION", "NO_TAX_ARREARS", "IN_BUSINESS",
            "NO_DUPLICATE_FUNDING");

    @LocalServerPort
    int port;
    @Autowired
    ApplicationsFixtures fixtures;
    @Autowired
    ReviewFixtures review;
    @Autowired
    CompanyManagement companies;
    @Autowired
    ApplicationManagement applications;
    @Autowired
    DocumentManagement documents;
    @Autowired
    CallManagement calls;
    @Autowired
    JdbcTemplate jdbc;

    private Journey journey(String prefix) {
        return new Journey("http://localhost:" + port, prefix);
    }

    @Test
    void aCompanyKeepsItsProfileWithEvidenceAndItsPlantApartFromTheHeadOffice() throws Exception {
        var cu = fixtures.company(CompanySize.SME, "11680", false, false);
        try (Journey j = journey("company-profile")) {
            j.signIn(cu.user().username(), ApplicationsFixtures.PASSWORD);
            j.clickText("우리 회사");
            j.waitForText("회사 정보");
            assertThat(j.find("#company-summary").getText()).contains("본사와 같음").doesNotContain("인구감소지역");
            j.click("#edit-company");
            j.waitForText("회사 정보 수정");
            new Select(j.find("#plantRegionCode")).selectByValue("48880");
            j.type("#rootCertificate", "제2024-뿌리-0077호");
            new Select(j.find("#smartFactoryLevel")).selectByValue("2");
            j.type("#smartFactoryCertificate", "수준확인-2025-1234");
            j.clickTextAndWaitForNextPage("저장하기");
            assertThat(j.find("#rootCertificate-error").getText()).isEqualTo("뿌리기업을 고를 때만 확인서 번호를 입력합니다.");
            assertThat(j.find("#rootCertificate").getDomProperty("value")).isEqualTo("제2024-뿌리-0077호");
            assertThat(new Select(j.find("#plantRegionCode")).getFirstSelectedOption().getDomAttribute("value"))
                    .as("what was typed is kept").isEqualTo("48880");
            j.check("1-certificate-without-status");
            j.click("#rootCompany");
            j.clickTextAndWaitForNextPage("저장하기");
            j.waitForText("회사 정보를 저장했습니다.");
            assertThat(j.find("#company-summary").getText()).contains("경상남도 거창군", "인구감소지역",
                    "제2024-뿌리-0077호", "Level 2 (모니터링)");
            j.check("2-saved");
        }
        Company c = companies.company(cu.company().id());
        assertThat(c.siteRegionCode()).isEqualTo("48880");
        assertThat(c.rootCompanyConfirmed()).isTrue();
        assertThat(c.smartFactoryLevel()).isEqualTo(2);
        assertThat(companies.siteRegionOf(c).declineArea()).isTrue();
        assertThat(jdbc.queryForObject("select detail from audit_event where action = 'COMPANY_PROFILE'"
                + " and target_id = ?", String.class, String.valueOf(c.id()))).contains("사업장=48880",
                        "뿌리기업=true 제2024-뿌리-0077호");
    }

    @Test
    void aRestrictedCompanyWithoutEvidenceIsRefusedWithEveryReasonAndScreeningSeesLateRestrictions() throws Exception {
        Call call = fixtures.call(Instant.now().minusSeconds(3600), Instant.now().plusSeconds(20 * 86_400),
                new NewCall.NewEligibility(TextList.of("SME"), true, false, null, false, null, null, ALL), 0, null);
        // ticked 소부장 at sign-up, never entered the 확인서 number
        Company ticked = companies.register(new NewCompany(ApplicationsFixtures.newBrn(), "(주)체크만한기업",
                CompanySize.SME, "48250", TextList.of("기계금속"), true, false, null));
        CurrentUser user = fixtures.user(ticked, "ticked" + System.nanoTime() + "@test.kr");
        Actor actor = new Actor(user.username(), "APPLICANT", "127.0.0.1");
        Application a = applications.start(user, call.id(), "GENERAL", actor);
        applications.write(user, a.id(), new ApplicationForm(a.version(), "GENERAL", "주조 결함 저감",
                "주철 주물의 수축공 결함을 해석으로 줄이고 싶습니다. 탕구 설계를 바꾸려 합니다.", TextList.of("기계금속"),
                TextList.EMPTY, TextList.EMPTY, Won.ofManwon(3000), 10, Won.ofManwon(500), "김지원", "055-123-4567",
                user.username()), actor);
        documents.attach(user, a.id(), "plan.pdf", new java.io.ByteArrayInputStream(ApplicationsFixtures.PDF),
                actor);
        // another company has already submitted; its restriction is recorded afterwards
        var early = review.submitted(call.id(), "48250", Won.ofManwon(4000), List.of("기계금속"), List.of());
        try (Journey j = journey("restrictions")) {
            j.signIn("officer", "jiwon-officer-demo");
            j.clickText("사업 관리");
            j.clickText("참여제한 기업");
            j.waitForText("참여제한 기록");
            j.type("#businessRegistrationNumber", "123-45-67891");
            j.date("#startsOn", java.time.LocalDate.now().minusDays(30));
            j.date("#endsOn", java.time.LocalDate.now().minusDays(40));
            j.clickTextAndWaitForNextPage("기록하기");
            assertThat(j.text()).contains("종료일이 시작일보다 앞설 수 없습니다.");
            assertThat(j.find("#basis-error").getText()).isEqualTo("필수 입력 항목입니다.");
            j.check("1-refused");
            for (String brn : List.of(ticked.businessRegistrationNumber().formatted(), early.brn())) {
                j.type("#businessRegistrationNumber", brn);
                j.date("#startsOn", java.time.LocalDate.now().minusDays(30));
                j.date("#endsOn", java.time.LocalDate.now().plusYears(1));
                j.type("#basis", "국가연구개발혁신법 제32조에 따른 참여제한 처분 통보");
                j.clickTextAndWaitForNextPage("기록하기");
                j.waitForText("참여제한을 기록했습니다.");
            }
            assertThat(j.text()).contains("(주)체크만한기업", "제한 중");
            j.check("2-register");
            j.signOut();

            j.signIn(user.username(), ApplicationsFixtures.PASSWORD);
            j.open("/applications/" + a.id() + "/edit");
            j.waitForText("확인·서약");
            j.clickTextAndWaitForNextPage("제출하기");
            String page = j.find("#error-summary").getText();
            assertThat(page).contains("참여제한 기간", "국가연구개발혁신법 제32조", "확인서 번호",
                    "확인·서약 “참여제한 없음”에 동의해야", "확인·서약 “국세·지방세 체납 없음”에 동의해야");
            j.check("3-refused-at-once");
            for (String d : ALL.values()) {
                j.click("#declaration-" + d);
            }
            j.clickTextAndWaitForNextPage("제출하기");
            page = j.find("#error-summary").getText();
            assertThat(page).contains("참여제한 기간", "확인서 번호").doesNotContain("동의해야");
            assertThat(j.all("#declaration-NO_TAX_ARREARS").get(0).isSelected()).as("the ticks are kept").isTrue();
            j.check("4-declared-still-restricted");
            j.signOut();

            j.signIn("officer", "jiwon-officer-demo");
            calls.close(call.id());
            j.open("/office/calls/" + call.id() + "/applications");
            j.waitForText(early.application().title());
            assertThat(j.text()).contains("참여제한 기간");
            j.check("5-screening-flags-restriction");
        }
    }
}
