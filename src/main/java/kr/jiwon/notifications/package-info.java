/**
 * Notifications: an outbox written in the same transaction as the event it reports (so an acknowledged result is
 * never announced without being stored, nor stored without being announced), shown in the app and sent by e-mail
 * through a real SMTP client when one is configured ({@code spring.mail.host}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications", allowedDependencies = {"shared",
        "audit"})
package kr.jiwon.notifications;
