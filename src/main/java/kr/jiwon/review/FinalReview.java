package kr.jiwon.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kr.jiwon.shared.InvalidInputException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The final evaluation (최종평가) of one project, known here by the application it came from: what the panel reads
 * (the dossier: the accepted final report and outcome figures, as they were when it opened), the program's rubric
 * copied at opening, the panel, and the result with its grade and consequence. Once decided it does not change.
 */
@Table("final_review")
public class FinalReview {

    public enum Status {
        OPEN, DECIDED
    }

    /** A reviewer on the panel. */
    @Table("final_review_panel")
    public record Member(Long reviewerId, Instant assignedAt, String assignedBy) {
    }

    @Id
    private final Long applicationId;
    @Version
    private Long version;
    private final Long callId;
    private final String programCode;
    private final String projectNumber;
    private final String title;
    private String dossier;
    private final String criteria;
    private Status status;
    private final Instant openedAt;
    private final String openedBy;
    private Double score;
    private String grade;
    private String consequence;
    private LocalDate restrictedUntil;
    private Instant decidedAt;
    private String decidedBy;
    private String documentLink;
    @MappedCollection(idColumn = "application_id")
    private Set<Member> panel = new HashSet<>();

    @PersistenceCreator
    FinalReview(Long applicationId, Long version, Long callId, String programCode, String projectNumber,
            String title, String dossier, String criteria, Status status, Instant openedAt, String openedBy,
            Double score, String grade, String consequence, LocalDate restrictedUntil, Instant decidedAt,
            String decidedBy, String documentLink) {
        this.documentLink = documentLink;
        this.applicationId = applicationId;
        this.version = version;
        this.callId = callId;
        this.programCode = programCode;
        this.projectNumber = projectNumber;
        this.title = title;
        this.dossier = dossier;
        this.criteria = criteria;
        this.status = status;
        this.openedAt = openedAt;
        this.openedBy = openedBy;
        this.score = score;
        this.grade = grade;
        this.consequence = consequence;
        this.restrictedUntil = restrictedUntil;
        this.decidedAt = decidedAt;
        this.decidedBy = decidedBy;
    }

    static FinalReview open(FinalEvaluations.Subject s, FinalRubric rubric, String by, Instant now) {
        String text = s.dossier() == null ? "" : s.dossier().strip();
        return new FinalReview(s.applicationId(), null, s.callId(), s.programCode(), s.projectNumber(), s.title(),
                text.length() > 8000 ? text.substring(0, 8000) : text,
                String.join("|", rubric.criteria().stream().map(c -> c.name() + ":" + c.weight()).toList()),
                Status.OPEN, now, by, null, null, null, null, null, null,
                s.documentLink() != null && s.documentLink().startsWith("/") ? s.documentLink() : null);
    }

    void add(long reviewerId, String by, Instant now) {
        requireOpen();
        if (panel.stream().noneMatch(m -> m.reviewerId() == reviewerId)) {
            panel.add(new Member(reviewerId, now, by));
        }
    }

    /** Records the result: the mean of the submitted sheets (the panel must be full and every sheet in), graded. */
    void decide(FinalRubric rubric, List<ScoreSheet> sheets, String misconductReason, String by, Instant now,
            LocalDate today) {
        requireOpen();
        FinalRubric.Grade g;
        double mean = sheets.stream().filter(ScoreSheet::submitted)
                .mapToDouble(s -> s.total(weights(), weights())).average().orElse(Double.NaN);
        if (misconductReason != null && !misconductReason.isBlank()) {
            g = rubric.grade(FinalRubric.MISCONDUCT)
                    .orElseThrow(() -> InvalidInputException.of("misconduct", "finalReview.noMisconductGrade"));
            consequence = join(g.consequence(), misconductReason.strip());
        } else {
            if (panel.size() < rubric.minPanel()) {
                throw InvalidInputException.of("panel", "finalReview.panelTooSmall", rubric.minPanel());
            }
            long submitted = sheets.stream().filter(ScoreSheet::submitted)
                    .filter(s -> panel.stream().anyMatch(m -> m.reviewerId().equals(s.reviewerId()))).count();
            if (submitted < panel.size()) {
                throw InvalidInputException.of("panel", "finalReview.sheetsMissing", panel.size() - submitted);
            }
            g = rubric.gradeFor(mean);
            consequence = g.consequence();
        }
        score = Double.isNaN(mean) ? null : Math.round(mean * 100) / 100.0;
        grade = g.name();
        restrictedUntil = g.restrictionYears() > 0 ? today.plusYears(g.restrictionYears()) : null;
        status = Status.DECIDED;
        decidedAt = now;
        decidedBy = by;
    }

    private static String join(String a, String b) {
        return a == null ? b : a + " — " + b;
    }

    private void requireOpen() {
        if (status != Status.OPEN) {
            throw InvalidInputException.of("status", "finalReview.decided");
        }
    }

    boolean onPanel(long reviewerId) {
        return panel.stream().anyMatch(m -> m.reviewerId() == reviewerId);
    }

    public List<ReviewPlan.Criterion> criteria() {
        return ReviewPlan.parseCriteria(criteria);
    }

    public java.util.Map<String, Integer> weights() {
        java.util.Map<String, Integer> w = new java.util.LinkedHashMap<>();
        criteria().forEach(c -> w.put(c.name(), c.weight()));
        return w;
    }

    public List<Member> panel() {
        return panel.stream().sorted(Comparator.comparing(Member::assignedAt).thenComparing(Member::reviewerId))
                .toList();
    }

    public Long applicationId() {
        return applicationId;
    }

    public Long callId() {
        return callId;
    }

    public String programCode() {
        return programCode;
    }

    public String projectNumber() {
        return projectNumber;
    }

    public String title() {
        return title;
    }

    public String dossier() {
        return dossier;
    }

    public Status status() {
        return status;
    }

    public boolean decided() {
        return status == Status.DECIDED;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Double score() {
        return score;
    }

    public String grade() {
        return grade;
    }

    public String consequence() {
        return consequence;
    }

    public LocalDate restrictedUntil() {
        return restrictedUntil;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    /** Where the panel opens the final report's file (a path in this site), if it has one. */
    public String documentLink() {
        return documentLink;
    }
}
