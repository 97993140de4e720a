package kr.jiwon.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import kr.jiwon.applications.ApplicationsFixtures;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.SeoulTime;
import kr.jiwon.shared.Won;
import kr.jiwon.testing.ApiTestSupport;
import kr.jiwon.testing.MutableClock;
import kr.jiwon.testing.TestClockConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The projects API as integrating systems use it (HTTP Basic): the same rules as the pages, bad input as
 * problem+json naming the field and the rule, other companies' projects forbidden, nothing stored on refusal.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"embedded", "test"})
@Import(TestClockConfiguration.class)
class ProjectApiIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ProjectFixtures fixtures;
    @Autowired
    ApplicationsFixtures companies;
    @Autowired
    Agreements agreements;
    @Autowired
    ProjectManagement projects;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static RequestPostProcessor as(ProjectFixtures.Awarded a) {
        return httpBasic(a.company().username(), ApplicationsFixtures.PASSWORD);
    }

    @Test
    void aCompanyWorksItsProjectThroughTheApiWithinTheSameRules() throws Exception {
        ProjectFixtures.Awarded a = fixtures.awarded();
        long id = a.project().id();
        String url = "/api/v1/projects/" + id;
        mvc.perform(get("/api/v1/projects").with(as(a))).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].number").value(a.project().number()))
                .andExpect(jsonPath("$[0].grant").value(50_000_000));
        var other = companies.company();
        mvc.perform(get(url).with(httpBasic(other.user().username(), ApplicationsFixtures.PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        mvc.perform(post(url + "/plan").with(as(a)).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.step").value("BUDGET"));
        mvc.perform(put(url + "/budget").with(as(a)).contentType(MediaType.APPLICATION_JSON).content("""
                {"categories": {"인건비": "5천만원"}, "funders": {"GOVERNMENT": 50000000}}"""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("funders[GOVERNMENT]")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("75% 이하")));
        assertThat(jdbc.queryForObject("select count(*) from project_budget_line where project_id = ?",
                Integer.class, id)).isZero();
        mvc.perform(put(url + "/budget").with(as(a)).contentType(MediaType.APPLICATION_JSON).content("""
                {"categories": {"인건비": 30000000, "재료비": 15000000, "장비·시설비": 10000000,
                  "위탁연구비": 10000000, "간접비": 2000000},
                 "funders": {"GOVERNMENT": 50000000, "COMPANY_CASH": 5000000, "COMPANY_IN_KIND": 12000000}}"""))
                .andExpect(status().isOk()).andExpect(jsonPath("$.step").value("DEPOSIT"))
                .andExpect(jsonPath("$.funders.COMPANY_CASH").value(5_000_000));

        Actor co = new Actor(a.company().username(), "APPLICANT", "127.0.0.1");
        agreements.recordDeposit(a.company(), id, Won.ofManwon(500), SeoulTime.today(clock),
                UploadedFile.evidence("evidence", "입금.pdf", ProjectsContract.RECEIPT), co);
        String hash = projects.currentDocument(id).orElseThrow().sha256();
        agreements.sign(a.company(), id, hash, co);
        agreements.sign(a.officer(), id, hash, new Actor("officer", "OFFICER", "127.0.0.1"));

        String pay = "{\"label\": \"선금\", \"paidOn\": \"" + SeoulTime.today(clock) + "\", \"amount\": \"3천만원\"}";
        mvc.perform(post(url + "/payments").with(as(a)).contentType(MediaType.APPLICATION_JSON).content(pay))
                .andExpect(status().isForbidden());
        mvc.perform(post(url + "/payments").with(httpBasic(ApiTestSupport.OFFICER, ApiTestSupport.OFFICER_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(pay))
                .andExpect(status().isOk()).andExpect(jsonPath("$.paid").value(30_000_000));

        clock.set(SeoulTime.toInstant(a.project().startsOn().plusDays(10).atTime(9, 0)));
        String day = a.project().startsOn().plusDays(2).toString();
        mvc.perform(post(url + "/spending").with(as(a)).contentType(MediaType.APPLICATION_JSON).content("""
                {"spentOn": "%s", "payee": "(주)관리", "amount": 3000000, "category": "간접비", "invoiceNumber": "A-1"}"""
                .formatted(day))).andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("예산을 넘습니다")));
        mvc.perform(post(url + "/spending").with(as(a)).contentType(MediaType.APPLICATION_JSON).content("""
                {"spentOn": "%s", "payee": "(주)소재", "amount": "300만원", "category": "재료비", "invoiceNumber": "A-2"}"""
                .formatted(day))).andExpect(status().isOk()).andExpect(jsonPath("$.amount").value(3_000_000));
        String csv = "거래일자,거래처,금액,비목,적요,세금계산서번호\n" + day + ",(주)소재,100000,재료비,,A-2\n";
        mvc.perform(post(url + "/spending.csv").with(as(a)).contentType("text/csv")
                .content(csv.getBytes(StandardCharsets.UTF_8))).andExpect(status().isOk())
                .andExpect(jsonPath("$.ok").value(false)).andExpect(jsonPath("$.stored").value(false))
                .andExpect(jsonPath("$.lines[0].problems[0].field").value("invoiceNumber"));
        mvc.perform(get(url + "/spending").with(as(a))).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1));
        mvc.perform(post(url + "/kpis").with(as(a)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\": \"DEFECT_RATE\", \"baseline\": 8, \"target\": 9}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("target")));
        String kpi = mvc.perform(post(url + "/kpis").with(as(a)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\": \"DEFECT_RATE\", \"baseline\": 8, \"target\": 2}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.direction").value("DOWN"))
                .andReturn().getResponse().getContentAsString();
        long kpiId = ((Number) com.jayway.jsonpath.JsonPath.read(kpi, "$.id")).longValue();
        mvc.perform(post(url + "/kpis/" + kpiId + "/measurements").with(as(a)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"measuredOn\": \"" + day + "\", \"numerator\": 60, \"denominator\": 2000}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.latest").value(3.0))
                .andExpect(jsonPath("$.improvement").value(0.625)).andExpect(jsonPath("$.met").value(false));
        mvc.perform(get(url + "/settlement").with(as(a))).andExpect(status().isOk())
                .andExpect(jsonPath("$.paid").value(30_000_000))
                .andExpect(jsonPath("$.categories[1].spent").value(3_000_000));

        // 협약 해약: officers only, a date that has come, the settlement starts
        String end = "{\"kind\": \"INSOLVENCY\", \"terminatedOn\": \"%s\", \"reason\": \"폐업 신고(국세청 확인)\"}";
        mvc.perform(post(url + "/terminate").with(as(a)).contentType(MediaType.APPLICATION_JSON)
                .content(end.formatted(day))).andExpect(status().isForbidden());
        var officer = httpBasic(ApiTestSupport.OFFICER, ApiTestSupport.OFFICER_PASSWORD);
        mvc.perform(post(url + "/terminate").with(officer).contentType(MediaType.APPLICATION_JSON)
                .content(end.formatted(a.project().startsOn().plusDays(11)))).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("terminatedOn")));
        mvc.perform(post(url + "/terminate").with(officer).contentType(MediaType.APPLICATION_JSON)
                .content(end.formatted(day))).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SETTLING"))
                .andExpect(jsonPath("$.termination.kind").value("INSOLVENCY"))
                .andExpect(jsonPath("$.termination.on").value(day));
    }

    @Test
    void reportsAndSurveysGoThroughTheApiWithTheRulesOfThePages() throws Exception {
        ProjectFixtures.Awarded a = fixtures.awarded();
        fixtures.signed(a);
        String url = "/api/v1/projects/" + a.project().id();
        var officer = httpBasic(ApiTestSupport.OFFICER, ApiTestSupport.OFFICER_PASSWORD);
        String list = mvc.perform(get(url + "/reports").with(as(a))).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].kind").value("INTERIM")).andExpect(jsonPath("$[0].status").value("DUE"))
                .andReturn().getResponse().getContentAsString();
        long interim = ((Number) com.jayway.jsonpath.JsonPath.read(list, "$[0].id")).longValue();
        String due = com.jayway.jsonpath.JsonPath.read(list, "$[0].dueOn");
        clock.set(SeoulTime.toInstant(java.time.LocalDate.parse(due).minusDays(3).atTime(9, 0)));
        mvc.perform(post(url + "/reports/" + interim).with(as(a)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"summary\": \"\"}")).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("summary")));
        mvc.perform(post(url + "/reports/" + interim).with(as(a)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"summary\": \"중간 결과\"}")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.versions[0].summary").value("중간 결과"));
        mvc.perform(post(url + "/reports/" + interim + "/decision").with(as(a))
                .contentType(MediaType.APPLICATION_JSON).content("{\"decision\": \"ACCEPT\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post(url + "/reports/" + interim + "/decision").with(officer)
                .contentType(MediaType.APPLICATION_JSON).content("{\"decision\": \"REJECT\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("검토 의견")));
        mvc.perform(post(url + "/reports/" + interim + "/decision").with(officer)
                .contentType(MediaType.APPLICATION_JSON).content("{\"decision\": \"ACCEPT\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.versions[0].decision").value("ACCEPT"));
        var other = companies.company();
        mvc.perform(get(url + "/reports").with(httpBasic(other.user().username(), ApplicationsFixtures.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get(url + "/surveys").with(as(a))).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
    }

    /**
     * 추가 선정 through the API: after an award is given up, the standing names the runner-up, says what stops each
     * candidate and carries the optimiser's proposal; selecting in place answers with the round.
     */
    @Test
    void anIntegratingSystemSeesTheProposalAndSelectsInPlace() throws Exception {
        ProjectFixtures.Contested c = fixtures.contested();
        var company = c.first().company().user();
        agreements.giveUp(company, c.project().id(), "기업부담금 마련 불가",
                new Actor(company.username(), "APPLICANT", "127.0.0.1"));
        String url = "/api/v1/calls/" + c.call().id() + "/selection/replacements";
        var officer = httpBasic(ApiTestSupport.OFFICER, ApiTestSupport.OFFICER_PASSWORD);
        mvc.perform(get(url).with(officer)).andExpect(status().isOk())
                .andExpect(jsonPath("$.left").value(50_000_000))
                .andExpect(jsonPath("$.candidates[0].applicationId").value(c.runnerUp().id()))
                .andExpect(jsonPath("$.candidates[0].keepsShare").value(true))
                .andExpect(jsonPath("$.candidates[0].institutesFree").value(true))
                .andExpect(jsonPath("$.candidates[0].proposed").value(true))
                .andExpect(jsonPath("$.proposal.applicationIds[0]").value(c.runnerUp().id()))
                .andExpect(jsonPath("$.proposal.optimal").value(true))
                .andExpect(jsonPath("$.proposal.amount").value(40_000_000));
        mvc.perform(post(url).with(officer).contentType(MediaType.APPLICATION_JSON)
                .content("{\"applicationId\": " + c.runnerUp().id() + ", \"reason\": \"최적안·차순위\"}"))
                .andExpect(status().isOk());
        mvc.perform(get(url).with(officer)).andExpect(status().isOk())
                .andExpect(jsonPath("$.candidates.length()").value(0))
                .andExpect(jsonPath("$.proposal").doesNotExist());
    }
}
