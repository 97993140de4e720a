package kr.jiwon.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import kr.jiwon.applications.ApplicationsFixtures.CompanyUser;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * An application's history is append-only ({@link ApplicationHistory}): every step adds its row after the ones
 * before, earlier rows are never deleted or rewritten (the first row keeps its identity in the table), and the
 * history reads back whole and in order.
 */
class ApplicationHistoryIntegrationTests extends ApplicationApiTestSupport {

    @Test
    void eachStepAppendsOneRowAndTheHistoryReadsBackInOrder() throws Exception {
        CompanyUser c = fixtures.company();
        long id = completeDraft(c, fixtures.openCall());
        Object firstRow = jdbc.queryForObject(
                "select _rowid_ from application_transition where application_id = ? and position = 0",
                Object.class, id);
        mvc.perform(submit(id, null).with(as(c))).andExpect(status().isOk());
        mvc.perform(post("/api/v1/applications/" + id + "/withdraw").with(as(c))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"보완 후 다시 제출\"}"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/applications/" + id + "/reopen").with(as(c))).andExpect(status().isOk());
        mvc.perform(submit(id, null).with(as(c))).andExpect(status().isOk());

        assertThat(jdbc.queryForList("select to_status from application_transition where application_id = ? "
                + "order by position", String.class, id))
                .containsExactly("DRAFT", "SUBMITTED", "WITHDRAWN", "DRAFT", "SUBMITTED");
        assertThat(jdbc.queryForList("select position from application_transition where application_id = ? "
                + "order by position", Integer.class, id)).containsExactly(0, 1, 2, 3, 4);
        assertThat(jdbc.queryForObject(
                "select _rowid_ from application_transition where application_id = ? and position = 0",
                Object.class, id)).as("the first row is the same row, not deleted and inserted again")
                .isEqualTo(firstRow);
        mvc.perform(get("/api/v1/applications/" + id).with(as(c))).andExpect(status().isOk())
                .andExpect(jsonPath("$.history[*].to").value(
                        org.hamcrest.Matchers.contains(List.of("DRAFT", "SUBMITTED", "WITHDRAWN", "DRAFT",
                                "SUBMITTED").toArray())))
                .andExpect(jsonPath("$.history[2].reason").value("보완 후 다시 제출"))
                .andExpect(jsonPath("$.history[2].from").value("SUBMITTED"));
    }
}
