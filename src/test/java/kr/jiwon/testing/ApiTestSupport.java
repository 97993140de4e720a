package kr.jiwon.testing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Request builders for API tests: JSON bodies, the demo logins. */
public final class ApiTestSupport {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "jiwon-admin-demo";
    public static final String OFFICER = "officer";
    public static final String OFFICER_PASSWORD = "jiwon-officer-demo";

    private ApiTestSupport() {
    }

    public static MockHttpServletRequestBuilder postJson(String url, String json) {
        return MockMvcRequestBuilders.post(url).contentType(MediaType.APPLICATION_JSON).content(json);
    }

    public static MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(ADMIN, ADMIN_PASSWORD));
    }

    public static MockHttpServletRequestBuilder asOfficer(MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(OFFICER, OFFICER_PASSWORD));
    }
}
