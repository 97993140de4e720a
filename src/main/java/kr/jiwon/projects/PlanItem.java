package kr.jiwon.projects;

/** The items of the revised plan an officer can ask the company to change: title, goals, content. */
public enum PlanItem {

    TITLE, GOALS, CONTENT;

    public String messageKey() {
        return "planItem." + name();
    }
}
