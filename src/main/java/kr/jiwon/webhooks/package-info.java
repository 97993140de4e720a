/**
 * Webhooks for integrating systems that do not want to poll: an officer subscribes a URL to events (results
 * confirmed, objections decided, projects created); each event becomes a delivery row in the same transaction as the
 * event's handling, signed per the Standard Webhooks scheme (HMAC-SHA256) and retried with exponential backoff until
 * the receiver answers 2xx, with a delivery log.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Webhooks", allowedDependencies = {"shared",
        "shared :: web", "selection", "projects", "audit"})
package kr.jiwon.webhooks;
