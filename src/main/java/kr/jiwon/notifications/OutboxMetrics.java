package kr.jiwon.notifications;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The mail outbox for monitoring: e-mails waiting, and those that failed at least once and wait for a retry. */
@Component
class OutboxMetrics implements MeterBinder {

    private final JdbcClient jdbc;

    OutboxMetrics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("jiwon.outbox.pending", () -> count("")).description("E-mails waiting to be sent")
                .register(registry);
        Gauge.builder("jiwon.outbox.failing", () -> count(" and attempts > 0"))
                .description("E-mails that failed at least once and wait for a retry").register(registry);
    }

    /** {@code more} is one of two constants above, never input. */
    private long count(String more) {
        return jdbc.sql("select count(*) from notification where email is not null and sent_at is null" + more)
                .query(Long.class).single();
    }
}
