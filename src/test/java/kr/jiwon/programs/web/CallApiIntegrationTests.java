package kr.jiwon.programs.web;

import static kr.jiwon.testing.ApiTestSupport.asAdmin;
import static kr.jiwon.testing.ApiTestSupport.asOfficer;
import static kr.jiwon.testing.ApiTestSupport.postJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import kr.jiwon.accounts.AccountManagement;
import kr.jiwon.accounts.NewAccount;
import kr.jiwon.programs.CallFilter;
import kr.jiwon.programs.CallManagement;
import kr.jiwon.programs.ProgramManagement;
import kr.jiwon.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"embedded", "test"})
class CallApiIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    CallManagement calls;
    @Autowired
    ProgramManagement programs;
    @Autowired
    AccountManagement accounts;

    private long sbj() {
        return programs.programByCode("SBJ").orElseThrow().id();
    }

    private String call(String budget, String opensAt, String closesAt, String cap, String allowedRegions) {
        return """
                {"programId": %d, "round": 3, "title": "소부장 심화기술지원 3차 공고", "budget": %s,
                 "expectedProjects": 10, "opensAt": "%s", "closesAt": "%s",
                 "tracks": [{"code": "GENERAL", "name": "일반형", "cap": %s, "maxMonths": 12}],
                 "eligibility": {"sizeClasses": ["SME"], "allowedRegions": [%s], "priorityFields": ["탄소중립"]}}
                """.formatted(sbj(), budget, opensAt, closesAt, cap, allowedRegions);
    }

    private String validCall() {
        return call("\"17억원\"", "2030-03-02T09:00", "2030-03-31T18:00", "\"5천만원\"", "");
    }

    private int storedCalls() {
        return calls.calls(new CallFilter(null, false, null, null, true)).size();
    }

    @Test
    void listsTheDemoCallsWithTheirPublishedFigures() throws Exception {
        mvc.perform(get("/api/v1/calls"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.programCode == 'SBJ' && @.round == 1)].budget").value(1_700_000_000))
                .andExpect(jsonPath("$[?(@.programCode == 'SBJ' && @.round == 1)].expectedProjects").value(25))
                .andExpect(jsonPath("$[?(@.programCode == 'SBJ' && @.round == 1)].tracks[*].cap",
                        org.hamcrest.Matchers.containsInAnyOrder(50_000_000, 200_000_000)))
                .andExpect(jsonPath("$[?(@.programCode == 'SBJ' && @.round == 1)].tracks[*].maxMonths",
                        org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is(12))))
                .andExpect(jsonPath("$[?(@.programCode == 'SBJ' && @.round == 1)].opensAt",
                        hasItem(containsString("+09:00"))))
                .andExpect(jsonPath("$[?(@.programCode == 'SSF')].budget").value(10_000_000_000L));
    }

    @Test
    void filtersOpenCallsByFieldAndRegion() throws Exception {
        mvc.perform(get("/api/v1/calls").param("openNow", "true"))
                .andExpect(jsonPath("$[*].phase", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("OPEN"))))
                .andExpect(jsonPath("$[*].title", not(hasItem("소부장 융합혁신지원단 심화기술지원사업 1차 공고"))))
                .andExpect(jsonPath("$[*].title", hasItem("소부장 융합혁신지원단 심화기술지원사업 2차 공고")));
        mvc.perform(get("/api/v1/calls").param("field", "탄소중립"))
                .andExpect(
                        jsonPath("$[*].programCode", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("SBJ"))))
                .andExpect(jsonPath("$[*].round", org.hamcrest.Matchers.hasItems(1, 2)));
        mvc.perform(get("/api/v1/calls").param("region", "99999"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("region"));
    }

    @Test
    void aCallLimitedToARegionIsListedOnlyForCompaniesThere() throws Exception {
        // a program of its own, without published rules (the demo's 소부장 program allows two rounds a year from 2021)
        String program = mvc.perform(asAdmin(postJson("/api/v1/programs", """
                {"code": "RG%d", "name": "지역 한정 사업", "ministry": "경상남도", "annualBudget": "5억원"}"""
                .formatted(System.nanoTime() % 10_000_000)))).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String body = call("\"5억\"", "2020-01-01T09:00", "2099-12-31T18:00", "\"1억\"", "\"48\"")
                .replace("\"programId\": " + sbj(), "\"programId\": " + JsonPath.read(program, "$.id"))
                .replace("탄소중립", "지역 특화");
        String created = mvc.perform(asAdmin(postJson("/api/v1/calls", body))).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        mvc.perform(asAdmin(post("/api/v1/calls/" + id + "/publish"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/calls").param("region", "48250"))
                .andExpect(jsonPath("$[*].id", hasItem((int) id)));
        mvc.perform(get("/api/v1/calls").param("region", "41590"))
                .andExpect(jsonPath("$[*].id", not(hasItem((int) id))));
    }

    @Test
    void anonymousWritesAreRefusedWith401() throws Exception {
        int before = storedCalls();
        mvc.perform(postJson("/api/v1/calls", validCall()))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(postJson("/api/v1/programs", "{}")).andExpect(status().isUnauthorized());
        mvc.perform(postJson("/api/v1/plans", "{}")).andExpect(status().isUnauthorized());
        mvc.perform(postJson("/api/v1/companies", "{}")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/calls/1/publish")).andExpect(status().isUnauthorized());
        assertThat(storedCalls()).isEqualTo(before);
    }

    @Test
    void applicantsMayNotCreateCalls() throws Exception {
        if (!accounts.exists("applicant-test")) {
            accounts.create(new NewAccount("applicant-test", "a@test.kr", "applicant-pass", "신청자", Role.APPLICANT,
                    null, null));
        }
        int before = storedCalls();
        mvc.perform(postJson("/api/v1/calls", validCall()).with(httpBasic("applicant-test", "applicant-pass")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(storedCalls()).isEqualTo(before);
    }

    @Test
    void theDemoAdminCreatesAProgramAndACall() throws Exception {
        String program = mvc.perform(asAdmin(postJson("/api/v1/programs", """
                {"code": "TST1", "name": "시험 사업", "ministry": "산업통상자원부", "annualBudget": "34억원",
                 "priorityFields": ["바이오"]}""")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.annualBudget").value(3_400_000_000L))
                .andReturn().getResponse().getContentAsString();
        long programId = ((Number) JsonPath.read(program, "$.id")).longValue();
        String created = mvc.perform(asAdmin(postJson("/api/v1/calls", """
                {"programId": %d, "round": 1, "title": "시험 공고", "budget": 1700000000,
                 "opensAt": "2030-03-02T09:00", "closesAt": "2030-03-31T18:00",
                 "tracks": [{"code": "GENERAL", "name": "일반형", "cap": "5,000만원", "maxMonths": 12},
                            {"code": "CONVERGENT", "name": "융합형", "cap": "2억", "maxMonths": 12, "minInstitutes": 2}]}
                """.formatted(programId))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.closesAt").value("2030-03-31T18:00:00+09:00"))
                .andExpect(jsonPath("$.tracks[1].cap").value(200_000_000))
                .andExpect(jsonPath("$.tracks[1].minInstitutes").value(2))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        mvc.perform(get("/api/v1/calls/" + id)).andExpect(status().isNotFound());
        mvc.perform(asOfficer(get("/api/v1/calls/" + id))).andExpect(status().isOk());
        mvc.perform(asOfficer(post("/api/v1/calls/" + id + "/publish")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.phase").value("UPCOMING"));
        mvc.perform(get("/api/v1/calls/" + id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.budgetText").value("17억원"));
        mvc.perform(asOfficer(post("/api/v1/calls/" + id + "/publish")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("stage"));
    }

    private ResultActions rejected(String body, String field) throws Exception {
        int before = storedCalls();
        ResultActions result = mvc.perform(asAdmin(postJson("/api/v1/calls", body)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[*].field", hasItem(field)));
        assertThat(storedCalls()).as("nothing stored").isEqualTo(before);
        return result;
    }

    @Test
    void rejectsACloseTimeNotAfterTheOpenTime() throws Exception {
        rejected(call("\"17억\"", "2030-03-31T18:00", "2030-03-31T18:00", "\"5천만원\"", ""), "closesAt")
                .andExpect(jsonPath("$.errors[0].message").value("접수 마감 일시는 접수 시작 일시보다 뒤여야 합니다."));
    }

    @Test
    void rejectsATrackCapAboveTheRoundBudget() throws Exception {
        rejected(call("\"17억\"", "2030-03-02T09:00", "2030-03-31T18:00", "\"20억\"", ""), "tracks[0].cap")
                .andExpect(jsonPath("$.errors[0].message", containsString("20억원")));
    }

    @Test
    void rejectsAnUnknownRegionCode() throws Exception {
        rejected(call("\"17억\"", "2030-03-02T09:00", "2030-03-31T18:00", "\"5천만원\"", "\"99999\""),
                "eligibility.allowedRegions[0]");
    }

    @Test
    void rejectsMalformedJson() throws Exception {
        rejected("{\"programId\": 1, \"title\": ", "body");
    }

    @Test
    void rejectsANonsenseAmountNamingTheField() throws Exception {
        rejected(call("\"17억원원\"", "2030-03-02T09:00", "2030-03-31T18:00", "\"5천만원\"", ""), "budget")
                .andExpect(jsonPath("$.errors[0].message", containsString("17억원원")));
        rejected(call("\"17억\"", "2030-03-02T09:00", "2030-03-31T18:00", "\"오천만원\"", ""), "tracks[0].cap");
    }

    @Test
    void answersInEnglishWhenAsked() throws Exception {
        mvc.perform(asAdmin(postJson("/api/v1/calls",
                call("\"17억\"", "2030-03-31T18:00", "2030-03-01T18:00", "\"5천만원\"", "")))
                .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Invalid input"))
                .andExpect(jsonPath("$.errors[0].message").value("The closing time must be after the opening time."));
    }

    @Test
    void reportsEveryProblemAtOnce() throws Exception {
        rejected("""
                {"programId": %d, "round": 0, "title": " ", "budget": "17억", "opensAt": "2030-03-31T18:00",
                 "closesAt": "2030-03-01T18:00", "tracks": []}""".formatted(sbj()), "round")
                .andExpect(jsonPath("$.errors[*].field",
                        org.hamcrest.Matchers.hasItems("round", "title", "closesAt", "tracks")));
    }
}
