package kr.jiwon.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.jiwon.notices.NoticeBoard;
import kr.jiwon.notices.NoticeCategory;
import kr.jiwon.notices.NoticeForm;
import kr.jiwon.notifications.MailDispatcher;
import kr.jiwon.shared.Actor;
import kr.jiwon.testing.MutableClock;
import kr.jiwon.testing.TestClockConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** A saved search sends an e-mail (real SMTP: GreenMail) when a new matching post appears; one click stops it. */
@SpringBootTest(properties = {"spring.mail.host=localhost", "spring.mail.port=3025", "jiwon.mail.interval=PT24H",
        "jiwon.mail.initial-delay=PT24H"}) // the test runs the sender itself
@AutoConfigureMockMvc
@ActiveProfiles({"embedded", "test"})
@Import(TestClockConfiguration.class)
class SavedSearchAlertsIntegrationTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    MockMvc mvc;
    @Autowired
    SavedSearches saved;
    @Autowired
    NoticeBoard board;
    @Autowired
    MailDispatcher mail;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aNewMatchingPostIsMailedOnceAndTheUnsubscribeLinkStopsIt() throws Exception {
        mvc.perform(post("/my/saved-searches").with(user("applicant").roles("APPLICANT")).with(csrf())
                .param("kind", "SEARCH").param("name", "금형 소식")
                .param("query", "q=%EA%B8%88%ED%98%95+%EB%83%89%EA%B0%81"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/my/saved-searches").with(user("applicant").roles("APPLICANT"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("금형 소식")));
        while (mail.sendPending() > 0) {
            // what the demo left in the outbox (its receipts, screening results, requests, assignments), 50 at a time
        }
        smtp.purgeEmailFromAllMailboxes();
        saved.sendAlerts(); // nothing new yet (demo posts are older than the saved search)
        mail.sendPending();
        assertThat(smtp.getReceivedMessages()).isEmpty();

        clock.advance(Duration.ofMinutes(1));
        board.create(new NoticeForm(null, NoticeCategory.NOTICE, "금형 냉각 설계 교육 안내", "사출 금형 냉각 설계 교육.",
                "총괄관리자", "운영팀", null, true, null), new Actor("officer", "OFFICER", null));
        clock.advance(Duration.ofMinutes(1));
        assertThat(saved.sendAlerts()).isEqualTo(1);
        assertThat(mail.sendPending()).isEqualTo(1);
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("applicant@demo.jiwon.example");
        assertThat(received[0].getSubject()).contains("금형 소식");
        String text = received[0].getContent().toString();
        assertThat(text).contains("금형 냉각 설계 교육 안내").contains("http://localhost:8080/notices/");
        assertThat(saved.sendAlerts()).isZero(); // not told twice

        Matcher m = Pattern.compile("/alerts/unsubscribe/([0-9a-f]{48})").matcher(text);
        assertThat(m.find()).isTrue();
        String key = m.group(1);
        assertThat(received[0].getHeader("List-Unsubscribe"))
                .containsExactly("<http://localhost:8080/alerts/unsubscribe/" + key + ">");
        assertThat(received[0].getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        // opening the link (a mail scanner does) only asks
        mvc.perform(get("/alerts/unsubscribe/" + key)).andExpect(status().isOk())
                .andExpect(content().string(containsString("더 이상 받지 않으시겠습니까")));
        assertThat(saved.subscription(key).active()).isTrue();
        // the mail program's one-click POST: no session, no form token (RFC 8058)
        mvc.perform(post("/alerts/unsubscribe/" + key).contentType("application/x-www-form-urlencoded")
                .content("List-Unsubscribe=One-Click")).andExpect(status().isOk())
                .andExpect(content().string(containsString("알림을 해지했습니다")));
        assertThat(saved.subscription(key).active()).isFalse();
        board.create(new NoticeForm(null, NoticeCategory.NOTICE, "금형 냉각 2차 교육", "금형 냉각.", "총괄관리자", "운영팀",
                null, true, null), new Actor("officer", "OFFICER", null));
        clock.advance(Duration.ofMinutes(1));
        assertThat(saved.sendAlerts()).isZero();
        mvc.perform(get("/alerts/unsubscribe/not-a-key")).andExpect(status().isNotFound());
        mvc.perform(post("/alerts/unsubscribe/" + "0".repeat(48))).andExpect(status().isNotFound());
    }
}
