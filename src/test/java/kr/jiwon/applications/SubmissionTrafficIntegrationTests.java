package kr.jiwon.applications;

import static kr.jiwon.applications.ApplicationsFixtures.PASSWORD;
import static kr.jiwon.applications.ApplicationsFixtures.PDF;
import static kr.jiwon.applications.ApplicationsFixtures.draftJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import kr.jiwon.applications.ApplicationsFixtures.CompanyUser;
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

/**
 * On a deadline evening the submissions get the machine: the institute hand-off of a submission waits while other
 * submissions are under way, and runs once they pause.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"embedded", "test"})
class SubmissionTrafficIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationsFixtures fixtures;
    @Autowired
    SubmissionTraffic traffic;

    @Test
    void theHandOffWaitsWhileOtherSubmissionsAreUnderWayAndRunsWhenTheyPause() throws Exception {
        CompanyUser c = fixtures.company();
        RequestPostProcessor as = httpBasic(c.user().username(), PASSWORD);
        long id = ((Number) JsonPath.read(mvc.perform(post("/api/v1/applications").with(as)
                .contentType(MediaType.APPLICATION_JSON).content("{\"callId\": " + fixtures.openCall().id() + "}"))
                .andReturn().getResponse().getContentAsString(), "$.id")).longValue();
        mvc.perform(put("/api/v1/applications/" + id).with(as).contentType(MediaType.APPLICATION_JSON)
                .content(draftJson(0, "4천만원", 10))).andExpect(status().isOk());
        mvc.perform(multipart("/api/v1/applications/" + id + "/documents")
                .file(new MockMultipartFile("file", "p.pdf", "application/pdf", PDF)).with(as));
        traffic.began(); // another company's submission, still under way
        try {
            mvc.perform(post("/api/v1/applications/" + id + "/submit").with(as)).andExpect(status().isOk());
            Thread.sleep(1_000);
            assertThat(offers(id)).as("no hand-off while a submission is under way").isZero();
        } finally {
            traffic.ended();
        }
        kr.jiwon.testing.Events.awaitDelivered(jdbc);
        assertThat(offers(id)).isEqualTo(1);
    }

    private int offers(long applicationId) {
        return jdbc.queryForObject("select count(*) from match_offer where application_id = ?", Integer.class,
                applicationId);
    }
}
