package kr.jiwon.matching;

import static kr.jiwon.applications.ApplicationsFixtures.PASSWORD;
import static kr.jiwon.applications.ApplicationsFixtures.PDF;
import static kr.jiwon.applications.ApplicationsFixtures.draftJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.List;
import kr.jiwon.applications.ApplicationsFixtures;
import kr.jiwon.applications.ApplicationsFixtures.CompanyUser;
import kr.jiwon.institutes.InstituteManagement;
import kr.jiwon.programs.Call;
import kr.jiwon.shared.Role;
import kr.jiwon.testing.MutableClock;
import kr.jiwon.testing.TestClockConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A submitted request goes to the best institute, which accepts or declines; declines and silence pass it on. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"embedded", "test"})
@Import(TestClockConfiguration.class)
class InstituteWorkflowIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    ApplicationsFixtures fixtures;
    @Autowired
    InstituteRequests requests;
    @Autowired
    InstituteManagement institutes;
    @Autowired
    MutableClock clock;

    static final RequestPostProcessor KITECH = httpBasic("institute", "jiwon-institute-demo");
    static final RequestPostProcessor OFFICER = httpBasic("officer", "jiwon-officer-demo");

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private long submitted(Call call) throws Exception {
        CompanyUser c = fixtures.company();
        RequestPostProcessor as = httpBasic(c.user().username(), PASSWORD);
        long id = ((Number) JsonPath.read(mvc.perform(post("/api/v1/applications").with(as)
                .contentType(MediaType.APPLICATION_JSON).content("{\"callId\": " + call.id() + "}"))
                .andReturn().getResponse().getContentAsString(), "$.id")).longValue();
        mvc.perform(put("/api/v1/applications/" + id).with(as).contentType(MediaType.APPLICATION_JSON)
                .content(draftJson(0, "4천만원", 10))).andExpect(status().isOk());
        mvc.perform(multipart("/api/v1/applications/" + id + "/documents")
                .file(new MockMultipartFile("file", "p.pdf", "application/pdf", PDF)).with(as));
        mvc.perform(post("/api/v1/applications/" + id + "/submit").with(as)).andExpect(status().isOk());
        kr.jiwon.testing.Events.awaitDelivered(jdbc);
        return id;
    }

    private List<MatchOffer> offers(long applicationId) {
        return requests.ofApplication(applicationId);
    }

    @Test
    void aSubmittedRequestIsPassedToTheInstituteTheCompanyNamedWhenItFits() throws Exception {
        Call call = fixtures.openCall();
        long id = submitted(call); // the draft names KITECH and is about die casting
        assertThat(offers(id)).singleElement().satisfies(o -> {
            assertThat(o.institute()).isEqualTo("KITECH");
            assertThat(o.status()).isEqualTo(OfferStatus.OFFERED);
            assertThat(Duration.between(o.offeredAt(), o.respondBy())).isEqualTo(Duration.ofDays(5));
        });
        mvc.perform(get("/api/v1/institute/requests").with(KITECH))
                .andExpect(jsonPath("$[?(@.applicationId == " + id + ")].status").value("OFFERED"));
        mvc.perform(get("/api/v1/calls/" + call.id() + "/matching").with(OFFICER))
                .andExpect(jsonPath("$[0].institute").value("KITECH"));
        mvc.perform(get("/institute/requests")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .user("institute").roles("INSTITUTE")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("알루미늄 다이캐스팅 기공 불량 개선")));
        mvc.perform(get("/office/calls/" + call.id() + "/matching")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .user("officer").roles("OFFICER")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("답변 대기")));
    }

    @Test
    void officersGetTheOptimalAssignmentOfACallsRequests() throws Exception {
        Call call = fixtures.openCall();
        long a = submitted(call);
        long b = submitted(call);
        mvc.perform(post("/api/v1/calls/" + call.id() + "/matching/assignment").with(OFFICER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.optimal").value(true))
                .andExpect(jsonPath("$.assigned['" + a + "']").isArray())
                .andExpect(jsonPath("$.assigned['" + b + "']").isArray())
                .andExpect(jsonPath("$.totalFit").value(org.hamcrest.Matchers.greaterThan(0.0)));
        mvc.perform(post("/api/v1/calls/" + call.id() + "/matching/assignment").with(KITECH))
                .andExpect(status().isForbidden());
    }

    @Test
    void anInstituteAccepts() throws Exception {
        long id = submitted(fixtures.openCall());
        long offer = offers(id).get(0).id();
        mvc.perform(post("/api/v1/institute/requests/" + offer + "/accept").with(KITECH))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACCEPTED"));
        mvc.perform(post("/api/v1/institute/requests/" + offer + "/accept").with(KITECH))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aDeclineNeedsAReasonAndPassesTheRequestOn() throws Exception {
        long id = submitted(fixtures.openCall());
        long offer = offers(id).get(0).id();
        mvc.perform(post("/api/v1/institute/requests/" + offer + "/decline").with(KITECH)
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \" \"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/api/v1/institute/requests/" + offer + "/decline").with(KITECH)
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"담당 연구진 일정 초과\"}"))
                .andExpect(status().isOk())
                // the answer is the declining institute's own offer: who is asked next is not its business
                .andExpect(jsonPath("$.status").value("DECLINED"))
                .andExpect(jsonPath("$.institute").value("KITECH"));
        assertThat(offers(id)).extracting(MatchOffer::status).containsExactly(OfferStatus.DECLINED,
                OfferStatus.OFFERED);
        assertThat(offers(id).get(0).reason()).isEqualTo("담당 연구진 일정 초과");
    }

    @Test
    void aMissedResponsePassesTheRequestOn() throws Exception {
        long id = submitted(fixtures.openCall());
        MatchOffer first = offers(id).get(0);
        clock.set(first.respondBy().plusSeconds(1));
        assertThat(requests.expireOverdue()).isGreaterThanOrEqualTo(1);
        assertThat(offers(id)).extracting(MatchOffer::status).containsExactly(OfferStatus.EXPIRED, OfferStatus.OFFERED);
        assertThat(offers(id).get(1).institute()).isNotEqualTo(first.institute());
    }

    @Test
    void anOfficerOverridesWithAReason() throws Exception {
        Call call = fixtures.openCall();
        long id = submitted(call);
        mvc.perform(post("/api/v1/applications/" + id + "/matching/override").with(OFFICER)
                .contentType(MediaType.APPLICATION_JSON).content("{\"institute\": \"KIMS\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/api/v1/applications/" + id + "/matching/override").with(OFFICER)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"institute\": \"KIMS\", \"reason\": \"소재 분석이 먼저 필요\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.institute").value("KIMS"))
                .andExpect(jsonPath("$.status").value("ACCEPTED"));
        assertThat(offers(id)).extracting(MatchOffer::status).containsExactly(OfferStatus.WITHDRAWN,
                OfferStatus.ACCEPTED);
    }

    @Test
    void onlyTheInstituteAskedAnswersAndOnlyOfficersOverride() throws Exception {
        long id = submitted(fixtures.openCall());
        long offer = offers(id).get(0).id();
        fixtures.account("wf-krict", Role.INSTITUTE, institutes.find("KRICT").orElseThrow().id());
        mvc.perform(post("/api/v1/institute/requests/" + offer + "/accept").with(httpBasic("wf-krict", PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/institute/requests").with(OFFICER)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/applications/" + id + "/matching/override").with(KITECH)
                .contentType(MediaType.APPLICATION_JSON).content("{\"institute\": \"KIMS\", \"reason\": \"x\"}"))
                .andExpect(status().isForbidden());
        assertThat(offers(id).get(0).status()).isEqualTo(OfferStatus.OFFERED);
    }
}
