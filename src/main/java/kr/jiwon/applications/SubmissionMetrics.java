package kr.jiwon.applications;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** Submissions for monitoring: counted once each has committed (a rolled-back one is not a submission). */
@Component
class SubmissionMetrics {

    private final Counter submitted;

    SubmissionMetrics(MeterRegistry meters) {
        this.submitted = Counter.builder("jiwon.submissions").description("Applications submitted (committed)")
                .register(meters);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(ApplicationSubmitted e) {
        submitted.increment();
    }
}
