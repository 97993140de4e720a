package kr.jiwon.applications;

import static kr.jiwon.applications.ApplicationsFixtures.PASSWORD;
import static kr.jiwon.applications.ApplicationsFixtures.PDF;
import static kr.jiwon.applications.ApplicationsFixtures.draftJson;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import kr.jiwon.applications.ApplicationsFixtures.CompanyUser;
import kr.jiwon.programs.Call;
import kr.jiwon.testing.MutableClock;
import kr.jiwon.testing.TestClockConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
/** The JSON API of applications as integrating systems use it (HTTP Basic): the steps the tests build on. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"embedded", "test"})
@Import(TestClockConfiguration.class)
abstract class ApplicationApiTestSupport {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationsFixtures fixtures;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static RequestPostProcessor as(CompanyUser c) {
        return httpBasic(c.user().username(), PASSWORD);
    }

    long start(CompanyUser c, Call call) throws Exception {
        String body = mvc.perform(post("/api/v1/applications").with(as(c)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"callId\": " + call.id() + ", \"trackCode\": \"GENERAL\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    long version(CompanyUser c, long id) throws Exception {
        String body = mvc.perform(get("/api/v1/applications/" + id).with(as(c)))
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.version")).longValue();
    }

    ResultActions write(CompanyUser c, long id, String json) throws Exception {
        return mvc.perform(put("/api/v1/applications/" + id).with(as(c)).contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    ResultActions attach(CompanyUser c, long id, String name, byte[] bytes) throws Exception {
        return mvc.perform(multipart("/api/v1/applications/" + id + "/documents")
                .file(new MockMultipartFile("file", name, "application/octet-stream", bytes)).with(as(c)));
    }

    MockHttpServletRequestBuilder submit(long id, String key) {
        MockHttpServletRequestBuilder b = post("/api/v1/applications/" + id + "/submit");
        return key == null ? b : b.header("Idempotency-Key", key);
    }

    /** A draft that passes every rule of an open default call. */
    long completeDraft(CompanyUser c, Call call) throws Exception {
        long id = start(c, call);
        write(c, id, draftJson(version(c, id), "4,800만원", 10)).andExpect(status().isOk());
        attach(c, id, "사업계획서.pdf", PDF).andExpect(status().isCreated());
        return id;
    }

    String statusOf(CompanyUser c, long id) throws Exception {
        return JsonPath.read(mvc.perform(get("/api/v1/applications/" + id).with(as(c))).andReturn().getResponse()
                .getContentAsString(), "$.status");
    }

}
