package kr.jiwon.matching;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
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
class RecommendationApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void ranksInstitutesForABottleneckAndSaysWhy() throws Exception {
        mvc.perform(get("/api/v1/institutes/recommendations")
                .param("text", "알루미늄 다이캐스팅 하우징에 기공이 생겨 기밀시험에서 누설이 납니다").param("k", "3"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(3)))
                .andExpect(jsonPath("$[0].institute", org.hamcrest.Matchers.oneOf("KITECH", "KIMS")))
                .andExpect(jsonPath("$[0].why[0]", startsWith("다루는 공정: 주조")))
                .andExpect(jsonPath("$[0].why", org.hamcrest.Matchers.hasItem(startsWith("일치한 용어:"))))
                .andExpect(jsonPath("$[*].institute", hasItem("KIMS")))
                .andExpect(jsonPath("$[*].koreanName", hasItem("한국생산기술연구원")));
    }

    @Test
    void aRegionNamedInTheTextFavoursTheRegionalSupportInstitute() throws Exception {
        mvc.perform(get("/api/v1/institutes/recommendations")
                .param("text", "경북 구미의 전자부품 회사인데 불량품 단면을 분석할 장비를 빌리고 싶습니다").param("k", "3"))
                .andExpect(jsonPath("$[*].institute", hasItem("GBTP")))
                .andExpect(jsonPath("$[?(@.institute == 'GBTP')].why[*]", hasItem(startsWith("지역 지원기관"))));
    }

    @Test
    void badRequestsAreExplained() throws Exception {
        mvc.perform(get("/api/v1/institutes/recommendations").param("text", " "))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("text"));
        mvc.perform(get("/api/v1/institutes/recommendations").param("text", "용접 변형").param("k", "0"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("k"));
        mvc.perform(get("/api/v1/institutes/recommendations").param("text", "용접 변형").param("region", "99"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("region"));
    }
}
