package kr.jiwon.projects;

/** Where a project stands: 협약 대기, 수행 중, 정산 중, 종료. */
public enum ProjectStatus {

    AGREEMENT, IN_PROGRESS, SETTLING, CLOSED, GIVEN_UP;

    /** The agreement was signed: the project runs, is being settled or is closed (not awaiting it, not given up). */
    public boolean signed() {
        return this == IN_PROGRESS || this == SETTLING || this == CLOSED;
    }

    public String messageKey() {
        return "projectStatus." + name();
    }
}
