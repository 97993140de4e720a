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
    InstituteMatching matching;
    @Autowired
    MutableClock clock;

    static final RequestPostProcessor KITECH = httpBasic("institute", "jiwon-institute-demo");
    static final RequestPostProcessor OFFICER = httpBasic("officer", "jiwon-officer-demo");

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** The company user who submitted last (its own application may be withdrawn and submitted again). */
    private RequestPostProcessor lastCompany;

    private long submitted(Call call) throws Exception {
        CompanyUser c = fixtures.company();
        RequestPostProcessor as = httpBasic(c.user().username(), PASSWORD);
        lastCompany = as;
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
    void twoHandOffsOfOneApplicationAtOnceOfferItOnceAndBothEndWell() throws Exception {
        // a company withdraws and submits again before the first hand-off ran: two hand-offs of one application
        Call call = fixtures.openCall();
        for (int round = 0; round < 4; round++) {
            long id = submitted(call);
            jdbc.update("delete from match_offer where application_id = ?", id);
            java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
            java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                List<java.util.concurrent.Future<Object>> both = two.invokeAll(List.of(() -> {
                    together.await();
                    requests.handOff(id);
                    return null;
                }, () -> {
                    together.await();
                    requests.handOff(id);
                    return null;
                }));
                for (java.util.concurrent.Future<Object> f : both) {
                    f.get(); // a hand-off that failed throws here
                }
            } finally {
                two.shutdown();
            }
            assertThat(offers(id)).singleElement().extracting(MatchOffer::institute).isEqualTo("KITECH");
        }
    }

    @Test
    void aRequestWaitsWhileItsCompanyHasTakenTheApplicationBack() throws Exception {
        long id = submitted(fixtures.openCall());
        RequestPostProcessor company = lastCompany;
        MatchOffer first = offers(id).get(0);
        mvc.perform(post("/api/v1/applications/" + id + "/withdraw").with(company)).andExpect(status().isOk());
        // nor can an officer give it to an institute meanwhile
        mvc.perform(post("/api/v1/applications/" + id + "/matching/override").with(OFFICER)
                .contentType(MediaType.APPLICATION_JSON).content("{\"institute\": \"KIMS\", \"reason\": \"직접\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("institute"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("철회")));

        // the institute sees that it waits, cannot answer it, is not reminded of it, and it does not pass on
        mvc.perform(get("/api/v1/institute/requests").with(KITECH)).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + first.id() + ")].takenBack").value(true));
        mvc.perform(post("/api/v1/institute/requests/" + first.id() + "/accept").with(KITECH))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("철회")));
        jdbc.update("update match_offer set respond_by = ? where id = ?",
                java.sql.Timestamp.from(clock.instant().plus(java.time.Duration.ofHours(2))), first.id());
        requests.remindDueSoon();
        assertThat(jdbc.queryForObject("select reminded_at from match_offer where id = ?", java.sql.Timestamp.class,
                first.id())).as("no reminder for a request taken back").isNull();
        jdbc.update("update match_offer set respond_by = ? where id = ?",
                java.sql.Timestamp.from(clock.instant().minusSeconds(60)), first.id());
        requests.expireOverdue();
        assertThat(offers(id)).singleElement().extracting(MatchOffer::status).isEqualTo(OfferStatus.EXPIRED);

        // submitted again: its request goes on to the next institute, not the one whose time ran out
        submitAgain(id, company);
        assertThat(offers(id)).hasSize(2).last().satisfies(o -> {
            assertThat(o.status()).isEqualTo(OfferStatus.OFFERED);
            assertThat(o.institute()).isNotEqualTo(first.institute());
        });
    }

    @Autowired
    kr.jiwon.programs.CallManagement calls;
    @Autowired
    kr.jiwon.applications.ApplicationScreening screening;
    @Autowired
    kr.jiwon.notifications.Notifications notifications;

    @Test
    void aRequestEndsWhenScreeningRulesTheApplicationOutAndGoesOutAgainWhenItIsBroughtBack() throws Exception {
        Call call = fixtures.openCall();
        long id = submitted(call);
        MatchOffer first = offers(id).get(0);
        calls.close(call.id());
        var officer = fixtures.account("officer", kr.jiwon.shared.Role.OFFICER, null);
        var actor = new kr.jiwon.shared.Actor("officer", "OFFICER", "127.0.0.1");
        int toldBefore = notifications.ofUser("institute").size();

        screening.changeStatus(officer, id, kr.jiwon.applications.ApplicationStatus.INELIGIBLE, "중소기업 아님",
                actor);

        assertThat(offers(id)).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(OfferStatus.CLOSED);
            assertThat(o.reason()).contains("부적격");
        });
        if ("KITECH".equals(first.institute())) { // the demo's coordinator belongs to KITECH
            assertThat(notifications.ofUser("institute")).hasSize(toldBefore + 1)
                    .anySatisfy(n -> assertThat(n.subject()).contains("요청 종료"));
        }
        // nobody answers it or is given it meanwhile, and the call's plan leaves it out
        mvc.perform(post("/api/v1/institute/requests/" + first.id() + "/accept").with(KITECH))
                .andExpect(status().is4xxClientError());
        mvc.perform(post("/api/v1/applications/" + id + "/matching/override").with(OFFICER)
                .contentType(MediaType.APPLICATION_JSON).content("{\"institute\": \"KIMS\", \"reason\": \"직접\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("institute"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("부적격")));
        mvc.perform(get("/office/calls/" + call.id() + "/matching")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .user("officer").roles("OFFICER")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("진행되지 않는 신청이라 배정하지 않습니다")));

        // the decision is corrected: the request goes out again, to an institute not asked before
        screening.changeStatus(officer, id, kr.jiwon.applications.ApplicationStatus.ELIGIBLE, null, actor);
        assertThat(offers(id)).hasSize(2).last().satisfies(o -> {
            assertThat(o.status()).isEqualTo(OfferStatus.OFFERED);
            assertThat(o.institute()).isNotEqualTo(first.institute());
        });
    }

    @Test
    void anInstituteThatAcceptedHearsTheScreeningDecisionAndKeepsItsAcceptance() throws Exception {
        Call call = fixtures.openCall();
        long id = submitted(call);
        MatchOffer offer = offers(id).get(0);
        org.junit.jupiter.api.Assumptions.assumeTrue("KITECH".equals(offer.institute()), "the draft names KITECH");
        mvc.perform(post("/api/v1/institute/requests/" + offer.id() + "/accept").with(KITECH))
                .andExpect(status().isOk());
        calls.close(call.id());
        var officer = fixtures.account("officer", kr.jiwon.shared.Role.OFFICER, null);
        var actor = new kr.jiwon.shared.Actor("officer", "OFFICER", "127.0.0.1");
        int before = notifications.ofUser("institute").size();

        screening.changeStatus(officer, id, kr.jiwon.applications.ApplicationStatus.INELIGIBLE, "중복 지원", actor);
        assertThat(offers(id)).singleElement().extracting(MatchOffer::status).isEqualTo(OfferStatus.ACCEPTED);
        assertThat(notifications.ofUser("institute")).hasSize(before + 1)
                .anySatisfy(n -> assertThat(n.subject()).contains("요건 부적격으로 결정되었습니다"));

        screening.changeStatus(officer, id, kr.jiwon.applications.ApplicationStatus.ELIGIBLE, null, actor);
        assertThat(offers(id)).as("its acceptance goes on; no one else is asked").singleElement()
                .extracting(MatchOffer::status).isEqualTo(OfferStatus.ACCEPTED);
        assertThat(notifications.ofUser("institute")).hasSize(before + 2)
                .anySatisfy(n -> assertThat(n.subject()).contains("다시 진행됩니다"));
    }

    @Test
    void anAcceptanceOfARuledOutApplicationNoLongerHoldsTheInstitutesCapacity() throws Exception {
        Call call = fixtures.openCall();
        withCapacityOfOne("KITECH", () -> {
            long first = submitted(call);
            MatchOffer held = offers(first).get(0);
            org.junit.jupiter.api.Assumptions.assumeTrue("KITECH".equals(held.institute()), "the draft names KITECH");
            mvc.perform(post("/api/v1/institute/requests/" + held.id() + "/accept").with(KITECH))
                    .andExpect(status().isOk());
            long second = submitted(call);
            MatchOffer elsewhere = offers(second).get(0);
            assertThat(elsewhere.institute()).as("KITECH is at its capacity of one").isNotEqualTo("KITECH");
            calls.close(call.id());
            var officer = fixtures.account("officer", kr.jiwon.shared.Role.OFFICER, null);
            var actor = new kr.jiwon.shared.Actor("officer", "OFFICER", "127.0.0.1");

            screening.changeStatus(officer, first, kr.jiwon.applications.ApplicationStatus.INELIGIBLE, "중복 지원",
                    actor);
            assertThat(offers(first)).singleElement().extracting(MatchOffer::status)
                    .as("the acceptance stays on record").isEqualTo(OfferStatus.ACCEPTED);

            // the second request is not answered in time: it passes on, and KITECH has room again
            clock.set(elsewhere.respondBy().plusSeconds(1));
            requests.expireOverdue();
            assertThat(offers(second)).extracting(MatchOffer::institute).containsExactly(elsewhere.institute(),
                    "KITECH");
        });
    }

    /** A test's body that may throw. */
    interface Body {

        void run() throws Exception;
    }

    /** Runs the body with the institute's capacity for a call set to one, and puts the capacity back after. */
    private void withCapacityOfOne(String institute, Body body) throws Exception {
        Integer before = jdbc.queryForObject("select capacity from research_institute where short_name = ?",
                Integer.class, institute);
        jdbc.update("update research_institute set capacity = 1 where short_name = ?", institute);
        try {
            body.run();
        } finally {
            jdbc.update("update research_institute set capacity = ? where short_name = ?", before, institute);
        }
    }

    /** The company turns its withdrawn application back into a draft and submits it; its hand-off has run after. */
    private void submitAgain(long id, RequestPostProcessor company) throws Exception {
        mvc.perform(post("/api/v1/applications/" + id + "/reopen").with(company)).andExpect(status().isOk());
        mvc.perform(post("/api/v1/applications/" + id + "/submit").with(company)).andExpect(status().isOk());
        kr.jiwon.testing.Events.awaitDelivered(jdbc);
    }

    @Test
    void aRequestStillHeldContinuesWhenTheApplicationIsSubmittedAgain() throws Exception {
        long id = submitted(fixtures.openCall());
        RequestPostProcessor company = lastCompany;
        MatchOffer first = offers(id).get(0);
        mvc.perform(post("/api/v1/applications/" + id + "/withdraw").with(company)).andExpect(status().isOk());
        submitAgain(id, company);
        assertThat(offers(id)).singleElement().extracting(MatchOffer::id).isEqualTo(first.id());
        mvc.perform(post("/api/v1/institute/requests/" + first.id() + "/accept").with(KITECH))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACCEPTED"));
    }

    @Test
    void aWithdrawnApplicationIsNotHandedToAnInstitute() throws Exception {
        long id = submitted(fixtures.openCall());
        jdbc.update("delete from match_offer where application_id = ?", id);
        jdbc.update("update application set status = 'WITHDRAWN' where id = ?", id);
        requests.handOff(id);
        assertThat(offers(id)).isEmpty();
    }

    @Test
    void aDeclineWeighsOnTheNextRankingOnceItHasCommitted() throws Exception {
        long id = submitted(fixtures.openCall());
        // a request unlike the other tests' (their die-casting requests are decided in many ways)
        String title = "사출금형 냉각수로 편차 휨 변형 저감";
        String bottleneck = "가전 외장 사출품이 금형 냉각수로 온도 편차로 휨 변형이 생겨 조립 불량이 납니다.";
        jdbc.update("update application set title = ?, bottleneck = ? where id = ?", title, bottleneck, id);
        MatchRequest same = MatchRequest.of(title + " " + bottleneck);
        double before = scoreOf(matching.recommend(same, 46), "KITECH");
        requests.decline("KITECH", offers(id).get(0).id(), "현재 수행 중인 과제로 인력이 부족합니다.",
                new kr.jiwon.shared.Actor("kitech-coordinator", "INSTITUTE", "127.0.0.1"));
        assertThat(scoreOf(matching.recommend(same, 46), "KITECH")).isLessThan(before);
    }

    private static double scoreOf(List<Recommendation> ranking, String institute) {
        return ranking.stream().filter(r -> r.institute().equals(institute)).findFirst().orElseThrow().score();
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

    private String planJson(java.util.Map<Long, List<String>> assignments) {
        StringBuilder sb = new StringBuilder("{\"assignments\": {");
        assignments.forEach((id, list) -> sb.append(sb.charAt(sb.length() - 1) == '{' ? "" : ", ").append('"')
                .append(id).append("\": [").append(String.join(", ", list.stream().map(i -> '"' + i + '"')
                        .toList()))
                .append(']'));
        return sb.append("}}").toString();
    }

    private org.springframework.test.web.servlet.ResultActions applyPlan(Call call, String json) throws Exception {
        return mvc.perform(post("/api/v1/calls/" + call.id() + "/matching/plan").with(OFFICER)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void anAppliedPlanBecomesTheOffersUnderTheSameWorkflow() throws Exception {
        Call call = fixtures.openCall();
        long a = submitted(call);
        long b = submitted(call);
        long c = submitted(call);
        assertThat(List.of(a, b, c)).allSatisfy(id -> assertThat(offers(id)).singleElement()
                .satisfies(o -> assertThat(o.institute()).isEqualTo("KITECH")));
        String plan = mvc.perform(get("/api/v1/calls/" + call.id() + "/matching/plan").with(OFFICER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows.length()").value(3))
                .andExpect(jsonPath("$.result.optimal").value(true))
                .andExpect(jsonPath("$.loads[?(@.institute == 'KITECH')].current").value(3))
                .andReturn().getResponse().getContentAsString();
        List<String> candidates = JsonPath.read(plan, "$.rows[0].candidates[*].institute");
        String other = candidates.stream().filter(i -> !i.equals("KITECH")).findFirst().orElseThrow();
        mvc.perform(get("/api/v1/calls/" + call.id() + "/matching/plan").with(KITECH))
                .andExpect(status().isForbidden());

        // a goes to another institute, b stays with KITECH, c is left as it is
        applyPlan(call, planJson(java.util.Map.of(a, List.of(other), b, List.of("KITECH"), c, List.of())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.offered").value(1))
                .andExpect(jsonPath("$.withdrawn").value(1))
                .andExpect(jsonPath("$.kept").value(2));
        assertThat(offers(a)).extracting(MatchOffer::institute, MatchOffer::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("KITECH", OfferStatus.WITHDRAWN),
                org.assertj.core.groups.Tuple.tuple(other, OfferStatus.OFFERED));
        assertThat(offers(b)).extracting(MatchOffer::status).containsExactly(OfferStatus.OFFERED);
        assertThat(offers(c)).extracting(MatchOffer::status).containsExactly(OfferStatus.OFFERED);
        assertThat(jdbc.queryForObject("select count(*) from match_plan where call_id = ?", Long.class, call.id()))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'MATCH_PLAN_APPLY' and "
                + "target_id = ?", Long.class, String.valueOf(call.id()))).isEqualTo(1);
        assertThat(requests.lastPlan(call.id())).hasValueSatisfying(p -> assertThat(p.lines()).isEqualTo(2));

        // the withdrawn request is gone from KITECH's answers; the new one is answered as any other
        long withdrawn = offers(a).get(0).id();
        mvc.perform(post("/api/v1/institute/requests/" + withdrawn + "/accept").with(KITECH))
                .andExpect(status().isBadRequest());
        // KITECH cannot be given a back again: its request was withdrawn
        applyPlan(call, planJson(java.util.Map.of(a, List.of("KITECH"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("KITECH")));
    }

    @Test
    void aPlanOverCapacityOrWithUnknownPartsIsRefusedAsAWholeNamingEachProblem() throws Exception {
        Call call = fixtures.openCall();
        long a = submitted(call);
        long b = submitted(call);
        withCapacityOfOne("KIMS", () -> {
            applyPlan(call, planJson(java.util.Map.of(a, List.of("KIMS"), b, List.of("KIMS"), 999_999L,
                    List.of("KIMS"))))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors.length()").value(2))
                    .andExpect(jsonPath("$.errors[*].message").value(org.hamcrest.Matchers.hasItems(
                            org.hamcrest.Matchers.containsString("999999"),
                            org.hamcrest.Matchers.containsString("수용 한도는 1건"))));
            applyPlan(call, planJson(java.util.Map.of(a, List.of("NOPE"))))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("NOPE")));
            assertThat(List.of(a, b)).as("nothing changed").allSatisfy(id -> assertThat(offers(id))
                    .singleElement().satisfies(o -> assertThat(o.status()).isEqualTo(OfferStatus.OFFERED)));
            assertThat(jdbc.queryForObject("select count(*) from match_plan where call_id = ?", Long.class,
                    call.id())).isZero();
        });
    }

    @Test
    void theLiveQueuePassesOverAnInstituteAtItsCapacity() throws Exception {
        Call call = fixtures.openCall();
        withCapacityOfOne("KITECH", () -> {
            long first = submitted(call);
            long second = submitted(call);
            assertThat(offers(first)).singleElement().satisfies(o -> assertThat(o.institute()).isEqualTo("KITECH"));
            assertThat(offers(second)).singleElement().satisfies(o -> assertThat(o.institute())
                    .as("KITECH holds one request of the call, its capacity").isNotEqualTo("KITECH"));
        });
    }

    @Test
    void capacitiesAreSetThroughTheApiByOfficersOrTheInstitutesOwnCoordinator() throws Exception {
        Integer kims = jdbc.queryForObject("select capacity from research_institute where short_name = 'KIMS'",
                Integer.class);
        Integer kitech = jdbc.queryForObject("select capacity from research_institute where short_name = 'KITECH'",
                Integer.class);
        try {
            mvc.perform(put("/api/v1/institutes/KIMS/capacity").with(OFFICER).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"capacity\": 7}"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.capacity").value(7))
                    .andExpect(jsonPath("$.capacityAssumed").value(false));
            mvc.perform(put("/api/v1/institutes/KITECH/capacity").with(KITECH)
                    .contentType(MediaType.APPLICATION_JSON).content("{\"capacity\": 9}"))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.capacity").value(9));
            mvc.perform(put("/api/v1/institutes/KIMS/capacity").with(KITECH).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"capacity\": 1}")).andExpect(status().isForbidden());
            mvc.perform(put("/api/v1/institutes/KIMS/capacity").with(OFFICER).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"capacity\": -1}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("capacity"));
            mvc.perform(put("/api/v1/institutes/KIMS/capacity").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"capacity\": 3}")).andExpect(status().isUnauthorized());
            assertThat(institutes.find("KIMS").orElseThrow().capacity()).isEqualTo(7);
            assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'INSTITUTE_CAPACITY'",
                    Long.class)).isGreaterThanOrEqualTo(2);
        } finally {
            jdbc.update("update research_institute set capacity = ? where short_name = 'KIMS'", kims);
            jdbc.update("update research_institute set capacity = ? where short_name = 'KITECH'", kitech);
        }
    }
}
