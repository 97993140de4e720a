package kr.jiwon.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.jiwon.notifications.MailDispatcher;
import kr.jiwon.testing.Journey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * People keep their own passwords (issues 15 and 16): a colleague is invited by an e-mailed link and chooses the
 * password, which nobody else knows (12 characters or more and not guessable); a forgotten password is reset through a link sent by e-mail (real SMTP: GreenMail), which
 * works once; asking for a link never tells whether an account exists.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"spring.mail.host=localhost",
        "spring.mail.port=3025",
        "jiwon.mail.interval=PT24H", "jiwon.mail.initial-delay=PT24H"}) // the test runs the senders itself
@ActiveProfiles({"embedded", "test"})
class PasswordsBrowserIntegrationTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @LocalServerPort
    int port;
    @Autowired
    MailDispatcher mail;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccountManagement accounts;

    private void drain() throws Exception {
        while (mail.sendPending() > 0) {
            // what the demo and earlier tests left in the outbox, 50 at a time
        }
        smtp.purgeEmailFromAllMailboxes();
    }

    /** The link in the one e-mail GreenMail received, after the outbox is sent. */
    private String linkInTheOneEMailTo(String email) throws Exception {
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo(email);
        Matcher link = Pattern.compile("/password-reset/([A-Za-z0-9_-]{20,})")
                .matcher(received[0].getContent().toString());
        assertThat(link.find()).as("the e-mail carries the link").isTrue();
        return link.group(1);
    }

    @Test
    void aColleagueIsInvitedByEMailChoosesAPasswordNobodyElseKnowsAndResetsItByEMailWhenForgotten()
            throws Exception {
        String email = "colleague" + System.nanoTime() + "@hanbit.example";
        drain();
        try (Journey j = new Journey("http://localhost:" + port, "passwords")) {
            j.signIn("applicant", "jiwon-applicant-demo");
            j.clickText("우리 회사");
            assertThat(j.all("#password")).as("the inviter sets no password").isEmpty();
            j.type("#name", "이동료");
            j.type("#email", email);
            j.clickTextAndWaitForNextPage("추가하고 초대 메일 보내기");
            j.waitForText("초대 메일을 보냈습니다");
            j.check("0-invited");
            j.signOut();

            assertThat(mail.sendPending()).isEqualTo(1);
            assertThat(smtp.getReceivedMessages()[0].getSubject()).contains("초대했습니다");
            String invitation = linkInTheOneEMailTo(email);
            smtp.purgeEmailFromAllMailboxes();
            j.open("/password-reset/" + invitation);
            j.type("#newPassword", "short");
            j.type("#confirmPassword", "short");
            j.clickTextAndWaitForNextPage("비밀번호 정하기");
            assertThat(j.find("#newPassword-error").getText()).contains("12자 이상");
            j.type("#newPassword", "password1234");
            j.type("#confirmPassword", "password1234");
            j.clickTextAndWaitForNextPage("비밀번호 정하기");
            assertThat(j.find("#newPassword-error").getText()).contains("추측하기 쉬운 비밀번호");
            assertThat(j.find("#newPassword").getDomProperty("value")).as("no password is written back").isEmpty();
            j.check("1-guessable-refused");
            j.type("#newPassword", "hanbit-colleague-22");
            j.type("#confirmPassword", "hanbit-colleague-22");
            j.clickTextAndWaitForNextPage("비밀번호 정하기");
            j.waitForText("새 비밀번호로 로그인하세요");
            j.signIn(email, "hanbit-colleague-22");

            j.click("#my-account");
            j.waitForUrl(".*/my/account");
            j.type("#currentPassword", "not-the-password");
            j.type("#newPassword", "aaaaaaaaaaaa");
            j.type("#confirmPassword", "different");
            j.clickTextAndWaitForNextPage("비밀번호 바꾸기");
            assertThat(j.find("#currentPassword-error").getText()).contains("지금 비밀번호가 맞지 않습니다");
            assertThat(j.find("#newPassword-error").getText()).contains("추측하기 쉬운 비밀번호");
            assertThat(j.find("#confirmPassword-error").getText()).contains("서로 다릅니다");
            j.check("2-change-refused");
            j.type("#currentPassword", "hanbit-colleague-22");
            j.type("#newPassword", "my-own-secret-22");
            j.type("#confirmPassword", "my-own-secret-22");
            j.clickTextAndWaitForNextPage("비밀번호 바꾸기");
            j.waitForText("비밀번호를 바꿨습니다");
            j.open("/my/applications");
            j.waitForUrl(".*/my/applications");
            j.signOut();

            drain();
            j.open("/login");
            j.clickText("비밀번호를 잊으셨나요?");
            j.waitForUrl(".*/password-reset");
            j.type("#who", "nobody-" + System.nanoTime() + "@example.kr");
            j.clickTextAndWaitForNextPage("재설정 링크 받기");
            String unknownAnswer = j.find("#reset-sent").getText();
            j.type("#who", email);
            j.clickTextAndWaitForNextPage("재설정 링크 받기");
            assertThat(j.find("#reset-sent").getText()).as("the same answer, known or not").isEqualTo(unknownAnswer);
            j.check("3-link-sent");
            assertThat(mail.sendPending()).as("one e-mail: none for the unknown address").isEqualTo(1);
            String token = linkInTheOneEMailTo(email);
            assertThat(jdbc.queryForObject("select count(*) from password_reset where token_hash = ?", Long.class,
                    token)).as("the token itself is not stored").isZero();

            j.open("/password-reset/" + token);
            j.type("#newPassword", "reset-secret-333");
            j.type("#confirmPassword", "reset-secret-334");
            j.clickTextAndWaitForNextPage("비밀번호 정하기");
            assertThat(j.find("#confirmPassword-error").getText()).contains("서로 다릅니다");
            j.type("#newPassword", "reset-secret-333");
            j.type("#confirmPassword", "reset-secret-333");
            j.clickTextAndWaitForNextPage("비밀번호 정하기");
            j.waitForText("새 비밀번호로 로그인하세요");
            j.check("4-reset-done");
            j.type("#username", email);
            j.type("#password", "reset-secret-333");
            j.find("#password").submit();
            j.waiting().until(d -> !d.getCurrentUrl().contains("/login"));
            assertThat(j.driver().getCurrentUrl()).doesNotContain("/my/account");
            j.signOut();
            j.open("/password-reset/" + token);
            assertThat(j.find("#reset-invalid").getText()).as("a link works once").contains("이미 썼거나");
            j.check("5-link-used");
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action in ('PASSWORD_CHANGE',"
                + " 'PASSWORD_RESET') and target_id = (select cast(id as varchar) from account where username = ?)",
                Long.class, email)).as("the invitation's password, the change, the reset").isEqualTo(3);
    }

    @Test
    void anAdministratorMovesAStaffAccountToAnotherRoleSwitchesItOffAndOnAndSendsAResetLink() {
        String username = "staff" + System.nanoTime();
        long id = accounts.create(new NewAccount(username, username + "@agency.example", "staff-password-1", "박심사",
                kr.jiwon.shared.Role.REVIEWER, null, null)).id();
        try (Journey j = new Journey("http://localhost:" + port, "user-admin")) {
            j.signIn("admin", "jiwon-admin-demo");
            j.clickText("사업 관리");
            j.clickText("사용자 관리");
            j.waitForUrl(".*/admin/users");
            j.clickText("심사위원");
            j.waitForUrl(".*role=REVIEWER.*");
            assertThat(j.find("#account-" + id).getText()).contains(username, "사용 중");
            j.check("1-reviewers");
            new org.openqa.selenium.support.ui.Select(j.find("#role-" + id)).selectByVisibleText("사업 담당자");
            j.find("#account-" + id + " form[action$='/role'] button").click();
            j.waitForText("역할을 바꿨습니다");
            assertThat(jdbc.queryForObject("select role from account where id = ?", String.class, id))
                    .isEqualTo("OFFICER");
            j.find("#account-" + id + " form[action$='/enabled'] button").click();
            j.waitForText("계정을 껐습니다");
            assertThat(j.find("#account-" + id).getText()).contains("꺼짐");
            j.check("2-switched-off");
            String adminRow = "#account-" + jdbc.queryForObject("select id from account where username = 'admin'",
                    Long.class);
            j.find(adminRow + " form[action$='/enabled'] button").click();
            j.waitForText("자기 계정을 끄거나");
            j.signOut();

            j.open("/login");
            j.type("#username", username);
            j.type("#password", "staff-password-1");
            j.find("#password").submit();
            j.waitForUrl(".*/login\\?error.*");

            j.signIn("admin", "jiwon-admin-demo");
            j.open("/admin/users?role=OFFICER");
            j.find("#account-" + id + " form[action$='/enabled'] button").click();
            j.waitForText("계정을 켰습니다");
            j.find("#account-" + id + " form[action$='/reset'] button").click();
            j.waitForText("재설정 링크를 보냈습니다");
            j.check("3-reset-sent");
        }
        assertThat(jdbc.queryForObject("select count(*) from notification where username = ? and kind = 'ACCOUNT'",
                Long.class, username)).isEqualTo(1);
        assertThat(jdbc.queryForList("select action from audit_event where target_type = 'ACCOUNT' and target_id = ?"
                + " order by id", String.class, String.valueOf(id))).contains("ACCOUNT_ROLE", "ACCOUNT_DISABLE",
                        "ACCOUNT_ENABLE", "ACCOUNT_RESET_SENT");
    }
}
