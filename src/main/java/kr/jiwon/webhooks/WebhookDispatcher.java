package kr.jiwon.webhooks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends due deliveries. Each is first claimed in the database (so several instances send it once), then POSTed with
 * the Standard Webhooks headers — {@code webhook-id}, {@code webhook-timestamp} and {@code webhook-signature}
 * ({@code v1,} and the Base64 HMAC-SHA256 of {@code id.timestamp.body} under the subscription's secret). A 2xx answer
 * delivers it; anything else is retried with exponential backoff ({@code jiwon.webhooks.retry-base} doubling, at
 * most six hours apart) without a final give-up; the delivery log shows each outcome.
 */
@Component
class WebhookDispatcher {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final Duration MAX_WAIT = Duration.ofHours(6);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration retryBase;
    private final Webhooks webhooks;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    WebhookDispatcher(JdbcClient jdbc, Clock clock,
            @Value("${jiwon.webhooks.retry-base:PT30S}") Duration retryBase, Webhooks webhooks) {
        this.webhooks = webhooks;
        this.jdbc = jdbc;
        this.clock = clock;
        this.retryBase = retryBase;
    }

    private record Due(long id, String eventId, String payload, int attempts, String url, String secret) {
    }

    @Scheduled(fixedDelayString = "${jiwon.webhooks.interval:PT5S}", initialDelayString = "${jiwon.webhooks.interval:PT5S}")
    void send() {
        Instant now = clock.instant();
        List<Due> due = jdbc
                .sql("select d.id, d.event_id, d.payload, d.attempts, s.url, s.secret from webhook_delivery d "
                        + "join webhook_subscription s on s.id = d.subscription_id where d.status <> 'DELIVERED' "
                        + "and s.revoked_at is null and d.next_attempt_at <= ? and (d.claimed_until is null or "
                        + "d.claimed_until < ?) order by d.id")
                .params(Timestamp.from(now), Timestamp.from(now))
                .query((rs, i) -> new Due(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getString(5), rs.getString(6)))
                .list();
        for (Due d : due.subList(0, Math.min(20, due.size()))) {
            if (jdbc.sql("update webhook_delivery set claimed_until = ? where id = ? and status <> 'DELIVERED' "
                    + "and (claimed_until is null or claimed_until < ?)")
                    .params(Timestamp.from(now.plus(LEASE)), d.id(), Timestamp.from(now)).update() == 1) {
                deliver(d);
            }
        }
    }

    private void deliver(Due d) {
        Instant now = clock.instant();
        String timestamp = String.valueOf(now.getEpochSecond());
        Integer status = null;
        String error = null;
        try {
            URI target = URI.create(d.url());
            if (!webhooks.deliverable(target)) {
                throw new java.io.IOException("the receiver's address is inside the platform's network");
            }
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(target)
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Jiwon-Webhooks/1")
                    .header("webhook-id", d.eventId())
                    .header("webhook-timestamp", timestamp)
                    .header("webhook-signature", "v1," + sign(d.secret(), d.eventId() + "." + timestamp + "."
                            + d.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(d.payload(), StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.discarding());
            status = r.statusCode();
        } catch (java.io.IOException e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        } catch (IllegalArgumentException e) {
            error = "bad address";
        }
        int attempts = d.attempts() + 1;
        if (status != null && status >= 200 && status < 300) {
            jdbc.sql(
                    "update webhook_delivery set status = 'DELIVERED', attempts = ?, last_status = ?, last_error = null, "
                            + "delivered_at = ?, next_attempt_at = null, claimed_until = null where id = ?")
                    .params(attempts, status, Timestamp.from(now), d.id()).update();
            return;
        }
        Duration wait = retryBase.multipliedBy(1L << Math.min(20, attempts - 1));
        if (wait.compareTo(MAX_WAIT) > 0) {
            wait = MAX_WAIT;
        }
        String why = error != null ? error : "HTTP " + status;
        log.warn("Webhook delivery {} failed (attempt {}): {}; next in {}", d.id(), attempts, why, wait);
        jdbc.sql("update webhook_delivery set status = 'FAILING', attempts = ?, last_status = ?, last_error = ?, "
                + "next_attempt_at = ?, claimed_until = null where id = ?")
                .params(attempts, status, why.length() > 500 ? why.substring(0, 500) : why,
                        Timestamp.from(now.plus(wait)), d.id())
                .update();
    }

    /** Base64 of HMAC-SHA256 under the secret (its part after {@code whsec_}, Base64-decoded). */
    static String sign(String secret, String content) {
        try {
            byte[] key = Base64.getDecoder().decode(secret.substring(secret.indexOf('_') + 1));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
