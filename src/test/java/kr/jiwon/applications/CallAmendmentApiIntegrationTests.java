package kr.jiwon.applications;

import static kr.jiwon.testing.ApiTestSupport.asAdmin;
import static kr.jiwon.testing.ApiTestSupport.postJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDateTime;
import kr.jiwon.applications.ApplicationsFixtures.CompanyUser;
import kr.jiwon.programs.Call;
import kr.jiwon.shared.SeoulTime;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Calls edited and amended through the API (issue 15): a published call is amended (정정공고) with a reason, never so
 * that a submitted application becomes invalid; the amendment is kept, posted to the board and told to every company
 * with an application; a stale version is 409; a program's rules refuse a call with an error naming the rule.
 */
class CallAmendmentApiIntegrationTests extends ApplicationApiTestSupport {

    @org.springframework.beans.factory.annotation.Autowired
    kr.jiwon.search.SavedSearches savedSearches;

    private static String callJson(Call c, String generalCap, LocalDateTime closes) {
        return """
                {"programId": %d, "round": %d, "title": "%s", "budget": "17억원", "expectedProjects": 25,
                 "opensAt": "%s", "closesAt": "%s",
                 "tracks": [{"code": "GENERAL", "name": "일반형", "cap": "%s", "maxMonths": 12, "minInstitutes": 1},
                            {"code": "CONVERGENT", "name": "융합형", "cap": "2억원", "maxMonths": 12, "minInstitutes": 2}],
                 "graceMinutes": 0, "instituteResponseDays": 5}
                """.formatted(c.programId(), c.round(), c.title(), SeoulTime.toLocal(c.opensAt()), closes, generalCap);
    }

    private MockHttpServletRequestBuilder edit(long id, Long version, String reason, String call) {
        return asAdmin(put("/api/v1/calls/" + id).contentType(MediaType.APPLICATION_JSON).content(
                "{\"version\": " + version + ", \"reason\": " + (reason == null ? "null" : "\"" + reason + "\"")
                        + ", \"call\": " + call + "}"));
    }

    private long versionOf(long callId) throws Exception {
        return ((Number) JsonPath.read(mvc.perform(get("/api/v1/calls/" + callId)).andReturn().getResponse()
                .getContentAsString(), "$.version")).longValue();
    }

