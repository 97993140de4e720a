package kr.jiwon.applications;

import static kr.jiwon.applications.ApplicationsFixtures.PDF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import kr.jiwon.companies.CompanyManagement;
import kr.jiwon.programs.Call;
import kr.jiwon.shared.BusinessRegistrationNumber;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A newcomer's journey through the web pages: sign up, log in, write (autosaved), attach, submit, receipt, withdraw. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"embedded", "test"})
class ApplicationWebJourneyIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationsFixtures fixtures;
    @Autowired
    CompanyManagement companies;
    @Autowired
    JdbcTemplate jdbc;

    private String signUp(String email) throws Exception {
        String brn = ApplicationsFixtures.newBrn();
        mvc.perform(post("/signup").with(csrf())
                .param("businessRegistrationNumber",
                        brn.substring(0, 3) + "-" + brn.substring(3, 5) + "-" + brn.substring(5))
                .param("companyName", "(주)새내기정밀").param("size", "SME").param("regionCode", "51750")
                .param("industryFields", "기계금속, 자동차").param("sobujang", "true").param("rootCompany", "true")
                .param("rootTechnologies", "RT01").param("name", "이새봄").param("email", email)
                .param("password", "newcomer-pass-1"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login?signedUp"));
        return brn;
    }

    @Test
    void aNewcomerSignsUpWritesAttachesSubmitsSeesTheReceiptAndWithdraws() throws Exception {
        String email = "newcomer-" + System.nanoTime() + "@test.kr";
        String brn = signUp(email);
        assertThat(companies.findByBusinessRegistrationNumber(BusinessRegistrationNumber.parse(brn))).isPresent();

        // the real login form, with its session kept in the database
        mvc.perform(post("/login").with(csrf()).param("username", email).param("password", "newcomer-pass-1"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/"));
        assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Integer.class,
                email)).isEqualTo(1);

        RequestPostProcessor me = user(email).roles("APPLICANT");
        Call call = fixtures.openCall();
        String location = mvc.perform(post("/calls/" + call.id() + "/apply").with(me).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/applications/*/edit"))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.split("/")[2]);
        mvc.perform(get(location).with(me))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("신청서 작성"), containsString("자동으로 저장"),
                        containsString("name=\"_csrf\""), containsString("data-autosave="))));

        // autosave while typing: a half-typed amount is reported beside its field and the rest is kept
        String saved = mvc.perform(put("/applications/" + id + "/draft").with(me).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                        "{\"version\": 0, \"title\": \"기공 불량 개선\", \"bottleneck\": \"다이캐스팅 부품에 기공이 생겨 불량률이 8%입니다. 원인을 찾고 싶습니다.\","
                                + " \"requestedAmount\": \"4천만원ㅇ\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.errors[0].field").value("requestedAmount"))
                .andReturn().getResponse().getContentAsString();
        long version = ((Number) JsonPath.read(saved, "$.version")).longValue();
        mvc.perform(put("/applications/" + id + "/draft").with(me).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\": 0, \"title\": \"오래된 탭\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.current.title").value("기공 불량 개선"));
        mvc.perform(get(location).with(me)).andExpect(content().string(containsString("기공 불량 개선")));

        mvc.perform(multipart("/applications/" + id + "/documents")
                .file(new MockMultipartFile("file", "사업계획서.pdf", "application/pdf", PDF)).with(me).with(csrf()))
                .andExpect(status().is3xxRedirection());

        // submitting with something missing shows every problem beside its field, nothing is lost
        mvc.perform(post("/applications/" + id + "/submit").with(me).with(csrf())
                .param("version", String.valueOf(version)).param("trackCode", "GENERAL")
                .param("title", "기공 불량 개선").param("bottleneck", "다이캐스팅 부품에 기공이 생겨 불량률이 8%입니다. 원인을 찾고 싶습니다.")
                .param("requestedAmount", "4천만원").param("durationMonths", "10").param("submitToken", "tok-" + id))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"contactName-error\""),
                        containsString("id=\"contactPhone-error\""), containsString("확인할 항목이"))));
        long v2 = jdbc.queryForObject("select version from application where id = ?", Long.class, id);
        String receiptUrl = mvc.perform(post("/applications/" + id + "/submit").with(me).with(csrf())
                .param("version", String.valueOf(v2)).param("trackCode", "GENERAL")
                .param("title", "기공 불량 개선").param("bottleneck", "다이캐스팅 부품에 기공이 생겨 불량률이 8%입니다. 원인을 찾고 싶습니다.")
                .param("requestedAmount", "4천만원").param("durationMonths", "10").param("contactName", "이새봄")
                .param("contactPhone", "033-370-1234").param("contactEmail", email).param("submitToken", "tok-" + id))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(receiptUrl).isEqualTo("/applications/" + id + "/receipt");
        String receipt = jdbc.queryForObject("select receipt_number from application where id = ?", String.class, id);
        mvc.perform(get(receiptUrl).with(me))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("접수증"), containsString(receipt),
                        containsString("(주)새내기정밀"), containsString("4,000만원"))));
        // a double click on submit: the same receipt, no second application
        mvc.perform(post("/applications/" + id + "/submit").with(me).with(csrf()).param("submitToken", "tok-" + id))
                .andExpect(redirectedUrl(receiptUrl));
        assertThat(jdbc.queryForObject("select receipt_number from application where id = ?", String.class, id))
                .isEqualTo(receipt);

        // without ticking the confirmation nothing is withdrawn
        mvc.perform(post("/applications/" + id + "/withdraw").with(me).with(csrf()).param("reason", "보완 후 재제출"))
                .andExpect(redirectedUrl("/applications/" + id));
        assertThat(jdbc.queryForObject("select status from application where id = ?", String.class, id))
                .isEqualTo("SUBMITTED");
        mvc.perform(post("/applications/" + id + "/withdraw").with(me).with(csrf()).param("reason", "보완 후 재제출")
                .param("confirmed", "true"))
                .andExpect(redirectedUrl("/applications/" + id));
        mvc.perform(get("/applications/" + id).with(me))
                .andExpect(content().string(allOf(containsString("철회"), containsString("보완 후 재제출"),
                        containsString("다시 작성하기"))));
    }

    @Test
    void aWrongRegistrationNumberIsShownBesideItsFieldAndNothingIsStored() throws Exception {
        long before = companies.count();
        mvc.perform(post("/signup").with(csrf()).param("businessRegistrationNumber", "123-45-00017")
                .param("companyName", "오류기업").param("size", "SME").param("regionCode", "41590")
                .param("name", "홍길동").param("email", "wrong-brn@test.kr").param("password", "password-123"))
                .andExpect(status().isOk())
                .andExpect(content().string(
                        allOf(containsString("id=\"businessRegistrationNumber-error\""), containsString("검증번호 불일치"))));
        assertThat(companies.count()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from account where username = 'wrong-brn@test.kr'",
                Integer.class)).isZero();
    }

    @Test
    void aSecondUserOfARegisteredCompanyIsToldToAskAColleague() throws Exception {
        String brn = signUp("first-" + System.nanoTime() + "@test.kr");
        mvc.perform(post("/signup").with(csrf()).param("businessRegistrationNumber", brn)
                .param("companyName", "(주)새내기정밀").param("size", "SME").param("regionCode", "51750")
                .param("name", "둘째").param("email", "second-" + System.nanoTime() + "@test.kr")
                .param("password", "password-123"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("이미 가입된 기업입니다")));
    }

    @Test
    void aCompanyUserAddsAColleagueWhoSeesTheSameApplications() throws Exception {
        var c = fixtures.company();
        Call call = fixtures.openCall();
        RequestPostProcessor first = user(c.user().username()).roles("APPLICANT");
        String location = mvc.perform(post("/calls/" + call.id() + "/apply").with(first).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        String colleague = "colleague-" + System.nanoTime() + "@test.kr";
        mvc.perform(post("/my/company/members").with(first).with(csrf()).param("email", colleague)
                .param("name", "박동료"))
                .andExpect(redirectedUrl("/my/company"));
        mvc.perform(get("/my/company").with(first)).andExpect(content().string(containsString(colleague)));
        mvc.perform(get(location).with(user(colleague).roles("APPLICANT"))).andExpect(status().isOk());
        mvc.perform(post("/my/company/members").with(first).with(csrf()).param("email", colleague)
                .param("name", "중복"))
                .andExpect(redirectedUrl("/my/company"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attributeExists("errors"));
        mvc.perform(get("/my/company").with(user("officer").roles("OFFICER"))).andExpect(status().isForbidden());
    }

    @Test
    void aSignUpWithAnAddressThatHasAnAccountAnswersAsUsualCreatesNothingAndTellsTheOwner() throws Exception {
        String email = "taken-" + System.nanoTime() + "@test.kr";
        signUp(email);
        long companies = this.companies.count();
        String brn = ApplicationsFixtures.newBrn();
        mvc.perform(post("/signup").with(csrf()).param("businessRegistrationNumber", brn)
                .param("companyName", "(주)다른회사").param("size", "SME").param("regionCode", "51750")
                .param("name", "누군가").param("email", email).param("password", "another-phrase-55"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login?signedUp"));
        assertThat(this.companies.count()).as("no company made").isEqualTo(companies);
        assertThat(jdbc.queryForObject("select count(*) from notification where username = ? and kind = 'ACCOUNT'",
                Integer.class, email)).as("the owner is told").isEqualTo(1);
        mvc.perform(post("/login").with(csrf()).param("username", email).param("password", "another-phrase-55"))
                .andExpect(redirectedUrl("/login?error"));
    }

    /** A request as if from this client address. */
    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void repeatedWrongPasswordsLockThatPlaceForAWhileNotTheOwnerElsewhereAndTellNothing() throws Exception {
        String email = "locked-" + System.nanoTime() + "@test.kr";
        signUp(email);
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/login").with(csrf()).with(from("203.0.113.7")).param("username", email)
                    .param("password", "wrong-" + i)).andExpect(redirectedUrl("/login?error"));
        }
        // the right password from the guessing address gets the same answer as a wrong one
        mvc.perform(post("/login").with(csrf()).with(from("203.0.113.7")).param("username", email)
                .param("password", "newcomer-pass-1")).andExpect(redirectedUrl("/login?error"));
        // the owner, from their own address, signs in
        mvc.perform(post("/login").with(csrf()).with(from("198.51.100.20")).param("username", email)
                .param("password", "newcomer-pass-1")).andExpect(redirectedUrl("/"));
        mvc.perform(get("/login").param("error", "")).andExpect(content().string(containsString("15분")));
    }

    @Test
    void oneAddressTryingManyAccountsIsStopped() throws Exception {
        String email = "stuffing-" + System.nanoTime() + "@test.kr";
        signUp(email);
        for (int i = 0; i < 30; i++) {
            mvc.perform(post("/login").with(csrf()).with(from("192.0.2.99")).param("username", "someone" + i
                    + "@test.kr").param("password", "wrong-" + i)).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(post("/login").with(csrf()).with(from("192.0.2.99")).param("username", email)
                .param("password", "newcomer-pass-1")).andExpect(redirectedUrl("/login?error"));
        mvc.perform(post("/login").with(csrf()).with(from("192.0.2.100")).param("username", email)
                .param("password", "newcomer-pass-1")).andExpect(redirectedUrl("/"));
    }

    @Test
    void anOfficerScreensOnTheOfficePages() throws Exception {
        var c = fixtures.company();
        Call call = fixtures.openCall();
        long id = Long.parseLong(mvc.perform(post("/calls/" + call.id() + "/apply")
                .with(user(c.user().username()).roles("APPLICANT")).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl().split("/")[2]);
        RequestPostProcessor officer = user("officer").roles("OFFICER");
        mvc.perform(get("/office").with(officer)).andExpect(status().isOk())
                .andExpect(content().string(containsString(call.title())));
        mvc.perform(get("/office/calls/" + call.id() + "/applications").with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("엑셀 내려받기"), containsString("모두 0건"))));
        assertThat(id).isPositive();
        mvc.perform(get("/office/audit").param("targetId", String.valueOf(id)).with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("APPLICATION_START")));
    }
}
