package kr.jiwon.matching;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** An institute's coordinator edits the profile; recommendations follow at once. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"embedded", "test"})
class InstituteProfileEditIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void anEditedProfileChangesTheRecommendationsAtOnce() throws Exception {
        String text = "엑스트루드혼";
        mvc.perform(get("/api/v1/institutes/recommendations").param("text", text).param("k", "1"))
                .andExpect(jsonPath("$.length()").value(0)); // no institute mentions it yet
        var coordinator = user("institute").roles("INSTITUTE"); // demo coordinator of KITECH
        mvc.perform(get("/my/institute").with(coordinator))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("한국생산기술연구원")));
        mvc.perform(post("/my/institute").with(coordinator).with(csrf()).param("fields", "소성가공, 주조")
                .param("technologies", "엑스트루드혼 유동 연마, 다이캐스팅").param("equipment", "엑스트루드혼 연마기")
                .param("expertise", "소성가공 연구진").param("capacity", "8"))
                .andExpect(redirectedUrl("/my/institute"));
        mvc.perform(get("/api/v1/institutes/recommendations").param("text", text).param("k", "1"))
                .andExpect(jsonPath("$[0].institute").value("KITECH"))
                .andExpect(jsonPath("$[0].why[*]", org.hamcrest.Matchers.hasItem("맞는 장비: 엑스트루드혼 연마기")));
        mvc.perform(get("/api/v1/institutes/KITECH")).andExpect(jsonPath("$.capacity").value(8))
                .andExpect(jsonPath("$.capacityAssumed").value(false));
    }

    @Test
    void onlyAnInstitutesOwnCoordinatorEditsIt() throws Exception {
        mvc.perform(get("/my/institute").with(user("applicant").roles("APPLICANT"))).andExpect(status().isForbidden());
        mvc.perform(post("/my/institute").with(user("officer").roles("OFFICER")).with(csrf()).param("capacity", "1"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/my/institute").with(user("institute").roles("INSTITUTE")).param("capacity", "1"))
                .andExpect(status().isForbidden()); // no CSRF token
    }
}
