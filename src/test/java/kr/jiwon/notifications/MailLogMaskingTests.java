package kr.jiwon.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** E-mail addresses that an SMTP server quotes in its refusal stay out of the log (issue 16, item 14). */
class MailLogMaskingTests {

    @Test
    void addressesInAnSmtpErrorAreMaskedAndTheRestIsKept() {
        assertThat(MailDispatcher.masked("550 5.1.1 <kim.cheolsu@hanbit-mold.co.kr>: Recipient address rejected"))
                .isEqualTo("550 5.1.1 <***@hanbit-mold.co.kr>: Recipient address rejected");
        assertThat(MailDispatcher.masked("Invalid Addresses: lee@x.kr, park@y.kr"))
                .isEqualTo("Invalid Addresses: ***@x.kr, ***@y.kr");
        assertThat(MailDispatcher.masked("Couldn't connect to host, port: localhost, 1"))
                .isEqualTo("Couldn't connect to host, port: localhost, 1");
    }
}
