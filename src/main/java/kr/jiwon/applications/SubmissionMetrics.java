package kr.jiwon.applications;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Submissions for monitoring: counted once each has committed (a rolled-back one is not a submission). Told so
 * directly by {@link ApplicationSubmission} after its commit rather than through a transactional event listener,
 * which the event publication registry would store and complete in the submitting request (three statements).
 */
@Component
class SubmissionMetrics {

    private final Counter submitted;

    SubmissionMetrics(MeterRegistry meters) {
        this.submitted = Counter.builder("jiwon.submissions").description("Applications submitted (committed)")
                .register(meters);
    }

    void submitted() {
        submitted.increment();
    }
}
