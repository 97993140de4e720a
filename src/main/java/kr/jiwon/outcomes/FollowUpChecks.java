package kr.jiwon.outcomes;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The periodic check of reports and surveys: reminders before and after due dates, surveys sent on their date. */
@Component
class FollowUpChecks {

    private static final Logger log = LoggerFactory.getLogger(FollowUpChecks.class);

    private final Reports reports;
    private final Surveys surveys;

    FollowUpChecks(Reports reports, Surveys surveys) {
        this.reports = reports;
        this.surveys = surveys;
    }

    @Scheduled(fixedDelayString = "${jiwon.outcomes.follow-up-check:PT1H}", initialDelayString = "${jiwon.outcomes.follow-up-delay:PT2M}")
    void run() {
        int n = reports.remind() + surveys.sendDueAndRemind();
        if (n > 0) {
            log.info("Follow-up check: {} reminders and surveys written", n);
        }
    }
}