    @Test
    void aPublishedCallIsAmendedWithAReasonAndEveryCompanyWithAnApplicationIsTold() throws Exception {
        CompanyUser submitter = fixtures.company();
        CompanyUser writer = fixtures.company();
        Call call = fixtures.openCall();
        long submitted = completeDraft(submitter, call); // 4,800만원, 10 months
        mvc.perform(submit(submitted, null).with(as(submitter))).andExpect(status().isOk());
        start(writer, call);
        String watcher = "watcher-" + System.nanoTime();
        savedSearches.save(watcher, watcher + "@example.kr", kr.jiwon.search.SavedSearch.Kind.FINDER, "경남 중소기업 맞춤",
                "region=48250&size=SME", kr.jiwon.shared.Actor.system());
        LocalDateTime closes = SeoulTime.toLocal(call.closesAt());
        long version = versionOf(call.id());
        mvc.perform(get("/api/v1/calls/" + call.id())).andExpect(header().string("ETag", "\"v" + version + "\""));

        mvc.perform(edit(call.id(), version, "한도 조정", callJson(call, "4,000만원", closes)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'tracks[0].cap')].message",
                        hasItem(containsString("4,800만원"))));
        mvc.perform(edit(call.id(), version, null, callJson(call, "5,000만원", closes.plusDays(7))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(edit(call.id(), version, "변경 없음", callJson(call, "5,000만원", closes)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("바뀐 내용이 없습니다."));
        mvc.perform(edit(call.id(), version + 5, "마감 연장", callJson(call, "5,000만원", closes.plusDays(7))))
                .andExpect(status().isConflict());
        assertThat(jdbc.queryForObject("select count(*) from call_amendment where call_id = ?", Long.class,
                call.id())).as("nothing kept from the refusals").isZero();

        mvc.perform(edit(call.id(), version, "설명회 요청에 따라 마감을 1주 연장합니다", callJson(call, "5,000만원",
                closes.plusDays(7))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value((int) version + 1))
                .andExpect(jsonPath("$.closesAt").value(containsString(closes.plusDays(7).toLocalDate().toString())));
        mvc.perform(get("/api/v1/calls/" + call.id() + "/amendments"))
                .andExpect(jsonPath("$[0].reason").value("설명회 요청에 따라 마감을 1주 연장합니다"))
                .andExpect(jsonPath("$[0].changes[0]").value(containsString("접수 마감: ")));
        assertThat(jdbc.queryForObject("select count(*) from notification where kind = 'CALL_AMENDED'"
                + " and company_id in (?, ?)", Long.class, submitter.company().id(), writer.company().id()))
                .as("the company that submitted and the one writing are both told").isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from notification where username = ? and kind = 'SAVED_SEARCH'"
                + " and subject like '%정정공고%'", Long.class, watcher)).as("a saved search that finds the call is told")
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from notice where title = ? and category = 'CALL'",
                Long.class, "[정정공고] " + call.title())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'CALL_AMEND' and target_id = ?",
                Long.class, String.valueOf(call.id()))).isEqualTo(1);
    }

    @Test
    void aProgramsRulesRefuseACallWithAnErrorNamingTheRule() throws Exception {
        String program = mvc.perform(asAdmin(postJson("/api/v1/programs", """
                {"code": "R%d", "name": "규칙 있는 사업", "ministry": "산업통상자원부", "annualBudget": "10억원",
                 "startYear": 2030, "endYear": 2032, "roundsPerYear": 1,
                 "tracks": [{"code": "GENERAL", "name": "일반형", "cap": "5,000만원", "maxMonths": 12, "minInstitutes": 1}]}
                """.formatted(System.nanoTime() % 100_000_000))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.tracks[0].cap").value(50_000_000))
                .andReturn().getResponse().getContentAsString();
        long programId = ((Number) JsonPath.read(program, "$.id")).longValue();
        String tooBig = """
                {"programId": %d, "round": 1, "title": "규칙 시험 공고", "budget": "12억원", "opensAt": "2033-03-02T09:00",
                 "closesAt": "2033-03-31T18:00",
                 "tracks": [{"code": "GENERAL", "name": "일반형", "cap": "6,000만원", "maxMonths": 12}]}
                """.formatted(programId);
        mvc.perform(asAdmin(postJson("/api/v1/calls", tooBig)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'budget')].message",
                        hasItem(containsString("사업 규칙 “연간 예산”"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'closesAt')].message",
                        hasItem(containsString("사업 규칙 “사업 기간”: 사업은 2032년에 끝나는데"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'tracks[0].cap')].message",
                        hasItem(containsString("사업 규칙 “과제당 한도”"))));
        String withReason = """
                {"programId": %d, "round": 1, "title": "규칙 시험 공고", "budget": "8억원", "opensAt": "2031-03-02T09:00",
                 "closesAt": "2031-03-31T18:00", "ruleOverrideReason": "2031년 시범: 운영위원회 의결",
                 "tracks": [{"code": "GENERAL", "name": "일반형", "cap": "6,000만원", "maxMonths": 12}]}
                """.formatted(programId);
        mvc.perform(asAdmin(postJson("/api/v1/calls", withReason)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.ruleOverrideReason").value("2031년 시범: 운영위원회 의결"));
        String secondRound = """
                {"programId": %d, "round": 2, "title": "규칙 시험 2차 공고", "budget": "1억원", "opensAt": "2031-09-01T09:00",
                 "closesAt": "2031-09-30T18:00",
                 "tracks": [{"code": "GENERAL", "name": "일반형", "cap": "5,000만원", "maxMonths": 12}]}
                """.formatted(programId);
        mvc.perform(asAdmin(postJson("/api/v1/calls", secondRound)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'round')].message",
                        hasItem(containsString("사업 규칙 “연간 공고 횟수”"))));
        long version = ((Number) JsonPath.read(program, "$.version")).longValue();
        mvc.perform(asAdmin(put("/api/v1/programs/" + programId).contentType(MediaType.APPLICATION_JSON)
                .header("If-Match", "\"v" + version + "\"").content("""
                        {"program": {"code": "%s", "name": "규칙 있는 사업", "ministry": "산업통상자원부",
                         "annualBudget": "5억원", "startYear": 2030, "endYear": 2032, "roundsPerYear": 1}}
                        """.formatted((String) JsonPath.read(program, "$.code")))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("annualBudget"))
                .andExpect(jsonPath("$.errors[0].message", containsString("규칙 시험 공고")));
    }
}
