package kr.jiwon.outcomes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.Violations;
import kr.jiwon.shared.Won;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A survey sent to a project's company: the satisfaction survey at the end (four questions rated 1–5, scored out of
 * 100) or the yearly follow-up (사후 성과조사: sales, employees, how the result is used, follow-on work with the
 * institute). Answered once; the answer is kept as given.
 */
@Table("project_survey")
public class ProjectSurvey {

    /** The satisfaction questions, in order (rated 1–5). */
    public static final List<String> QUESTIONS = List.of("survey.q.expertise", "survey.q.solved",
            "survey.q.process", "survey.q.overall");

    /** How the project's result is used a year or more later. */
    public enum ResultUse {

        IN_PRODUCTION, COMMERCIALISED, FOLLOW_ON_RD, NOT_USED;

        public String messageKey() {
            return "resultUse." + name();
        }
    }

    static final int ANSWER_DAYS = 30;

    @Id
    private Long id;
    @Version
    private Long version;
    private final Long projectId;
    private final Duty.Kind kind;
    private final int seq;
    private final Instant sentAt;
    private final String sentBy;
    private final LocalDate dueOn;
    private boolean reminded;
    private Instant answeredAt;
    private String answeredBy;
    private String ratings;
    private Won salesWon;
    private Integer employees;
    private ResultUse resultUse;
    private Boolean followOn;
    private String comment;

    @PersistenceCreator
    ProjectSurvey(Long id, Long version, Long projectId, Duty.Kind kind, int seq, Instant sentAt, String sentBy,
            LocalDate dueOn, boolean reminded, Instant answeredAt, String answeredBy, String ratings, Won salesWon,
            Integer employees, ResultUse resultUse, Boolean followOn, String comment) {
        this.id = id;
        this.version = version;
        this.projectId = projectId;
        this.kind = kind;
        this.seq = seq;
        this.sentAt = sentAt;
        this.sentBy = sentBy;
        this.dueOn = dueOn;
        this.reminded = reminded;
        this.answeredAt = answeredAt;
        this.answeredBy = answeredBy;
        this.ratings = ratings;
        this.salesWon = salesWon;
        this.employees = employees;
        this.resultUse = resultUse;
        this.followOn = followOn;
        this.comment = comment;
    }

    static ProjectSurvey send(long projectId, Duty.Kind kind, int seq, LocalDate today, String by, Instant now) {
        if (kind.report()) {
            throw new IllegalArgumentException(kind + " is a report");
        }
        return new ProjectSurvey(null, null, projectId, kind, seq, now, by, today.plusDays(ANSWER_DAYS), false, null,
                null, null, null, null, null, null, null);
    }

    /** The satisfaction answers: one rating 1–5 per question. */
    void answerSatisfaction(List<Integer> given, String text, String by, Instant now) {
        requireOpen(kind == Duty.Kind.SATISFACTION);
        Violations v = new Violations();
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < QUESTIONS.size(); i++) {
            Integer r = given != null && i < given.size() ? given.get(i) : null;
            v.check(r != null && r >= 1 && r <= 5, "rating" + i, "survey.rating");
            kept.add(r);
        }
        v.check(text == null || text.length() <= 2000, "comment", "field.tooLong", 2000);
        v.throwIfAny();
        ratings = String.join("|", kept.stream().map(String::valueOf).toList());
        close(text, by, now);
    }

    /** The follow-up answers: the year's sales and headcount, the use of the result, follow-on work. */
    void answerFollowUp(Won sales, Integer headcount, ResultUse use, Boolean followOnWork, String text, String by,
            Instant now) {
        requireOpen(kind == Duty.Kind.FOLLOW_UP);
        Violations v = new Violations();
        v.check(sales != null && sales.amount() >= 0, "sales", "field.required");
        v.check(headcount != null && headcount >= 0 && headcount < 1_000_000, "employees", "survey.employeesInvalid");
        v.check(use != null, "resultUse", "field.required");
        v.check(followOnWork != null, "followOn", "field.required");
        v.check(text == null || text.length() <= 2000, "comment", "field.tooLong", 2000);
        v.throwIfAny();
        salesWon = sales;
        employees = headcount;
        resultUse = use;
        followOn = followOnWork;
        close(text, by, now);
    }

    private void requireOpen(boolean rightKind) {
        if (!rightKind || answeredAt != null) {
            throw InvalidInputException.of("survey", "survey.closed");
        }
    }

    private void close(String text, String by, Instant now) {
        comment = text == null || text.isBlank() ? null : text.strip();
        answeredAt = now;
        answeredBy = by;
    }

    void markReminded() {
        reminded = true;
    }

    /** The satisfaction score out of 100: the mean rating × 20. */
    public Double satisfaction() {
        if (ratings == null) {
            return null;
        }
        return java.util.Arrays.stream(ratings.split("\\|")).mapToInt(Integer::parseInt).average().orElse(0) * 20;
    }

    public List<Integer> ratings() {
        return ratings == null
                ? List.of()
                : java.util.Arrays.stream(ratings.split("\\|")).map(Integer::valueOf).toList();
    }

    public boolean answered() {
        return answeredAt != null;
    }

    public boolean overdue(LocalDate today) {
        return !answered() && today.isAfter(dueOn);
    }

    public Long id() {
        return id;
    }

    public Long projectId() {
        return projectId;
    }

    public Duty.Kind kind() {
        return kind;
    }

    public int seq() {
        return seq;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public boolean reminded() {
        return reminded;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public Won salesWon() {
        return salesWon;
    }

    public Integer employees() {
        return employees;
    }

    public ResultUse resultUse() {
        return resultUse;
    }

    public Boolean followOn() {
        return followOn;
    }

    public String comment() {
        return comment;
    }
}
