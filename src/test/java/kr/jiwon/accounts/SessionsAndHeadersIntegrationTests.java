package kr.jiwon.accounts;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import kr.jiwon.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Sessions and headers (issue 16, item 11; ASVS V3, V14.4; the 12-hour absolute limit is SessionLimitsTests): an
 * officer keeps at most three sessions, the least recently used signed out; a new password signs out the account's
 * other sessions; pages send a CSP with no inline style and with
 * form-action, Referrer-Policy and Permissions-Policy; a browser's cross-site write to the API is refused even with
 * HTTP Basic credentials it remembers.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"embedded", "test"})
class SessionsAndHeadersIntegrationTests {

    private static final String PASSWORD = "session-test-phrase-9";

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountManagement accounts;
    @Autowired
    JdbcTemplate jdbc;

    private String account(Role role) {
        String u = "s" + System.nanoTime();
        accounts.create(new NewAccount(u, u + "@agency.example", PASSWORD, "세션", role, null, null));
        return u;
    }

    /** Signs in through the login form; the session is Spring Session's, named by its cookie. */
    private Cookie signIn(String username) throws Exception {
        MvcResult r = mvc.perform(formLogin("/login").user(username).password(PASSWORD))
                .andExpect(redirectedUrl("/")).andReturn();
        return r.getResponse().getCookie("SESSION");
    }

    @Test
    void anOfficersFourthSessionSignsOutTheLeastRecentlyUsed() throws Exception {
        String u = account(Role.OFFICER);
        Cookie first = signIn(u);
        mvc.perform(get("/office").cookie(first)).andExpect(status().isOk());
        Cookie second = signIn(u);
        signIn(u);
        mvc.perform(get("/office").cookie(first)).andExpect(status().isOk());
        signIn(u);
        // the session used least recently (the second: the first was used after it) is signed out
        mvc.perform(get("/office").cookie(second)).andExpect(redirectedUrl("/login?expired"));
        mvc.perform(get("/office").cookie(first)).andExpect(status().isOk());
        mvc.perform(get("/login").param("expired", "")).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("보안을 위해 로그아웃되었습니다")));

        String company = account(Role.APPLICANT);
        Cookie one = signIn(company);
        for (int i = 0; i < 4; i++) {
            signIn(company);
        }
        // a company user is not limited
        mvc.perform(get("/my/applications").cookie(one)).andExpect(status().isOk());
    }

    @Test
    void aNewPasswordSignsOutTheAccountsOtherSessions() throws Exception {
        String u = account(Role.APPLICANT);
        Cookie phone = signIn(u);
        Cookie desk = signIn(u);
        mvc.perform(get("/my/applications").cookie(phone)).andExpect(status().isOk());
        mvc.perform(post("/my/account/password").cookie(desk).with(
                org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("currentPassword", PASSWORD).param("newPassword", "another-session-phrase-8")
                .param("confirmPassword", "another-session-phrase-8")).andExpect(redirectedUrl("/my/account"));
        mvc.perform(get("/my/applications").cookie(desk)).andExpect(status().isOk());
        mvc.perform(get("/my/applications").cookie(phone)).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.containsString("/login")));
    }

    @Test
    void pagesSendAStrictContentSecurityPolicyAndPrivacyHeaders() throws Exception {
        mvc.perform(get("/"))
                .andExpect(header().string("Content-Security-Policy",
                        org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("form-action 'self'"),
                                org.hamcrest.Matchers.containsString("style-src 'self';"),
                                org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("unsafe-inline")))))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().string("Permissions-Policy",
                        org.hamcrest.Matchers.containsString("camera=()")));
    }

    /**
     * A page names its style sheet and scripts by content address; those are kept by the browser for a year (a page
     * then loads without fetching them again), while the page itself is never stored.
     */
    @Test
    void staticFilesHaveContentAddressesAndAreKeptForAYearWhilePagesAreNeverStored() throws Exception {
        MvcResult home = mvc.perform(get("/")).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")))
                .andReturn();
        String html = home.getResponse().getContentAsString();
        for (String file : java.util.List.of("/css/jiwon-[0-9a-f]{32}\\.css", "/js/site-[0-9a-f]{32}\\.js")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(file).matcher(html);
            org.assertj.core.api.Assertions.assertThat(m.find()).as(file + " on the home page").isTrue();
            mvc.perform(get(m.group())).andExpect(status().isOk())
                    .andExpect(header().string("Cache-Control", "max-age=31536000, public"));
        }
        org.assertj.core.api.Assertions.assertThat(html).as("no bare address left")
                .doesNotContain("\"/css/jiwon.css\"").doesNotContain("\"/js/site.js\"");
    }

    @Test
    void aCrossSiteWriteToTheApiIsRefusedEvenWithRememberedBasicCredentials() throws Exception {
        String body = "{\"code\":\"X\"}";
        var basic = httpBasic("officer", "jiwon-officer-demo");
        mvc.perform(post("/api/v1/programs").with(basic).header("Origin", "https://evil.example")
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/programs").with(basic).header("Sec-Fetch-Site", "cross-site")
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
        // the same request from a client that is not a browser (no Origin) reaches the API and is judged on its body
        mvc.perform(post("/api/v1/programs").with(basic).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/programs").with(basic).header("Origin", "http://localhost")
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/programs").header("Origin", "https://evil.example")).andExpect(status().isOk());
    }
}
