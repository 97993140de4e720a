package kr.jiwon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import kr.jiwon.accounts.AccountManagement;
import kr.jiwon.accounts.ApiTokens;
import kr.jiwon.applications.ApplicationsFixtures;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.Role;
import kr.jiwon.shared.SeoulTime;
import kr.jiwon.testing.Events;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * A call's whole life through the JSON API only, each party with its own token and nothing else — no page, no HTTP
 * Basic, no session (issue 19, Done-when 1): the officer's system creates a program and a call and publishes it; the
 * company's system starts, writes, documents and submits an application; the institute's system accepts the request;
 * the officer closes the call and screens, sets the review plan, adds a reviewer to the pool and the panel and
 * assigns; the reviewer's system submits the score sheet; the officer previews and confirms the selection; the
 * company objects; the officer rejects the objection. (The tokens and the people's accounts are made beforehand, as
 * people make them in the pages.)
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"embedded", "test"})
class ApiOnlyCallLifeIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiTokens tokens;
    @Autowired
    AccountManagement accounts;
    @Autowired
    ApplicationsFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    private String token(String username, Role role) {
        return tokens.issue(accounts.current(username), role.name() + " 시스템", ApiTokens.Scope.WRITE, 30,
                new Actor(username, role.name(), "127.0.0.1")).secret();
    }

    private ResultActions call(String token, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.header("Authorization", "Bearer " + token));
    }

    private ResultActions json(String token, AbstractMockHttpServletRequestBuilder<?> request, String body)
            throws Exception {
        return call(token, request.contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static long id(ResultActions r, String path) throws Exception {
        return ((Number) JsonPath.read(r.andReturn().getResponse().getContentAsString(), path)).longValue();
    }

    @Test
    void aCallGoesFromPublicationToAConfirmedResultAndADecidedObjectionThroughTheApiAlone() throws Exception {
        String officer = token("officer", Role.OFFICER);
        String institute = token("institute", Role.INSTITUTE);
        ApplicationsFixtures.CompanyUser company = fixtures.company();
        String companyToken = token(company.user().username(), Role.APPLICANT);
        String reviewerName = "apirev" + System.nanoTime();
        fixtures.account(reviewerName, Role.REVIEWER, null);
        String reviewer = token(reviewerName, Role.REVIEWER);
        String code = "API" + (System.nanoTime() % 100000);

        // the officer's system: a program and a call, published
        long program = id(json(officer, post("/api/v1/programs"), """
                {"code": "%s", "name": "API 연계 시험 사업", "ministry": "산업통상자원부", "managingAgency": "KIAT",
                 "annualBudget": "10억원", "startYear": 2020, "endYear": 2035, "roundsPerYear": 4}
                """.formatted(code)).andExpect(status().isCreated()), "$.id");
        DateTimeFormatter minute = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
        LocalDateTime now = SeoulTime.toLocal(java.time.Instant.now());
        long callId = id(json(officer, post("/api/v1/calls"), """
                {"programId": %d, "round": 1, "title": "API 연계 시험 공고", "budget": "1억원", "expectedProjects": 2,
                 "opensAt": "%s", "closesAt": "%s",
                 "tracks": [{"code": "GENERAL", "name": "일반형", "cap": "5천만원", "maxMonths": 12}]}
                """.formatted(program, now.minusHours(1).format(minute), now.plusDays(3).format(minute)))
                .andExpect(status().isCreated()), "$.id");
        call(officer, post("/api/v1/calls/" + callId + "/publish")).andExpect(status().isOk());

        // the company's system: an application, written, documented and submitted
        long app = id(json(companyToken, post("/api/v1/applications"), "{\"callId\": " + callId
                + ", \"trackCode\": \"GENERAL\"}").andExpect(status().isCreated()), "$.id");
        json(companyToken, put("/api/v1/applications/" + app), ApplicationsFixtures.draftJson(0, "4천만원", 10))
                .andExpect(status().isOk());
        call(companyToken, multipart("/api/v1/applications/" + app + "/documents").file(new MockMultipartFile("file",
                "사업계획서.pdf", "application/pdf", ApplicationsFixtures.PDF))).andExpect(status().isCreated());
        call(companyToken, post("/api/v1/applications/" + app + "/submit").header("Idempotency-Key", "api-life-1"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.receiptNumber").isNotEmpty());
        Events.awaitDelivered(jdbc);

        // the institute's system accepts the request passed to it
        String requests = call(institute, get("/api/v1/institute/requests")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        List<Integer> offers = JsonPath.read(requests, "$[?(@.applicationId == " + app + ")].id");
        assertThat(offers).as("the request reached KITECH").hasSize(1);
        call(institute, post("/api/v1/institute/requests/" + offers.get(0) + "/accept")).andExpect(status().isOk());

        // the officer closes the call, screens, plans the review, builds the panel and assigns
        call(officer, post("/api/v1/calls/" + callId + "/close")).andExpect(status().isOk());
        json(officer, post("/api/v1/applications/" + app + "/status"), "{\"status\": \"ELIGIBLE\"}")
                .andExpect(status().isOk());
        json(officer, put("/api/v1/calls/" + callId + "/review/plan"), """
                {"reviewersPerApplication": 1, "maxLoad": 10, "criteria": [{"name": "기술성", "points": 60},
                 {"name": "사업성", "points": 40}], "bonuses": {}}
                """).andExpect(status().isOk()).andExpect(jsonPath("$.criteria.length()").value(2));
        long pooled = id(json(officer, post("/api/v1/reviewers"), """
                {"name": "김심사", "email": "%s@review.kr", "affiliation": "한국대학교", "expertiseFields": ["기계금속"],
                 "regionCode": "11", "accountUsername": "%s"}
                """.formatted(reviewerName, reviewerName)).andExpect(status().isCreated()), "$.id");
        json(officer, post("/api/v1/calls/" + callId + "/review/panel"), "{\"reviewerId\": " + pooled + "}")
                .andExpect(status().isOk());
        call(officer, post("/api/v1/calls/" + callId + "/review/assignment").param("dryRun", "true"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.pairs.length()").value(1));
        call(officer, post("/api/v1/calls/" + callId + "/review/assignment")).andExpect(status().isOk());

        // the reviewer's system scores the application it was given
        call(reviewer, get("/api/v1/review/tasks")).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.applicationId == " + app + ")]").isNotEmpty());
        json(reviewer, put("/api/v1/review/sheets/" + app),
                "{\"scores\": {\"기술성\": 52, \"사업성\": 33}, \"comment\": \"현장 애로가 분명합니다.\", \"submit\": true}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUBMITTED"));
        // from the first submitted sheet, the plan and the panel's assignments hold
        json(officer, put("/api/v1/calls/" + callId + "/review/plan"), """
                {"reviewersPerApplication": 1, "maxLoad": 10, "criteria": [{"name": "기술성", "points": 100}],
                 "bonuses": {}}
                """).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("평가 계획을 바꿀 수 없습니다")));
        call(officer, delete("/api/v1/calls/" + callId + "/review/panel/" + pooled))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("panel"));
        call(officer, get("/api/v1/calls/" + callId + "/review/assignment/substitutes")
                .param("applicationId", String.valueOf(app)).param("reviewerId", String.valueOf(pooled)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
        json(officer, post("/api/v1/calls/" + callId + "/review/assignment/substitute"), """
                {"applicationId": %d, "reviewerId": %d, "substituteId": %d, "reason": "질병으로 평가 불가"}
                """.formatted(app, pooled, pooled)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("평가표를 먼저 재개방하세요")));

        // the officer previews and confirms the selection
        json(officer, post("/api/v1/calls/" + callId + "/selection/preview"), "{\"minScore\": 70}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.optimal").value(true))
                .andExpect(jsonPath("$.rows[0].selected").value(true));
        json(officer, post("/api/v1/calls/" + callId + "/selection/confirm"),
                "{\"minScore\": 70, \"objectionDays\": 7}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.decisions[0].applicationId").value(app))
                .andExpect(jsonPath("$.decisions[0].selected").value(true));
        call(companyToken, get("/api/v1/applications/" + app)).andExpect(jsonPath("$.status").value("SELECTED"));

        // the company objects; the officer rejects the objection with an answer
        long objection = id(json(companyToken, post("/api/v1/applications/" + app + "/objections"),
                "{\"text\": \"지원 금액 산정 근거를 알려 주십시오.\"}").andExpect(status().isOk()), "$.id");
        call(officer, get("/api/v1/calls/" + callId + "/objections")).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].status").value("OPEN"));
        json(officer, post("/api/v1/objections/" + objection + "/decision"),
                "{\"upheld\": false, \"answer\": \"요청 금액 전액을 지원하므로 변경할 사항이 없습니다.\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REJECTED"));
        call(officer, get("/api/v1/calls/" + callId + "/selection/result")).andExpect(status().isOk())
                .andExpect(jsonPath("$.decisions[0].selected").value(true));

        // nothing of it went through a page or a password: every change was made with a token
        assertThat(jdbc.queryForObject(
                "select count(distinct username) from api_token where username in (?, ?, ?, ?) and "
                        + "last_used_at is not null",
                Long.class, "officer", "institute", company.user().username(),
                reviewerName)).isEqualTo(4);
    }
}
