package kr.jiwon.webhooks.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.CurrentUser;
import kr.jiwon.webhooks.Webhooks;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Webhook subscriptions and their delivery logs (officers and administrators). */
@RestController
@Tag(name = "Webhooks", description = "웹훅")
class WebhookApi {

    private final Webhooks webhooks;

    WebhookApi(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    record NewSubscription(String url, List<String> events) {
    }

    @PostMapping("/api/v1/webhooks")
    @Operation(summary = "Subscribe a URL to events (results.confirmed, objection.decided, project.created, award.givenUp, "
            + "project.terminated); the "
            + "answer carries the signing secret, shown this once")
    ResponseEntity<Webhooks.Created> subscribe(@RequestBody NewSubscription body, CurrentUser user, Actor actor) {
        Webhooks.Created created = webhooks.subscribe(body.url(), body.events(), actor);
        return ResponseEntity.created(URI.create("/api/v1/webhooks/" + created.subscription().id())).body(created);
    }

    @GetMapping("/api/v1/webhooks")
    @Operation(summary = "Every subscription (never its secret)")
    List<Webhooks.Subscription> all(CurrentUser user) {
        return webhooks.all();
    }

    @GetMapping("/api/v1/webhooks/{id}/deliveries")
    @Operation(summary = "A subscription's deliveries, newest first: status, attempts, last answer, next attempt")
    List<Webhooks.Delivery> deliveries(@PathVariable long id, CurrentUser user) {
        return webhooks.deliveries(id);
    }

    @DeleteMapping("/api/v1/webhooks/{id}")
    @Operation(summary = "Stop a subscription; nothing more is sent to it")
    Webhooks.Subscription revoke(@PathVariable long id, CurrentUser user, Actor actor) {
        return webhooks.revoke(id, actor);
    }
}
