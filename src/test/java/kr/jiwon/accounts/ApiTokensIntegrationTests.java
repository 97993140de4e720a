package kr.jiwon.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.jiwon.applications.ApplicationsFixtures;
import kr.jiwon.applications.ApplicationsFixtures.CompanyUser;
import kr.jiwon.programs.Call;
import kr.jiwon.testing.MutableClock;
import kr.jiwon.testing.TestClockConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Personal access tokens (issue 19, Done-when 3): made in the page and shown once, a token acts as its account —
 * its role and its company — within its scope (a read-only one cannot write), records its last use, and stops
 * working when revoked or expired; an unknown token is 401 with a Bearer challenge. Neither a token nor a password
 * reaches the log (checked by capturing it).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"embedded", "test"})
@Import(TestClockConfiguration.class)
@ExtendWith(OutputCaptureExtension.class)
class ApiTokensIntegrationTests {

    private static final Pattern SECRET = Pattern.compile("id=\"secret\"[^>]*value=\"(jiwon_[A-Za-z0-9_-]+)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationsFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String create(String username, String role, String name, String scope, String days) throws Exception {
        String page = mvc.perform(post("/my/tokens").with(user(username).roles(role)).with(csrf())
                .param("name", name).param("scope", scope).param("days", days))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher m = SECRET.matcher(page);
        assertThat(m.find()).as("the page shows the new token once").isTrue();
        return m.group(1);
    }

    private static RequestPostProcessor bearer(String token) {
        return request -> {
            request.addHeader("Authorization", "Bearer " + token);
            return request;
        };
    }

    @Test
    void aTokenActsAsItsAccountWithinItsScopeUntilRevokedOrExpired(CapturedOutput log) throws Exception {
        CompanyUser mine = fixtures.company();
        CompanyUser theirs = fixtures.company();
        Call call = fixtures.openCall();
        String write = create(mine.user().username(), "APPLICANT", "재무 ERP 연계", "WRITE", "90");
        String read = create(mine.user().username(), "APPLICANT", "조회 전용", "READ", "30");
        assertThat(write).isNotEqualTo(read);
        assertThat(jdbc.queryForObject("select count(*) from api_token where token_hash = ? or token_hash = ?",
                Long.class, write, read)).as("secrets are not stored").isZero();
        assertThat(jdbc.queryForObject("select count(*) from api_token where token_hash = ? or token_hash = ?",
                Long.class, kr.jiwon.shared.Sha256.hex(write), kr.jiwon.shared.Sha256.hex(read)))
                .as("their SHA-256 is").isEqualTo(2);

        // the write token starts an application for its company; the read token reads, but cannot write
        String started = mvc.perform(post("/api/v1/applications").with(bearer(write))
                .contentType(MediaType.APPLICATION_JSON).content("{\"callId\": " + call.id() + "}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) com.jayway.jsonpath.JsonPath.read(started, "$.id")).longValue();
        mvc.perform(get("/api/v1/applications/" + id).with(bearer(read))).andExpect(status().isOk());
        mvc.perform(post("/api/v1/applications").with(bearer(read)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"callId\": " + call.id() + "}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("읽기 전용")));
        // another company's token sees nothing of it; an applicant's token is no officer
        String other = create(theirs.user().username(), "APPLICANT", "다른 기업", "WRITE", "30");
        mvc.perform(get("/api/v1/applications/" + id).with(bearer(other)))
                .andExpect(status().is4xxClientError());
        mvc.perform(get("/api/v1/calls/" + call.id() + "/matching").with(bearer(write)))
                .andExpect(status().isForbidden());
        String officer = create("officer", "OFFICER", "기관 ERP", "READ", "30");
        mvc.perform(get("/api/v1/calls/" + call.id() + "/matching").with(bearer(officer)))
                .andExpect(status().isOk());

        // last use recorded; the list shows no secret
        assertThat(jdbc.queryForObject("select count(*) from api_token where username = ? and last_used_at is not "
                + "null", Long.class, mine.user().username())).isEqualTo(2);
        String list = mvc.perform(get("/api/v1/tokens").with(bearer(read))).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2)).andReturn().getResponse().getContentAsString();
        assertThat(list).doesNotContain(write).doesNotContain(read).contains(write.substring(0, 10));

        // revoked: refused at once
        long writeId = jdbc.queryForObject("select id from api_token where username = ? and name = '재무 ERP 연계'",
                Long.class, mine.user().username());
        mvc.perform(delete("/api/v1/tokens/" + writeId).with(bearer(other))).andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/tokens/" + writeId).with(bearer(read))).andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/tokens/" + writeId).with(bearer(write))).andExpect(status().isOk())
                .andExpect(jsonPath("$.revokedBy").value(mine.user().username()));
        mvc.perform(get("/api/v1/applications/" + id).with(bearer(write))).andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.containsString("Bearer")));

        // expired: refused
        clock.advance(Duration.ofDays(31));
        mvc.perform(get("/api/v1/applications/" + id).with(bearer(read))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/applications").with(bearer("jiwon_not-a-token"))).andExpect(status().isUnauthorized());
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action in ('TOKEN_CREATE', "
                + "'TOKEN_REVOKE') and actor = ?", Long.class, mine.user().username())).isEqualTo(3);

        // a wrong password too; nothing secret in the log
        mvc.perform(get("/api/v1/applications").with(httpBasic(mine.user().username(), "wrong-password-77")))
                .andExpect(status().isUnauthorized());
        assertThat(log.getAll()).doesNotContain(write).doesNotContain(read).doesNotContain(other)
                .doesNotContain(officer).doesNotContain("wrong-password-77")
                .doesNotContain(ApplicationsFixtures.PASSWORD);
    }

    @Test
    void aTokenIsMadeOnlyInThePagesNeverWithAToken() throws Exception {
        CompanyUser mine = fixtures.company();
        String write = create(mine.user().username(), "APPLICANT", "첫 토큰", "WRITE", "30");
        int answer = mvc.perform(post("/my/tokens").with(bearer(write)).param("name", "둘째").param("scope", "WRITE")
                .param("days", "30")).andReturn().getResponse().getStatus();
        assertThat(answer).as("the pages do not take tokens").isIn(302, 403);
        mvc.perform(post("/api/v1/tokens").with(bearer(write)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"셋째\"}")).andExpect(status().is4xxClientError());
        assertThat(jdbc.queryForObject("select count(*) from api_token where username = ?", Long.class,
                mine.user().username())).isEqualTo(1);
        mvc.perform(post("/my/tokens").with(user(mine.user().username()).roles("APPLICANT")).with(csrf())
                .param("name", " ").param("scope", "ADMIN").param("days", "999"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("1~100자"),
                                org.hamcrest.Matchers.containsString("권한을 골라"),
                                org.hamcrest.Matchers.containsString("1~365일"))));
    }
}
