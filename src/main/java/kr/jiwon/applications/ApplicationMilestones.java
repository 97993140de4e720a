package kr.jiwon.applications;

import java.time.Instant;
import java.util.List;

/**
 * Steps of an application's life that other modules know of — the institutes' answers, the objection, the
 * agreement — for the applicant's timeline. This module owns the timeline and asks each contributor; it depends on
 * none of them.
 */
public interface ApplicationMilestones {

    /** Where a step stands for the applicant. */
    enum State {
        DONE, NOW, NEXT
    }

    /** The stages of the timeline, in order. */
    enum Stage {
        WRITE, SUBMIT, INSTITUTE, SCREEN, REVIEW, RESULT, OBJECTION, AGREEMENT
    }

    /**
     * One step: its stage, when it happened or is due (null if unknown), a message key with its arguments (an
     * {@link Instant} argument is shown as a date and time), and its state.
     */
    record Milestone(Stage stage, Instant at, String labelKey, List<Object> args, State state) {
    }

    /** The steps this module knows of for the application (none if it knows nothing yet). */
    List<Milestone> of(Application application);
}
