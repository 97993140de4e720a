package kr.jiwon.applications;

import static kr.jiwon.applications.ApplicationsFixtures.draftJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import kr.jiwon.applications.ApplicationsFixtures.CompanyUser;
import kr.jiwon.programs.Call;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * Input that does not belong is refused at the boundary with problem+json naming the field (ASVS V5.1), and nothing
 * of it is stored: control characters (which H2 stores and PostgreSQL rejects with a 500), a fractional number of
 * months (silently truncated before), a track code longer than any track (a 500 before).
 */
class BoundaryInputApiIntegrationTests extends ApplicationApiTestSupport {

    @Test
    void controlCharactersAFractionalDurationAndAnOverlongTrackAreRefusedByField() throws Exception {
        CompanyUser c = fixtures.company();
        Call call = fixtures.openCall();
        long id = start(c, call);
        long version = version(c, id);
        String good = draftJson(version, "4,800만원", 10);

        write(c, id, good.replace("알루미늄 다이캐스팅 기공 불량 개선", "알루미늄\\u0000 다이캐스팅"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("title"));
        write(c, id, good.replace("\"durationMonths\": 10", "\"durationMonths\": 1.5"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("durationMonths"));
        write(c, id, good.replace("\"trackCode\": \"GENERAL\"", "\"trackCode\": \"" + "X".repeat(100) + "\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("trackCode"));
        // line breaks and tabs in a description are text, not control input
        write(c, id, good.replace("원인 분석과", "원인 분석과\\n\\t"))
                .andExpect(status().isOk());
        assertThat(version(c, id)).as("only the good write was stored").isEqualTo(version + 1);
    }

    @Test
    void aControlCharacterInAFormOrQueryParameterIsABadRequest() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/search")
                .param("q", "금형\u0000")).andExpect(status().isBadRequest());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/search")
                .param("q", "금형 다이캐스팅")).andExpect(status().isOk());
    }
}
