package kr.jiwon.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import kr.jiwon.testing.Journey;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A company's staff member gives the company's ERP an API token: from 내 계정 to API 토큰, names it, makes it
 * read-only, copies the value shown once; the ERP reads the company's applications with it; the staff member sees
 * when it was last used and revokes it, after which the ERP is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"embedded", "test"})
class ApiTokensBrowserIntegrationTests {

    @LocalServerPort
    int port;

    private HttpResponse<String> api(String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/applications")).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aStaffMemberGivesTheErpATokenAndRevokesIt() throws Exception {
        try (Journey j = new Journey("http://localhost:" + port, "api-tokens")) {
            j.signIn("applicant", "jiwon-applicant-demo");
            j.click("#my-account");
            j.waitForUrl(".*/my/account");
            j.click("#tokens-link");
            j.waitForUrl(".*/my/tokens");
            j.type("#name", "재무 ERP 연계");
            j.click("#days");
            j.find("#days option[value='30']").click();
            j.clickTextAndWaitForNextPage("토큰 만들기");
            j.waitForText("한 번만 보입니다");
            String token = j.find("#secret").getDomProperty("value");
            assertThat(token).startsWith("jiwon_");
            j.check("1-token-made");

            HttpResponse<String> read = api(token);
            assertThat(read.statusCode()).isEqualTo(200);
            assertThat(read.body()).startsWith("[").contains("\"status\"");

            j.open("/my/tokens");
            assertThat(j.find("#tokens").getText()).contains("재무 ERP 연계").contains("읽기 전용").contains("사용 중")
                    .doesNotContain(token).doesNotContain("아직 쓰지 않음");
            j.check("2-token-used");
            j.click("#tokens button.button-small");
            j.waitForText("폐기했습니다");
            assertThat(j.find("#tokens").getText()).contains("폐기됨");
            j.check("3-token-revoked");
            assertThat(api(token).statusCode()).as("refused once revoked").isEqualTo(401);
        }
    }
}
