package kr.jiwon.programs;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The finder on the demo calls: 소부장 2차 (SME/midsize, 소부장 required, open), 스마트공장 (SME, favours 인구감소지역,
 * open), 뿌리 자동화 (SME, 뿌리기업 required, open), 소부장 2차 (upcoming).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"embedded", "test"})
class FinderIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void aVisitorSeesTheCallsTheyMayApplyToWithReasonsAndWhatTheOthersLack() throws Exception {
        // a root company in 영월 (인구감소지역), not 소부장
        mvc.perform(get("/api/v1/calls").param("eligibleFor", "profile").param("region", "51750")
                .param("size", "SME").param("root", "true").param("field", "자동화"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.title =~ /.*자동화.*/)].eligible").value(hasItem(true)))
                .andExpect(jsonPath("$[?(@.title =~ /.*스마트공장.*/)].fits[*]").value(hasItem(
                        containsString("인구감소지역"))))
                .andExpect(jsonPath("$[?(@.title =~ /.*심화기술지원사업 2차.*/)].eligible").value(hasItem(false)))
                .andExpect(jsonPath("$[?(@.title =~ /.*심화기술지원사업 2차.*/)].missing[0]").value(hasItem(
                        containsString("소부장"))));
        mvc.perform(get("/finder").param("region", "51750").param("size", "SME").param("root", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("신청할 수 있는 공고")))
                .andExpect(content().string(containsString("조건 하나만 부족")))
                .andExpect(content().string(containsString("우대: 인구감소지역 소재")));
    }

    @Test
    void aSignedInCompanyIsMatchedOnItsOwnProfileAndBadAnswersAreNamed() throws Exception {
        // the demo applicant is (주)한빛다이캐스팅, 김해, SME, 소부장 and 뿌리
        mvc.perform(get("/api/v1/calls").param("eligibleFor", "me")
                .with(httpBasic("applicant", "jiwon-applicant-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.title =~ /.*심화기술지원사업 2차.*/)].eligible").value(hasItem(true)));
        mvc.perform(get("/finder").with(user("applicant").roles("APPLICANT"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("(주)한빛다이캐스팅의 회사 정보로 찾았습니다")));
        mvc.perform(get("/api/v1/calls").param("eligibleFor", "profile").param("region", "99999")
                .param("size", "HUGE"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("region")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("size")));
        mvc.perform(get("/api/v1/calls").param("eligibleFor", "me")).andExpect(status().isUnauthorized());
        mvc.perform(get("/finder").param("region", "99999")).andExpect(status().isOk())
                .andExpect(content().string(containsString("알 수 없는 지역 코드")))
                .andExpect(content().string(not(containsString("신청할 수 있는 공고 "))));
        byte[] csv = mvc.perform(get("/finder.csv").param("region", "48250").param("size", "SME"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        org.assertj.core.api.Assertions.assertThat(new String(csv, java.nio.charset.StandardCharsets.UTF_8))
                .startsWith("\uFEFF공고,결과,마감");
    }
}
