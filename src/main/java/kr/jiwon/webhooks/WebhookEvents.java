package kr.jiwon.webhooks;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.jiwon.projects.ProjectCreated;
import kr.jiwon.selection.ObjectionDecided;
import kr.jiwon.selection.ResultsConfirmed;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the platform's events into deliveries, one per active subscription that wants the event, in the listener's
 * own transaction (the event stays in Spring Modulith's publication registry until this commits). The payload is
 * {@code {"type", "timestamp", "data"}}, as the Standard Webhooks scheme suggests.
 */
@Component
class WebhookEvents {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    WebhookEvents(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ResultsConfirmed e) {
        queue("results.confirmed", "results.confirmed:" + e.callId(), Map.of("callId", e.callId(), "selected",
                e.selected(), "notSelected", e.notSelected(), "objectionsUntil", e.objectionsUntil().toString()));
    }

    @ApplicationModuleListener
    void on(ObjectionDecided e) {
        queue("objection.decided", "objection.decided:" + e.objectionId(), Map.of("objectionId", e.objectionId(),
                "callId", e.callId(), "applicationId", e.applicationId(), "upheld", e.upheld()));
    }

    @ApplicationModuleListener
    void on(kr.jiwon.selection.AwardGivenUp e) {
        queue("award.givenUp", "award.givenUp:" + e.applicationId(), Map.of("callId", e.callId(), "applicationId",
                e.applicationId(), "amountWon", e.amountWon()));
    }

    @ApplicationModuleListener
    void on(ProjectCreated e) {
        queue("project.created", "project.created:" + e.projectId(), Map.of("projectId", e.projectId(), "number",
                e.number(), "callId", e.callId(), "applicationId", e.applicationId(), "companyId", e.companyId(),
                "amountWon", e.amountWon()));
    }

    @ApplicationModuleListener
    void on(kr.jiwon.projects.ProjectTerminated e) {
        queue("project.terminated", "project.terminated:" + e.projectId(), Map.of("projectId", e.projectId(),
                "number", e.number(), "callId", e.callId(), "applicationId", e.applicationId(), "companyId",
                e.companyId(), "terminatedOn", e.terminatedOn().toString(), "ground", e.kind().name()));
    }

    /** One delivery per subscription that wants the event; the same event twice is queued once. */
    void queue(String type, String key, Map<String, Object> data) {
        Instant now = clock.instant();
        List<Long> subscribers = jdbc.sql("select id, events from webhook_subscription where revoked_at is null")
                .query((rs, i) -> List.of(rs.getString(2).split(",")).contains(type) ? rs.getLong(1) : null).list()
                .stream().filter(java.util.Objects::nonNull).toList();
        for (long subscription : subscribers) {
            String eventId = "evt_" + UUID.nameUUIDFromBytes((subscription + ":" + key).getBytes(
                    java.nio.charset.StandardCharsets.UTF_8)).toString().replace("-", "");
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", type);
            body.put("timestamp", now.toString());
            body.put("data", new java.util.TreeMap<>(data));
            int exists = jdbc.sql("select count(*) from webhook_delivery where subscription_id = ? and event_id = ?")
                    .params(subscription, eventId).query(Integer.class).single();
            if (exists == 0) {
                jdbc.sql("insert into webhook_delivery (subscription_id, event_id, event_type, payload, status, "
                        + "attempts, next_attempt_at, created_at) values (?, ?, ?, ?, 'PENDING', 0, ?, ?)")
                        .params(subscription, eventId, type, json.writeValueAsString(body), Timestamp.from(now),
                                Timestamp.from(now))
                        .update();
            }
        }
    }
}
