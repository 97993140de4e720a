package kr.jiwon.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import java.util.List;
import kr.jiwon.shared.Role;
import kr.jiwon.testing.Journey;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Officers' second factor (issue 16, item 12; ASVS V2.8, V4.3.1), in headless Chromium with the production rule (officers
 * and administrators must use one): after the password, a new officer is led to set it up before any office page —
 * scans the key, a wrong code is refused, the right one finishes and shows ten recovery codes once; the next sign-in
 * asks for a code, refuses the one already used, takes a fresh one; a recovery code works once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "jiwon.mfa.required-roles=OFFICER,ADMIN")
@ActiveProfiles({"embedded", "test"})
class SecondFactorBrowserIntegrationTests {

    private static final String PASSWORD = "second-factor-phrase-4";

    @LocalServerPort
    int port;
    @Autowired
    AccountManagement accounts;
    @Autowired
    JdbcTemplate jdbc;

    private static String code(String secret, long step) throws Exception {
        return new DefaultCodeGenerator().generate(secret, step);
    }

    private static long step() {
        return Math.floorDiv(System.currentTimeMillis() / 1000, SecondFactors.STEP_SECONDS);
    }

    /** The password step only: the code step follows. */
    private static void password(Journey j, String username) {
        j.open("/login");
        j.type("#username", username);
        j.type("#password", PASSWORD);
        j.find("#password").submit();
        j.waitForUrl(".*/login/second-factor");
    }

    @Test
    void anOfficerSetsUpTheSecondFactorBeforeAnyOfficePageAndUsesItAtEverySignIn() throws Exception {
        String u = "mfa" + System.nanoTime();
        accounts.create(new NewAccount(u, u + "@agency.example", PASSWORD, "이인증", Role.OFFICER, null, null));
        try (Journey j = new Journey("http://localhost:" + port, "mfa")) {
            j.signIn(u, PASSWORD);
            j.waitForUrl(".*/my/second-factor");
            assertThat(j.find("#mfa-required").getText()).contains("2단계 인증을 설정해야");
            j.open("/office");
            j.waitForUrl(".*/my/second-factor");
            String secret = j.find("#mfa-secret").getText();
            j.check("1-set-up");
            j.type("#code", "000000");
            j.clickTextAndWaitForNextPage("설정 마치기");
            assertThat(j.find("#code-error").getText()).contains("코드가 맞지 않습니다");
            long enrolled = step();
            j.type("#code", code(secret, enrolled));
            j.clickTextAndWaitForNextPage("설정 마치기");
            j.waitForText("2단계 인증을 설정했습니다");
            List<String> recovery = j.all("#recovery-codes code").stream().map(WebElement::getText).toList();
            assertThat(recovery).hasSize(10).doesNotHaveDuplicates();
            j.check("2-recovery-codes");
            j.clickText("계속하기");
            j.open("/office");
            j.waitForText("사업 관리");
            j.signOut();

            password(j, u);
            j.check("3-code-asked");
            j.open("/office");
            j.waitForUrl(".*/login/second-factor");
            j.type("#code", code(secret, enrolled));
            j.clickTextAndWaitForNextPage("확인");
            assertThat(j.find("#code-error").getText()).as("a code is good once").contains("한 번 쓴 코드");
            j.type("#code", code(secret, step() + 1));
            j.clickTextAndWaitForNextPage("확인");
            j.open("/office");
            j.waitForText("사업 관리");
            j.signOut();

            password(j, u);
            j.type("#code", recovery.get(0));
            j.clickTextAndWaitForNextPage("확인");
            j.open("/office");
            j.waitForText("사업 관리");
            j.signOut();
            password(j, u);
            j.type("#code", recovery.get(0));
            j.clickTextAndWaitForNextPage("확인");
            assertThat(j.find("#code-error").getText()).contains("코드가 맞지 않습니다");
            j.check("4-recovery-code-used-up");
        }
        assertThat(jdbc.queryForList("select action from audit_event where target_type = 'ACCOUNT' and target_id ="
                + " (select cast(id as varchar) from account where username = ?) and action like 'MFA%' order by id",
                String.class, u)).containsExactly("MFA_ENROL", "MFA_FAIL", "MFA_PASS", "MFA_RECOVERY_CODE",
                        "MFA_FAIL");
    }
}
