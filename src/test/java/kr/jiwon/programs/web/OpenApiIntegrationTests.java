package kr.jiwon.programs.web;

import static org.hamcrest.Matchers.hasKey;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"embedded", "test"})
class OpenApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void describesTheApiAsOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").exists())
                .andExpect(jsonPath("$.paths", hasKey("/api/v1/calls")))
                .andExpect(jsonPath("$.paths", hasKey("/api/v1/programs")))
                .andExpect(jsonPath("$.paths", hasKey("/api/v1/plans")))
                .andExpect(jsonPath("$.paths", hasKey("/api/v1/institutes")))
                .andExpect(jsonPath("$.paths", hasKey("/api/v1/companies")));
    }

    @Test
    void servesSwaggerUi() throws Exception {
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
    }
}
