package kr.jiwon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Lists of the JSON API page one way (issue 19): {@code page} and {@code pageSize} slice any list, with
 * {@code X-Total-Count} and RFC 8288 {@code Link} relations; a bad page or size is problem+json; and reads carry an
 * ETag that answers 304 to {@code If-None-Match}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"embedded", "test"})
class ApiPagingIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void anyListPagesWithATotalAndLinksAndReadsCarryETags() throws Exception {
        MvcResult all = mvc.perform(get("/api/v1/institutes")).andExpect(status().isOk())
                .andExpect(header().exists("X-Total-Count")).andExpect(header().doesNotExist("Link")).andReturn();
        List<String> everyone = JsonPath.read(all.getResponse().getContentAsString(), "$[*].shortName");
        assertThat(all.getResponse().getHeader("X-Total-Count")).isEqualTo(String.valueOf(everyone.size()));
        assertThat(everyone.size()).isGreaterThan(10);

        MvcResult second = mvc.perform(get("/api/v1/institutes").param("page", "1").param("pageSize", "5"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(5)).andReturn();
        List<String> slice = JsonPath.read(second.getResponse().getContentAsString(), "$[*].shortName");
        assertThat(slice).isEqualTo(everyone.subList(5, 10));
        assertThat(second.getResponse().getHeader("X-Total-Count")).isEqualTo(String.valueOf(everyone.size()));
        int last = (everyone.size() - 1) / 5;
        assertThat(second.getResponse().getHeader("Link"))
                .contains("</api/v1/institutes?page=0&pageSize=5>; rel=\"first\"")
                .contains("</api/v1/institutes?page=0&pageSize=5>; rel=\"prev\"")
                .contains("</api/v1/institutes?page=2&pageSize=5>; rel=\"next\"")
                .contains("</api/v1/institutes?page=" + last + "&pageSize=5>; rel=\"last\"");
        mvc.perform(get("/api/v1/institutes").param("page", "999").param("pageSize", "5"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));

        mvc.perform(get("/api/v1/institutes").param("pageSize", "0")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("pageSize")));
        mvc.perform(get("/api/v1/institutes").param("page", "-1")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/institutes").param("pageSize", "501")).andExpect(status().isBadRequest());

        String etag = all.getResponse().getHeader("ETag");
        assertThat(etag).isNotBlank();
        mvc.perform(get("/api/v1/institutes").header("If-None-Match", etag)).andExpect(status().isNotModified());
        mvc.perform(get("/api/v1/institutes").param("page", "0").param("pageSize", "5").header("If-None-Match", etag))
                .andExpect(status().isOk());
    }
}
