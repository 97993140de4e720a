package kr.jiwon.webhooks;

import java.net.URI;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kr.jiwon.audit.AuditLog;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.NotFoundException;
import kr.jiwon.shared.Violations;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Officers' webhook subscriptions: a URL (https; plain http only where {@code jiwon.webhooks.allow-http} says so,
 * as in the embedded demo) and the events it wants. The signing secret is made here and shown once. The delivery log
 * shows every attempt's outcome.
 */
@Service
public class Webhooks {

    /** The events a system can subscribe to. */
    public static final Set<String> EVENTS = Set.of("results.confirmed", "objection.decided", "project.created",
            "award.givenUp", "project.terminated");

    /** A subscription as the API shows it (never the secret). */
    public record Subscription(long id, String owner, String url, List<String> events, Instant createdAt,
            Instant revokedAt) {
    }

    /** A new subscription with its signing secret, shown this once. */
    public record Created(Subscription subscription, String secret) {
    }

    /** One delivery of one event to one subscription. */
    public record Delivery(long id, String eventId, String eventType, String status, int attempts,
            Instant nextAttemptAt, Integer lastStatus, String lastError, Instant createdAt, Instant deliveredAt) {
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final boolean allowHttp;
    private final boolean allowInternal;
    private final SecureRandom random = new SecureRandom();

    Webhooks(JdbcClient jdbc, AuditLog audit, Clock clock,
            @Value("${jiwon.webhooks.allow-http:false}") boolean allowHttp,
            @Value("${jiwon.webhooks.allow-internal:false}") boolean allowInternal) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.allowHttp = allowHttp;
        this.allowInternal = allowInternal;
    }

    /**
     * Whether a host is, or resolves to, an address inside the platform's own network — loopback, private (RFC 1918,
     * IPv6 unique local), link-local (cloud metadata at 169.254.169.254), any-local or multicast — where a webhook
     * must not be sent (SSRF). A name that does not resolve now is not judged here; the sender checks again.
     */
    public static boolean internal(String host) {
        try {
            for (java.net.InetAddress a : java.net.InetAddress.getAllByName(host)) {
                byte[] b = a.getAddress();
                boolean uniqueLocal = b.length == 16 && (b[0] & 0xfe) == 0xfc;
                if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress()
                        || a.isAnyLocalAddress() || a.isMulticastAddress() || uniqueLocal) {
                    return true;
                }
            }
            return false;
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    /** Whether deliveries may go to this address under the platform's settings. */
    boolean deliverable(URI uri) {
        return uri.getHost() != null && (allowInternal || !internal(uri.getHost()));
    }

    @Transactional
    public Created subscribe(String url, List<String> events, Actor actor) {
        Violations v = new Violations();
        URI uri = null;
        try {
            uri = url == null ? null : URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        boolean scheme = uri != null && uri.getHost() != null && ("https".equals(uri.getScheme())
                || allowHttp && "http".equals(uri.getScheme()));
        v.check(scheme && url.length() <= 500, "url", "webhook.url.invalid");
        v.check(!scheme || deliverable(uri), "url", "webhook.url.internal");
        Set<String> wanted = new LinkedHashSet<>(events == null ? List.of() : events);
        v.check(!wanted.isEmpty() && EVENTS.containsAll(wanted), "events", "webhook.events.invalid",
                String.join(", ", EVENTS.stream().sorted().toList()));
        v.throwIfAny();
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String secret = "whsec_" + Base64.getEncoder().encodeToString(bytes);
        Instant now = clock.instant();
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into webhook_subscription (owner, url, events, secret, created_at) values (?, ?, ?, ?, ?)")
                .params(actor.username(), url.strip(), String.join(",", wanted), secret, Timestamp.from(now))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        audit.recordChange(actor, "WEBHOOK_SUBSCRIBE", "WEBHOOK", id, url.strip() + " " + wanted);
        return new Created(subscription(id), secret);
    }

    public List<Subscription> all() {
        return jdbc.sql(SELECT + "order by id").query(Webhooks::row).list();
    }

    public Subscription subscription(long id) {
        return jdbc.sql(SELECT + "where id = ?").param(id).query(Webhooks::row).optional()
                .orElseThrow(() -> new NotFoundException("webhook.notFound", id));
    }

    @Transactional
    public Subscription revoke(long id, Actor actor) {
        Subscription s = subscription(id);
        if (s.revokedAt() != null) {
            throw InvalidInputException.of("id", "webhook.alreadyRevoked");
        }
        jdbc.sql("update webhook_subscription set revoked_at = ? where id = ?")
                .params(Timestamp.from(clock.instant()), id).update();
        audit.recordChange(actor, "WEBHOOK_REVOKE", "WEBHOOK", id, s.url());
        return subscription(id);
    }

    /** The subscription's deliveries, newest first. */
    public List<Delivery> deliveries(long subscriptionId) {
        subscription(subscriptionId);
        return jdbc.sql("select id, event_id, event_type, status, attempts, next_attempt_at, last_status, last_error, "
                + "created_at, delivered_at from webhook_delivery where subscription_id = ? order by id desc")
                .param(subscriptionId).query((rs, i) -> new Delivery(rs.getLong(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getInt(5), instant(rs.getTimestamp(6)),
                        (Integer) rs.getObject(7), rs.getString(8), instant(rs.getTimestamp(9)),
                        instant(rs.getTimestamp(10))))
                .list();
    }

    private static final String SELECT = "select id, owner, url, events, created_at, revoked_at "
            + "from webhook_subscription ";

    private static Subscription row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Subscription(rs.getLong(1), rs.getString(2), rs.getString(3),
                Arrays.asList(rs.getString(4).split(",")), instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6)));
    }

    static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
