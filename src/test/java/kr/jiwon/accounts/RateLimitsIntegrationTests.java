package kr.jiwon.accounts;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Rate limits (issue 16, item 9; ASVS V2.2.1, V11.1.4): sign-in attempts, sign-ups and password-reset requests per
 * client address, API calls per credential, each answered 429 with Retry-After beyond the limit (the figures here
 * are small so the test is quick; the platform's are in SecurityConfiguration).
 */
@SpringBootTest(properties = {"jiwon.rate-limit.enabled=true", "jiwon.rate-limit.login=3/PT1M",
        "jiwon.rate-limit.signup=2/PT1H", "jiwon.rate-limit.password-reset=2/PT15M", "jiwon.rate-limit.api=4/PT1M"})
@AutoConfigureMockMvc
@ActiveProfiles({"embedded", "test"})
class RateLimitsIntegrationTests {

    @Autowired
    MockMvc mvc;

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void signInAttemptsBeyondTheLimitFromOneAddressAreAnswered429WithRetryAfter() throws Exception {
        for (int i = 0; i < 3; i++) {
            mvc.perform(post("/login").with(csrf()).with(from("203.0.113.50")).param("username", "nobody")
                    .param("password", "wrong-password-" + i)).andExpect(status().is3xxRedirection());
        }
        mvc.perform(post("/login").with(csrf()).with(from("203.0.113.50")).param("username", "nobody")
                .param("password", "wrong-password-9")).andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"));
        // another address is not affected
        mvc.perform(post("/login").with(csrf()).with(from("203.0.113.51")).param("username", "nobody")
                .param("password", "wrong-password-9")).andExpect(status().is3xxRedirection());
    }

    @Test
    void signUpsAndResetRequestsHaveTheirOwnLimits() throws Exception {
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/signup").with(csrf()).with(from("198.51.100.60")).param("email", "x" + i + "@x.kr"))
                    .andExpect(status().isOk());
            mvc.perform(post("/password-reset").with(csrf()).with(from("198.51.100.60")).param("who", "x" + i))
                    .andExpect(status().is2xxSuccessful());
        }
        mvc.perform(post("/signup").with(csrf()).with(from("198.51.100.60")).param("email", "y@x.kr"))
                .andExpect(status().isTooManyRequests()).andExpect(header().exists("Retry-After"));
        mvc.perform(post("/password-reset").with(csrf()).with(from("198.51.100.60")).param("who", "y"))
                .andExpect(status().isTooManyRequests());
    }

    @Test
    void apiCallsBeyondTheLimitOfACredentialAreAnswered429AsProblemJson() throws Exception {
        for (int i = 0; i < 4; i++) {
            mvc.perform(get("/api/v1/programs").with(httpBasic("officer", "jiwon-officer-demo")))
                    .andExpect(status().isOk());
        }
        mvc.perform(get("/api/v1/programs").with(httpBasic("officer", "jiwon-officer-demo")))
                .andExpect(status().isTooManyRequests()).andExpect(header().exists("Retry-After"))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(content().string(containsString("\"status\":429")));
        // another credential has its own bucket
        mvc.perform(get("/api/v1/programs").with(httpBasic("admin", "jiwon-admin-demo"))).andExpect(status().isOk());
    }

    @Autowired
    kr.jiwon.accounts.ApiTokens tokens;
    @Autowired
    kr.jiwon.accounts.AccountManagement accounts;

    @Test
    void eachTokenHasItsOwnLimitAnswered429WithRetryAfter() throws Exception {
        var officer = accounts.current("officer");
        String first = tokens.issue(officer, "첫째 연계", ApiTokens.Scope.READ, 30, kr.jiwon.shared.Actor.system())
                .secret();
        String second = tokens.issue(officer, "둘째 연계", ApiTokens.Scope.READ, 30, kr.jiwon.shared.Actor.system())
                .secret();
        for (int i = 0; i < 4; i++) {
            mvc.perform(get("/api/v1/programs").header("Authorization", "Bearer " + first))
                    .andExpect(status().isOk());
        }
        mvc.perform(get("/api/v1/programs").header("Authorization", "Bearer " + first))
                .andExpect(status().isTooManyRequests()).andExpect(header().exists("Retry-After"))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/v1/programs").header("Authorization", "Bearer " + second)).andExpect(status().isOk());
    }
}
