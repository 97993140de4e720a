package kr.jiwon.companies;

import static kr.jiwon.testing.ApiTestSupport.asAdmin;
import static kr.jiwon.testing.ApiTestSupport.postJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
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
class CompanyApiIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    CompanyManagement companies;

    private static String company(String brn, String region) {
        return """
                {"businessRegistrationNumber": "%s", "name": "(주)시험정밀", "size": "SME", "regionCode": "%s",
                 "industryFields": ["기계금속"], "sobujang": true, "rootCompany": true, "rootTechnologies": ["열처리", "RT01"]}
                """.formatted(brn, region);
    }

    @Test
    void registersACompanyAndDerivesItsDeclineArea() throws Exception {
        mvc.perform(asAdmin(postJson("/api/v1/companies", company("605-90-01580", "42750"))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.businessRegistrationNumber").value("605-90-01580"))
                .andExpect(jsonPath("$.regionCode").value("51750"))
                .andExpect(jsonPath("$.regionName").value("강원특별자치도 영월군"))
                .andExpect(jsonPath("$.declineArea").value(true))
                .andExpect(jsonPath("$.rootTechnologies[0]").value("RT06"))
                .andExpect(jsonPath("$.corporation").value(false));
        mvc.perform(asAdmin(get("/api/v1/companies")))
                .andExpect(jsonPath("$[*].businessRegistrationNumber", hasItem("605-90-01580")));
    }

    @Test
    void rejectsAWrongCheckDigitAndStoresNothing() throws Exception {
        long before = companies.count();
        mvc.perform(asAdmin(postJson("/api/v1/companies", company("123-45-00017", "41590"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("businessRegistrationNumber"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "사업자등록번호가 올바르지 않습니다. 번호를 다시 확인해 주세요(검증번호 불일치)."));
        assertThat(companies.count()).isEqualTo(before);
    }

    @Test
    void rejectsAnUnknownRegionCodeAndStoresNothing() throws Exception {
        long before = companies.count();
        mvc.perform(asAdmin(postJson("/api/v1/companies", company("123-45-00018", "12345"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("regionCode"));
        assertThat(companies.count()).isEqualTo(before);
    }

    @Test
    void rejectsAnUnknownSizeClassByName() throws Exception {
        long before = companies.count();
        mvc.perform(asAdmin(postJson("/api/v1/companies",
                company("123-45-00018", "41590").replace("\"SME\"", "\"GIANT\""))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        assertThat(companies.count()).isEqualTo(before);
    }

    @Test
    void refusesASecondCompanyWithTheSameNumber() throws Exception {
        mvc.perform(asAdmin(postJson("/api/v1/companies", company("314-81-02717", "41590"))))
                .andExpect(status().isCreated());
        long before = companies.count();
        mvc.perform(asAdmin(postJson("/api/v1/companies", company("3148102717", "41590"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("businessRegistrationNumber"));
        assertThat(companies.count()).isEqualTo(before);
    }

    @Test
    void viewingCompanyDataIsAudited() throws Exception {
        mvc.perform(asAdmin(get("/api/v1/companies/1")).with(r -> {
            r.setRemoteAddr("198.51.100.9");
            return r;
        })).andExpect(status().isOk());
        mvc.perform(asAdmin(get("/api/v1/audit")).param("targetType", "COMPANY").param("targetId", "1"))
                .andExpect(jsonPath("$[0].action").value("COMPANY_VIEW"))
                .andExpect(jsonPath("$[0].actor").value("admin"))
                .andExpect(jsonPath("$[0].ip").value("198.51.100.9"));
    }

    @Test
    void companyDataIsNotPublic() throws Exception {
        mvc.perform(get("/api/v1/companies")).andExpect(status().isUnauthorized());
    }
}
