package kr.jiwon.applications;

import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle of an application: written, handed in, screened (directly, or marked 요건검토 중 first), then
 * selected or not when the call's result is
 * confirmed; an upheld objection (이의신청) takes a decided application back to ELIGIBLE to be decided again. A
 * selected company may give the award up before its agreement is signed (선정 포기, final), and an application not
 * selected may then be selected in its place (추가 선정).
 */
public enum ApplicationStatus {

    DRAFT, SUBMITTED, WITHDRAWN, SCREENING, ELIGIBLE, INELIGIBLE, SELECTED, NOT_SELECTED, GAVE_UP;

    private Set<ApplicationStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SUBMITTED);
            case SUBMITTED -> EnumSet.of(WITHDRAWN, SCREENING, ELIGIBLE, INELIGIBLE);
            case WITHDRAWN -> EnumSet.of(DRAFT);
            case SCREENING -> EnumSet.of(ELIGIBLE, INELIGIBLE);
            case ELIGIBLE -> EnumSet.of(INELIGIBLE, SELECTED, NOT_SELECTED);
            case INELIGIBLE -> EnumSet.of(ELIGIBLE);
            case SELECTED -> EnumSet.of(ELIGIBLE, GAVE_UP);
            case NOT_SELECTED -> EnumSet.of(ELIGIBLE, SELECTED);
            case GAVE_UP -> EnumSet.noneOf(ApplicationStatus.class);
        };
    }

    public boolean canMoveTo(ApplicationStatus target) {
        return next().contains(target);
    }

    /** Handed in and still waiting for 요건검토 to decide eligible or ineligible. */
    public boolean awaitsScreening() {
        return this == SUBMITTED || this == SCREENING;
    }

    /**
     * Going no further: ruled out by a decision — 요건 부적격 at screening, 미선정 at selection, unless a correction, an
     * upheld objection or an additional selection brings it back — or given up by its company after selection.
     */
    public boolean isRuledOut() {
        return this == INELIGIBLE || this == NOT_SELECTED || this == GAVE_UP;
    }

    /** Submitted in the sense of "handed in and not taken back". */
    public boolean isHandedIn() {
        return this != DRAFT && this != WITHDRAWN;
    }
}
