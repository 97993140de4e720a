package kr.jiwon.applications;

import java.util.EnumSet;
import java.util.Set;

/** The lifecycle of an application; later stages (review, selection) extend it. */
public enum ApplicationStatus {
    DRAFT, SUBMITTED, WITHDRAWN, SCREENING, ELIGIBLE, INELIGIBLE;

    private Set<ApplicationStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SUBMITTED);
            case SUBMITTED -> EnumSet.of(WITHDRAWN, SCREENING);
            case WITHDRAWN -> EnumSet.of(DRAFT);
            case SCREENING -> EnumSet.of(ELIGIBLE, INELIGIBLE);
            case ELIGIBLE -> EnumSet.of(INELIGIBLE);
            case INELIGIBLE -> EnumSet.of(ELIGIBLE);
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
