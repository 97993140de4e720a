package kr.jiwon.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import kr.jiwon.applications.ApplicationManagement;
import kr.jiwon.applications.ApplicationStatus;
import kr.jiwon.applications.ApplicationsFixtures;
import kr.jiwon.programs.Call;
import kr.jiwon.review.ReviewFixtures;
import kr.jiwon.review.ReviewFixtures.Applied;
import kr.jiwon.review.ReviewerPool;
import kr.jiwon.review.ScoreSheet;
import kr.jiwon.review.Scoring;
import kr.jiwon.shared.Role;
import kr.jiwon.shared.Won;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * An officer runs a call in the web UI from eligible applications to a confirmed, notified result: reviewers,
 * plan, panel, an impossible and then a possible assignment, CSV dry run, score sheets (one reopened), the
 * comparison with what-if, confirmation, the applicant's result and objection, the re-decision.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"embedded", "test"})
class ReviewToResultWebJourneyIntegrationTests {

    static final RequestPostProcessor OFFICER = user("officer").roles("OFFICER");

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationsFixtures fixtures;
    @Autowired
    ReviewFixtures review;
    @Autowired
    ReviewerPool pool;
    @Autowired
    Scoring scoring;
    @Autowired
    ApplicationManagement applications;
    @Autowired
    SelectionResults results;

    @Test
    void anOfficerRunsACallFromEligibleApplicationsToNotifiedResults() throws Exception {
        Call call = fixtures.openCall();
        String base = "/office/calls/" + call.id();
        Applied a = review.submitted(call.id(), "48250", Won.ofManwon(5000), List.of("기계금속"), List.of());
        Applied b = review.submitted(call.id(), "51750", Won.ofManwon(4000), List.of("반도체"), List.of());
        Applied c = review.submitted(call.id(), "48250", Won.ofManwon(3000), List.of("기계금속"), List.of());
        review.institutesAccept(call.id());
        review.closeAndScreen(call.id());
        String login1 = "revweb" + System.nanoTime();
        String login2 = "revweb" + System.nanoTime();
        fixtures.account(login1, Role.REVIEWER, null);
        fixtures.account(login2, Role.REVIEWER, null);

        // the pool: a bad entry is refused beside its fields, two good ones are registered
        mvc.perform(post("/office/reviewers").with(OFFICER).with(csrf()).param("name", "")
                .param("email", "bad").param("affiliation", "대학").param("affiliationBrns", "123-45-67890"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("errors", org.hamcrest.Matchers.hasKey("affiliationBrns")));
        register(login1, "김평가", "기계금속");
        register(login2, "이평가", "반도체, 기계금속");
        long r1 = pool.ofAccount(login1).orElseThrow().id();
        long r2 = pool.ofAccount(login2).orElseThrow().id();
        mvc.perform(get("/office/reviewers").with(OFFICER)).andExpect(status().isOk())
                .andExpect(content().string(containsString("김평가")));

        // a reviewer can be checked against the call before being invited
        mvc.perform(get(base + "/review").with(OFFICER).param("check", "" + r2)).andExpect(status().isOk())
                .andExpect(content().string(containsString("위촉 전에 이해충돌 확인")))
                .andExpect(content().string(containsString("이평가 심사위원의 이해충돌 확인")));

        // the plan asks for 3 reviewers each; with a panel of two the assignment is impossible, and says why
        plan(base, 3);
        for (long r : List.of(r1, r2)) {
            mvc.perform(post(base + "/review/panel").with(OFFICER).with(csrf()).param("reviewerId", "" + r))
                    .andExpect(status().is3xxRedirection());
        }
        mvc.perform(get(base + "/review").with(OFFICER).param("check", "" + r1)).andExpect(status().isOk())
                .andExpect(content().string(containsString("김평가 심사위원의 이해충돌 확인")));
        mvc.perform(post(base + "/review/assign").with(OFFICER).with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString("배정할 수 없습니다")))
                .andExpect(content().string(containsString("이해충돌 없는 심사위원 2명 (필요 3명)")));
        plan(base, 2);
        mvc.perform(post(base + "/review/assign").with(OFFICER).with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString("배정을 저장했습니다: 6건")));
        byte[] csv = mvc.perform(get(base + "/review/assignment.csv").with(OFFICER)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        mvc.perform(multipart(base + "/review/assignment.csv").file(new MockMultipartFile("file", "a.csv",
                "text/csv", csv)).param("apply", "false").with(OFFICER).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("문제가 없습니다(6줄)")));

