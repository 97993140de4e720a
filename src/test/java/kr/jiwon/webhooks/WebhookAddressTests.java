package kr.jiwon.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Webhooks are not sent inside the platform's own network (SSRF, ASVS V5.2.6, V12.6.1): loopback, private, link-local
 * (the cloud metadata address among them), any-local and IPv6 unique-local addresses are internal; public ones are not.
 */
class WebhookAddressTests {

    @Test
    void internalAddressesAreRecognisedAndPublicOnesAreNot() {
        for (String internal : new String[]{"127.0.0.1", "10.1.2.3", "172.16.5.4", "192.168.0.10", "169.254.169.254",
                "0.0.0.0", "::1", "fd12:3456::1", "fe80::1", "localhost"}) {
            assertThat(Webhooks.internal(internal)).as(internal).isTrue();
        }
        for (String external : new String[]{"8.8.8.8", "203.0.113.7", "2001:4860:4860::8888"}) {
            assertThat(Webhooks.internal(external)).as(external).isFalse();
        }
    }

    @Test
    void aSubscriptionOrDeliveryToAnInternalAddressIsRefusedUnlessTheSettingAllowsIt() {
        Webhooks production = new Webhooks(null, null, null, false, false);
        assertThat(production.deliverable(java.net.URI.create("https://169.254.169.254/latest/meta-data"))).isFalse();
        assertThat(production.deliverable(java.net.URI.create("https://127.0.0.1:8081/actuator"))).isFalse();
        assertThat(production.deliverable(java.net.URI.create("https://8.8.8.8/hook"))).isTrue();
        Webhooks demo = new Webhooks(null, null, null, true, true);
        assertThat(demo.deliverable(java.net.URI.create("http://localhost:9000/hook"))).isTrue();
    }
}
