package kr.jiwon.projects;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.TextList;
import kr.jiwon.shared.Violations;

/**
 * The project's plan (사업계획) as agreed: title, goals and content, with the items the officer asked the company to
 * revise (수정사업계획서) and why. Only those items may change; the others stay as selected.
 */
public record ProjectPlan(String planTitle, String planGoals, String planContent, TextList revisionItems,
        String revisionNote) {

    public ProjectPlan {
        revisionItems = revisionItems == null ? TextList.EMPTY : revisionItems;
    }

    ProjectPlan askToRevise(Set<PlanItem> items, String note) {
        if (items.isEmpty() || note == null || note.isBlank()) {
            throw InvalidInputException.of(items.isEmpty() ? "items" : "note", "project.revisionIncomplete");
        }
        return new ProjectPlan(planTitle, planGoals, planContent,
                TextList.of(items.stream().map(Enum::name).toList()), note.strip());
    }

    /** The revised plan: items not asked for must stay as they are (a clear error names each that differs). */
    ProjectPlan revise(String title, String goals, String content) {
        Violations v = new Violations();
        unchanged(v, PlanItem.TITLE, planTitle, title);
        unchanged(v, PlanItem.GOALS, planGoals, goals);
        unchanged(v, PlanItem.CONTENT, planContent, content);
        if (editable(PlanItem.TITLE)) {
            v.check(title != null && !title.isBlank(), "title", "project.planRequired");
            v.check(title == null || title.length() <= 300, "title", "field.tooLong", 300);
        }
        v.check(goals == null || goals.length() <= 4000, "goals", "field.tooLong", 4000);
        v.check(content == null || content.length() <= 8000, "content", "field.tooLong", 8000);
        if (!v.isEmpty()) {
            throw new InvalidInputException(v.list());
        }
        return new ProjectPlan(editable(PlanItem.TITLE) ? title.strip() : planTitle,
                editable(PlanItem.GOALS) ? blankToNull(goals) : planGoals,
                editable(PlanItem.CONTENT) ? blankToNull(content) : planContent, revisionItems, revisionNote);
    }

    public boolean editable(PlanItem item) {
        return revisionItems.contains(item.name());
    }

    public Set<PlanItem> items() {
        Set<PlanItem> out = EnumSet.noneOf(PlanItem.class);
        revisionItems.values().forEach(s -> out.add(PlanItem.valueOf(s)));
        return out;
    }

    private void unchanged(Violations v, PlanItem item, String current, String proposed) {
        String now = current == null ? "" : current.strip();
        if (!editable(item) && proposed != null && !proposed.strip().equals(now)) {
            v.add(item.name().toLowerCase(Locale.ROOT), "project.itemNotOpen");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