        // the reviewers score; one sheet is reopened by the officer and submitted again
        RequestPostProcessor rev1 = user(login1).roles("REVIEWER");
        RequestPostProcessor rev2 = user(login2).roles("REVIEWER");
        mvc.perform(get("/review").with(rev1)).andExpect(status().isOk())
                .andExpect(content().string(containsString(a.application().title())));
        int[][] marks = {{90, 80}, {85, 75}, {60, 62}};
        List<Applied> apps = List.of(a, b, c);
        for (int i = 0; i < 3; i++) {
            score(rev1, apps.get(i).id(), marks[i][0]);
            score(rev2, apps.get(i).id(), marks[i][1]);
        }
        mvc.perform(get("/review/applications/" + a.id()).with(rev1)).andExpect(status().isOk())
                .andExpect(content().string(containsString("제출한 평가표입니다")));
        String outsider = "revweb" + System.nanoTime();
        fixtures.account(outsider, Role.REVIEWER, null);
        register(outsider, "박외부", "기계금속");
        mvc.perform(get("/review/applications/" + a.id()).with(user(outsider).roles("REVIEWER")))
                .andExpect(status().isNotFound());
        ScoreSheet sheet = scoring.sheet(login2, a.id());
        mvc.perform(post("/office/score-sheets/" + sheet.id() + "/reopen").with(OFFICER).with(csrf())
                .param("callId", "" + call.id()).param("reason", "점수 근거 보완 요청"))
                .andExpect(status().is3xxRedirection());
        assertThat(scoring.sheet(login2, a.id()).submitted()).isFalse();
        score(rev2, a.id(), 88);

        // the comparison, a what-if with less money, and the confirmation
        mvc.perform(get(base + "/selection").with(OFFICER)).andExpect(status().isOk())
                .andExpect(content().string(containsString("점수순으로는")))
                .andExpect(content().string(containsString("이보다 총점이 높은 조합은 없음이 증명되었습니다")))
                .andExpect(content().string(containsString("최저 점수 70점에 미달합니다")));
        mvc.perform(get(base + "/selection").with(OFFICER).param("budget", "5천만원")).andExpect(status().isOk())
                .andExpect(content().string(containsString("결과가 바뀐 신청서 1건")))
                .andExpect(content().string(containsString("남은 예산")));
        mvc.perform(get(base + "/selection").with(OFFICER).param("budget", "17억원원")).andExpect(status().isOk())
                .andExpect(content().string(containsString("alert-error")));
        mvc.perform(post(base + "/selection/confirm").with(OFFICER).with(csrf()).param("budget", "1억")
                .param("minScore", "70").param("share", "0").param("objectionDays", "7"))
                .andExpect(status().is3xxRedirection());
        assertThat(applications.forMatching(a.id()).status()).isEqualTo(ApplicationStatus.SELECTED);
        assertThat(applications.forMatching(b.id()).status()).isEqualTo(ApplicationStatus.SELECTED);
        assertThat(applications.forMatching(c.id()).status()).isEqualTo(ApplicationStatus.NOT_SELECTED);
        mvc.perform(get(base + "/selection").with(OFFICER)).andExpect(status().isOk())
                .andExpect(content().string(containsString("2건, 9,000만원 선정 확정")))
                .andExpect(content().string(not(containsString("확정하고 알리기"))));

        // the applicant sees the result and objects; the officer upholds and decides again
        RequestPostProcessor applicantC = user(c.company().user().username()).roles("APPLICANT");
        mvc.perform(get("/my/notifications").with(applicantC)).andExpect(status().isOk())
                .andExpect(content().string(containsString("선정 결과 안내")));
        mvc.perform(get("/my/applications/" + c.id() + "/result").with(applicantC)).andExpect(status().isOk())
                .andExpect(content().string(containsString("이번에는 선정되지 않았습니다")))
                .andExpect(content().string(containsString("이의신청 제출")));
        mvc.perform(get("/my/applications/" + c.id() + "/result")
                .with(user(a.company().user().username()).roles("APPLICANT"))).andExpect(status().isNotFound());
        mvc.perform(post("/my/applications/" + c.id() + "/objection").with(applicantC).with(csrf())
                .param("text", "평가 의견과 점수가 맞지 않습니다.")).andExpect(status().is3xxRedirection());
        long objectionId = mvc.perform(get(base + "/selection").with(OFFICER)).andReturn().getModelAndView()
                .getModel().get("objections") instanceof List<?> l ? ((Objection) l.get(0)).id() : -1;
        mvc.perform(post("/office/objections/" + objectionId + "/answer").with(OFFICER).with(csrf())
                .param("callId", "" + call.id()).param("upheld", "true").param("answer", "재심의하겠습니다."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(base + "/selection/applications/" + c.id() + "/decide").with(OFFICER).with(csrf())
                .param("selected", "false").param("reason", "재심의 결과 원결정 유지"))
                .andExpect(status().is3xxRedirection());
        assertThat(applications.forMatching(c.id()).status()).isEqualTo(ApplicationStatus.NOT_SELECTED);
        assertThat(results.history(c.id())).hasSize(2);
    }

    private void register(String login, String name, String fields) throws Exception {
        mvc.perform(post("/office/reviewers").with(OFFICER).with(csrf()).param("name", name)
                .param("email", login + "@review.kr").param("affiliation", "한국대학교")
                .param("expertiseFields", fields).param("accountUsername", login))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "reviewers.registered"));
    }

    private void plan(String base, int k) throws Exception {
        mvc.perform(post(base + "/review/plan").with(OFFICER).with(csrf()).param("k", "" + k).param("maxLoad", "3")
                .param("criteria", "기술성:100").param("bonuses", "").param("aggregation", "MEAN"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "review.saved"));
    }

    private void score(RequestPostProcessor as, long applicationId, int points) throws Exception {
        mvc.perform(post("/review/applications/" + applicationId).with(as).with(csrf()).param("score0", "" + points)
                .param("comment", "의견").param("action", "submit"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "sheet.submitted"));
    }
}
