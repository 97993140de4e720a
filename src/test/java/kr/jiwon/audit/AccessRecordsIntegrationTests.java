package kr.jiwon.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 접속기록 (PIPA; issue 16 item 2, in part): signing in, failing to and viewing pages with other people's personal data
 * leave an audit row with who, from where and what.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"embedded", "test"})
class AccessRecordsIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    private long rows(String action, String actor) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ? and actor = ?", Long.class,
                action, actor);
    }

    @Test
    void signInsAndFailedAttemptsAreRecordedWithTheClientsAddress() throws Exception {
        long failed = rows("LOGIN_FAILED", "reviewer3");
        long ok = rows("LOGIN", "reviewer3");
        mvc.perform(formLogin("/login").user("reviewer3").password("not-the-password"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(formLogin("/login").user("reviewer3").password("jiwon-reviewer-demo"))
                .andExpect(status().is3xxRedirection());
        assertThat(rows("LOGIN_FAILED", "reviewer3")).isEqualTo(failed + 1);
        assertThat(rows("LOGIN", "reviewer3")).isEqualTo(ok + 1);
        assertThat(jdbc.queryForObject("select ip from audit_event where action = 'LOGIN' and actor = 'reviewer3'"
                + " order by id desc limit 1", String.class)).isEqualTo("127.0.0.1");
    }

    @Test
    void viewingTheReviewerPoolOrTheAuditLogIsRecorded() throws Exception {
        long before = jdbc.queryForObject("select count(*) from audit_event where action = 'VIEW_PERSONAL_DATA'"
                + " and target_id in ('/office/reviewers', '/office/audit')", Long.class);
        mvc.perform(get("/office/reviewers").with(user("officer").roles("OFFICER"))).andExpect(status().isOk());
        mvc.perform(get("/office/audit?actor=reviewer3").with(user("officer").roles("OFFICER")))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'VIEW_PERSONAL_DATA'"
                + " and target_id in ('/office/reviewers', '/office/audit')", Long.class)).isEqualTo(before + 2);
        long shown = jdbc.queryForObject("select count(*) from audit_event where actor = 'reviewer3'", Long.class);
        assertThat(jdbc.queryForObject("select detail from audit_event where action = 'VIEW_PERSONAL_DATA'"
                + " order by id desc limit 1", String.class)).as("what, and how many records it showed")
                .isEqualTo("/office/audit?actor=reviewer3; records=" + Math.min(500, shown));
        long reviewers = jdbc.queryForObject("select count(*) from reviewer", Long.class);
        assertThat(jdbc.queryForObject("select detail from audit_event where action = 'VIEW_PERSONAL_DATA'"
                + " and target_id = '/office/reviewers' order by id desc limit 1", String.class))
                .isEqualTo("/office/reviewers; records=" + reviewers);
        mvc.perform(get("/office/reviewers").with(user("reviewer").roles("REVIEWER")))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'VIEW_PERSONAL_DATA'"
                + " and actor = 'reviewer'", Long.class)).as("a refused view shows nothing and records nothing")
                .isZero();
    }
}
