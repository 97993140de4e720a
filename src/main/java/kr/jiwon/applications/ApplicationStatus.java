package kr.jiwon.applications;

import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle of an application: written, handed in, screened, then selected or not when the call's result is
 * confirmed; an upheld objection (이의신청) takes a decided application back to ELIGIBLE to be decided again.
 */
public enum ApplicationStatus {
    DRAFT, SUBMITTED, WITHDRAWN, SCREENING, ELIGIBLE, INELIGIBLE, SELECTED, NOT_SELECTED;

    private Set<ApplicationStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SUBMITTED);
            case SUBMITTED -> EnumSet.of(WITHDRAWN, SCREENING);
            case WITHDRAWN -> EnumSet.of(DRAFT);
            case SCREENING -> EnumSet.of(ELIGIBLE, INELIGIBLE);
            case ELIGIBLE -> EnumSet.of(INELIGIBLE, SELECTED, NOT_SELECTED);
            case INELIGIBLE -> EnumSet.of(ELIGIBLE);
            case SELECTED, NOT_SELECTED -> EnumSet.of(ELIGIBLE);
        };
    }

    public boolean canMoveTo(ApplicationStatus target) {
        return next().contains(target);
    }

    /** Submitted in the sense of "handed in and not taken back". */
    public boolean isHandedIn() {
        return this != DRAFT && this != WITHDRAWN;
    }
}
