package kr.jiwon.applications;

import static kr.jiwon.applications.ApplicationsFixtures.PASSWORD;
import static kr.jiwon.applications.ApplicationsFixtures.PDF;
import static kr.jiwon.applications.ApplicationsFixtures.draftJson;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import kr.jiwon.applications.ApplicationsFixtures.CompanyUser;
import kr.jiwon.institutes.InstituteManagement;
import kr.jiwon.programs.Call;
import kr.jiwon.shared.Role;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Every application endpoint (API and pages) × every role × owner / non-owner, including guessed ids: who gets
 * through, who gets 401, 403 or 404. A non-owner learns nothing: 404, as for an id that does not exist.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"embedded", "test"})
class ApplicationAuthorizationMatrixIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationsFixtures fixtures;
    @Autowired
    InstituteManagement institutes;
    @Autowired
    InstituteAccess instituteAccess;

    CompanyUser owner;
    CompanyUser other;
    long submitted;
    long draft;
    long submittedDoc;
    long draftDoc;
    long callId;

    static final long GUESSED = 987_654_321L;

    @BeforeEach
    void setUp() throws Exception {
        owner = fixtures.company();
        other = fixtures.company();
        Call call = fixtures.openCall();
        Call call2 = fixtures.openCall();
        callId = call.id();
        submitted = create(owner, call);
        submittedDoc = attach(owner, submitted);
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/applications/" + submitted + "/submit").with(basic(owner)));
        draft = create(owner, call2);
        draftDoc = attach(owner, draft);
        fixtures.account("matrix-kitech", Role.INSTITUTE, institutes.find("KITECH").orElseThrow().id());
        org.assertj.core.api.Assertions.assertThat(instituteAccess.holdsRequest("KITECH", submitted))
                .as("the submitted application's request went to the institute it names").isTrue();
        org.assertj.core.api.Assertions.assertThat(instituteAccess.holdsRequest("KRICT", submitted)).isFalse();
        fixtures.account("matrix-krict", Role.INSTITUTE, institutes.find("KRICT").orElseThrow().id());
        fixtures.account("matrix-reviewer", Role.REVIEWER, null);
    }

    private long create(CompanyUser c, Call call) throws Exception {
        String body = mvc.perform(MockMvcRequestBuilders.post("/api/v1/applications").with(basic(c))
                .contentType(MediaType.APPLICATION_JSON).content("{\"callId\": " + call.id() + "}"))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        mvc.perform(MockMvcRequestBuilders.put("/api/v1/applications/" + id).with(basic(c))
                .contentType(MediaType.APPLICATION_JSON).content(draftJson(0, "4천만원", 10)));
        return id;
    }

    private long attach(CompanyUser c, long id) throws Exception {
        String body = mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/applications/" + id + "/documents")
                .file(new MockMultipartFile("file", "p.pdf", "application/pdf", PDF)).with(basic(c)))
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    static RequestPostProcessor basic(CompanyUser c) {
        return httpBasic(c.user().username(), PASSWORD);
    }

    record Who(String name, RequestPostProcessor api, RequestPostProcessor web) {
    }

    private List<Who> people() {
        return List.of(
                new Who("anonymous", r -> r, r -> r),
                new Who("owner", basic(owner), user(owner.user().username()).roles("APPLICANT")),
                new Who("other-company", basic(other), user(other.user().username()).roles("APPLICANT")),
                new Who("institute-named", httpBasic("matrix-kitech", PASSWORD),
                        user("matrix-kitech").roles("INSTITUTE")),
                new Who("institute-other", httpBasic("matrix-krict", PASSWORD),
                        user("matrix-krict").roles("INSTITUTE")),
                new Who("reviewer", httpBasic("matrix-reviewer", PASSWORD), user("matrix-reviewer").roles("REVIEWER")),
                new Who("officer", httpBasic("officer", "jiwon-officer-demo"), user("officer").roles("OFFICER")),
                new Who("admin", httpBasic("admin", "jiwon-admin-demo"), user("admin").roles("ADMIN")));
    }

    /** One endpoint with the expected status per person, in the order of {@link #people()}. */
    record Endpoint(String label, boolean api, HttpMethod method, String url, String json, int... expected) {
    }

    private List<Endpoint> endpoints() {
        String s = "/api/v1/applications/" + submitted;
        String d = "/api/v1/applications/" + draft;
        String g = "/api/v1/applications/" + GUESSED;
        String draftBody = draftJson(99, "4천만원", 10);
        //                                                  anon owner other inst+ inst- rev  off  adm
        return List.of(
                new Endpoint("list mine", true, HttpMethod.GET, "/api/v1/applications", null, 401, 200, 200, 200, 200,
                        200, 200, 200),
                new Endpoint("start", true, HttpMethod.POST, "/api/v1/applications", "{\"callId\": " + callId + "}",
                        401, 201, 201, 403, 403, 403, 403, 403),
                new Endpoint("view submitted", true, HttpMethod.GET, s, null, 401, 200, 404, 200, 404, 404, 200, 200),
                new Endpoint("view draft", true, HttpMethod.GET, d, null, 401, 200, 404, 404, 404, 404, 200, 200),
                new Endpoint("view guessed", true, HttpMethod.GET, g, null, 401, 404, 404, 404, 404, 404, 404, 404),
                new Endpoint("write draft", true, HttpMethod.PUT, d, draftBody, 401, 409, 404, 404, 404, 404, 403, 403),
                new Endpoint("write guessed", true, HttpMethod.PUT, g, draftBody, 401, 404, 404, 404, 404, 404, 404,
                        404),
                new Endpoint("attach", true, HttpMethod.POST, d + "/documents", "FILE", 401, 201, 404, 404, 404, 404,
                        403, 403),
                // the named institute holds the company's request (asserted in setUp), so it may open the documents
                new Endpoint("download", true, HttpMethod.GET, s + "/documents/" + submittedDoc, null,
                        401, 200, 404, 200, 404, 404, 200, 200),
                new Endpoint("download via wrong application", true, HttpMethod.GET, d + "/documents/" + submittedDoc,
                        null, 401, 404, 404, 404, 404, 404, 404, 404),
                new Endpoint("remove document", true, HttpMethod.DELETE, s + "/documents/" + submittedDoc, null,
                        401, 400, 404, 403, 404, 404, 403, 403),
                new Endpoint("submit", true, HttpMethod.POST, s + "/submit", null, 401, 200, 404, 403, 404, 404, 403,
                        403),
                new Endpoint("submit guessed", true, HttpMethod.POST, g + "/submit", null, 401, 404, 404, 404, 404, 404,
                        404, 404),
                new Endpoint("withdraw other's", true, HttpMethod.POST, d + "/withdraw", "{}", 401, 400, 404, 404, 404,
                        404, 403, 403),
                new Endpoint("reopen", true, HttpMethod.POST, d + "/reopen", null, 401, 400, 404, 404, 404, 404, 403,
                        403),
                new Endpoint("change status", true, HttpMethod.POST, g + "/status", "{\"status\": \"SCREENING\"}",
                        401, 403, 403, 403, 403, 403, 404, 404),
                new Endpoint("override institute (guessed id)", true, HttpMethod.POST, g + "/matching/override",
                        "{\"institute\": \"KIMS\", \"reason\": \"x\"}", 401, 403, 403, 403, 403, 403, 404, 404),
                new Endpoint("screening list", true, HttpMethod.GET, "/api/v1/calls/" + callId + "/applications", null,
                        401, 403, 403, 403, 403, 403, 200, 200),
                new Endpoint("screening export", true, HttpMethod.GET, "/api/v1/calls/" + callId + "/applications.xlsx",
                        null, 401, 403, 403, 403, 403, 403, 200, 200),
                new Endpoint("audit log", true, HttpMethod.GET, "/api/v1/audit", null, 401, 403, 403, 403, 403, 403,
                        200, 200),
                new Endpoint("page: edit draft", false, HttpMethod.GET, "/applications/" + draft + "/edit", null,
                        302, 200, 404, 404, 404, 404, 200, 200),
                new Endpoint("page: view", false, HttpMethod.GET, "/applications/" + submitted, null,
                        302, 200, 404, 200, 404, 404, 200, 200),
                new Endpoint("page: receipt", false, HttpMethod.GET, "/applications/" + submitted + "/receipt", null,
                        302, 200, 404, 200, 404, 404, 200, 200),
                new Endpoint("page: guessed", false, HttpMethod.GET, "/applications/" + GUESSED, null,
                        302, 404, 404, 404, 404, 404, 404, 404),
                new Endpoint("page: download", false, HttpMethod.GET,
                        "/applications/" + submitted + "/documents/" + submittedDoc,
                        null, 302, 200, 404, 200, 404, 404, 200, 200),
                new Endpoint("page: autosave", false, HttpMethod.PUT, "/applications/" + draft + "/draft",
                        "{\"version\": 99}", 302, 409, 404, 404, 404, 404, 403, 403),
                new Endpoint("page: screening", false, HttpMethod.GET, "/office/calls/" + callId + "/applications",
                        null,
                        302, 403, 403, 403, 403, 403, 200, 200),
                new Endpoint("page: audit", false, HttpMethod.GET, "/office/audit", null, 302, 403, 403, 403, 403, 403,
                        200, 200),
                new Endpoint("page: my applications", false, HttpMethod.GET, "/my/applications", null,
                        302, 200, 200, 200, 200, 200, 200, 200));
    }

    private AbstractMockHttpServletRequestBuilder<?> request(Endpoint e) {
        if ("FILE".equals(e.json())) {
            return MockMvcRequestBuilders.multipart(e.url())
                    .file(new MockMultipartFile("file", "x.pdf", "application/pdf", PDF));
        }
        MockHttpServletRequestBuilder b = MockMvcRequestBuilders.request(e.method(), e.url());
        return e.json() == null ? b : b.contentType(MediaType.APPLICATION_JSON).content(e.json());
    }

    @Test
    void everyEndpointLetsInOnlyWhoMayUseIt() throws Exception {
        SoftAssertions softly = new SoftAssertions();
        List<Who> people = people();
        List<String> checked = new ArrayList<>();
        for (Endpoint e : endpoints()) {
            for (int i = 0; i < people.size(); i++) {
                Who who = people.get(i);
                AbstractMockHttpServletRequestBuilder<?> r = request(e).with(e.api() ? who.api() : who.web());
                if (!e.api()) {
                    r = r.with(csrf());
                }
                int actual = mvc.perform(r).andReturn().getResponse().getStatus();
                softly.assertThat(actual).as(e.label() + " as " + who.name()).isEqualTo(e.expected()[i]);
                checked.add(e.label());
            }
        }
        softly.assertAll();
        org.assertj.core.api.Assertions.assertThat(checked).hasSize(endpoints().size() * people.size());
    }

    @Test
    void formsWithoutACsrfTokenAreRefused() throws Exception {
        int status = mvc.perform(MockMvcRequestBuilders.post("/applications/" + draft)
                .with(user(owner.user().username()).roles("APPLICANT")).param("title", "x")).andReturn().getResponse()
                .getStatus();
        org.assertj.core.api.Assertions.assertThat(status).isEqualTo(403);
        status = mvc.perform(MockMvcRequestBuilders.put("/applications/" + draft + "/draft")
                .with(user(owner.user().username()).roles("APPLICANT")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\": 0}")).andReturn().getResponse().getStatus();
        org.assertj.core.api.Assertions.assertThat(status).isEqualTo(403);
    }
}
