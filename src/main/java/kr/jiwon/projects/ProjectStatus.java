package kr.jiwon.projects;

/** Where a project stands: 협약 대기, 수행 중, 정산 중, 종료. */
public enum ProjectStatus {

    AGREEMENT, IN_PROGRESS, SETTLING, CLOSED;

    public String messageKey() {
        return "projectStatus." + name();
    }
}
