package kr.jiwon.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.Violations;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * How a call is reviewed: k reviewers per application, the most applications one reviewer takes, the rubric
 * (criteria with their weights, scored out of the weight), bonus points (가점) granted by named rules, and how a
 * score is aggregated across reviewers.
 */
@Table("review_plan")
public class ReviewPlan {

    /** Mean of the reviewers' totals, or the trimmed mean (highest and lowest dropped) when 5+ reviewers. */
    public enum Aggregation {
        MEAN, TRIMMED_MEAN
    }

    /** A criterion of the rubric; a reviewer gives 0..weight points. */
    public record Criterion(String name, int weight) {
    }

    /**
     * Bonus points (가점) given when the rule holds: DECLINE_AREA (인구감소지역 소재), PRIORITY_FIELD, CONVERGENT_TRACK
     * (a project of a track that asks for two or more institutes).
     */
    public record Bonus(String rule, double points) {
    }

    static final List<String> BONUS_RULES = List.of("DECLINE_AREA", "PRIORITY_FIELD", "CONVERGENT_TRACK");

    /** The default rubric and 가점 of {@link #standard} — assumptions, not any call's figures. */
    private static final String DEFAULT_CRITERIA = "기술성:40|사업화 가능성:30|정책 부합성:30";
    private static final String DEFAULT_DECLINE_BONUS = "DECLINE_AREA:3";
    private static final String DEFAULT_FIELD_BONUS = "PRIORITY_FIELD:2";
    private static final String DEFAULT_CONVERGENT_BONUS = "CONVERGENT_TRACK:2";
    private static final List<String> DEFAULT_BONUSES = List.of(DEFAULT_DECLINE_BONUS, DEFAULT_FIELD_BONUS,
            DEFAULT_CONVERGENT_BONUS);

    @Id
    private final Long callId;
    @Version
    private Long version;
    private int reviewersPerApplication;
    private int maxLoad;
    private String criteria;
    private String bonuses;
    private Aggregation aggregation;
    private boolean zNormalise;
    private Instant updatedAt;
    private String updatedBy;

    @PersistenceCreator
    ReviewPlan(Long callId, Long version, int reviewersPerApplication, int maxLoad, String criteria, String bonuses,
            Aggregation aggregation, boolean zNormalise, Instant updatedAt, String updatedBy) {
        this.callId = callId;
        this.version = version;
        this.reviewersPerApplication = reviewersPerApplication;
        this.maxLoad = maxLoad;
        this.criteria = criteria;
        this.bonuses = bonuses;
        this.aggregation = aggregation;
        this.zNormalise = zNormalise;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
    }

    /**
     * The plan of a call nobody has planned yet — defaults, not figures from any program's notice: 3 reviewers,
     * 기술성 40 · 사업화 가능성 30 · 정책 부합성 30, and 가점 only for what the call itself favours (3 points for a
     * 인구감소지역 when the call gives priority to them, 2 for a priority field when it names some, 2 for a convergent
     * project when it favours them).
     */
    static ReviewPlan standard(long callId, Instant now, boolean favoursDeclineAreas, boolean hasPriorityFields,
            boolean favoursConvergent) {
        List<String> bonuses = new ArrayList<>();
        if (favoursDeclineAreas) {
            bonuses.add(DEFAULT_DECLINE_BONUS);
        }
        if (hasPriorityFields) {
            bonuses.add(DEFAULT_FIELD_BONUS);
        }
        if (favoursConvergent) {
            bonuses.add(DEFAULT_CONVERGENT_BONUS);
        }
        return new ReviewPlan(callId, null, 3, 10, DEFAULT_CRITERIA,
                String.join("|", bonuses), Aggregation.MEAN, false, now, "system");
    }

    /** Whether this is the default plan of a call nobody has planned yet (its figures are assumptions). */
    public boolean isDefault() {
        return version == null;
    }

    /**
     * Whether a saved plan still carries the default figures (weights 40/30/30, 가점 3 and 2), which come from no
     * call's text — the officer's view labels them so.
     */
    public boolean keepsDefaultFigures() {
        return version != null && (DEFAULT_CRITERIA.equals(criteria)
                || bonuses != null && DEFAULT_BONUSES.stream().anyMatch(bonuses::contains));
    }

    void change(int k, int load, String criteriaText, String bonusText, Aggregation agg, boolean z, String by,
            Instant now) {
        Violations v = new Violations();
        v.check(k >= 1 && k <= 15, "reviewersPerApplication", "review.kRange");
        v.check(load >= 1 && load <= 500, "maxLoad", "review.loadRange");
        v.attempt("criteria", () -> parseCriteria(criteriaText));
        v.attempt("bonuses", () -> parseBonuses(bonusText));
        v.check(agg != null, "aggregation", "field.required");
        v.throwIfAny();
        reviewersPerApplication = k;
        maxLoad = load;
        criteria = format(parseCriteria(criteriaText));
        bonuses = formatBonuses(parseBonuses(bonusText));
        aggregation = agg;
        zNormalise = z;
        updatedBy = by;
        updatedAt = now;
    }

    /** "기술성:40|사업화 가능성:30" (or one per line); weights are positive whole points. */
    static List<Criterion> parseCriteria(String text) {
        List<Criterion> out = new ArrayList<>();
        for (String part : split(text)) {
            int colon = part.lastIndexOf(':');
            String name = colon < 0 ? "" : part.substring(0, colon).strip();
            Integer w = colon < 0 ? null : parseInt(part.substring(colon + 1).strip());
            if (name.isEmpty() || name.contains("=") || w == null || w <= 0 || w > 100) {
                throw InvalidInputException.of("criteria", "review.criterionFormat", part);
            }
            if (out.stream().anyMatch(c -> c.name().equals(name))) {
                throw InvalidInputException.of("criteria", "review.criterionDuplicate", name);
            }
            out.add(new Criterion(name, w));
        }
        if (out.isEmpty()) {
            throw InvalidInputException.of("criteria", "field.required");
        }
        return out;
    }

    static List<Bonus> parseBonuses(String text) {
        List<Bonus> out = new ArrayList<>();
        for (String part : split(text)) {
            String[] kv = part.split(":");
            Double p = kv.length == 2 ? parseDouble(kv[1].strip()) : null;
            if (kv.length != 2 || !BONUS_RULES.contains(kv[0].strip()) || p == null || p < 0 || p > 20) {
                throw InvalidInputException.of("bonuses", "review.bonusFormat", part);
            }
            out.add(new Bonus(kv[0].strip(), p));
        }
        return out;
    }

    private static List<String> split(String text) {
        if (text == null) {
            return List.of();
        }
        return java.util.Arrays.stream(text.split("[|\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static Integer parseInt(String s) {
        try {
            return Integer.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Double parseDouble(String s) {
        try {
            return Double.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String format(List<Criterion> cs) {
        return String.join("|", cs.stream().map(c -> c.name() + ":" + c.weight()).toList());
    }

    private static String formatBonuses(List<Bonus> bs) {
        return String.join("|", bs.stream().map(b -> b.rule() + ":" + stripZero(b.points())).toList());
    }

    private static String stripZero(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    public Long callId() {
        return callId;
    }

    public int reviewersPerApplication() {
        return reviewersPerApplication;
    }

    public int maxLoad() {
        return maxLoad;
    }

    public List<Criterion> criteria() {
        return parseCriteria(criteria);
    }

    /** The rubric as an officer edits it, one criterion per line. */
    public String criteriaText() {
        return criteria.replace("|", "\n");
    }

    public List<Bonus> bonuses() {
        return parseBonuses(bonuses);
    }

    /** The points a rule grants (0 if the plan has none for it). */
    public double bonus(String rule) {
        return bonuses().stream().filter(b -> b.rule().equals(rule)).mapToDouble(Bonus::points).sum();
    }

    public String bonusesText() {
        return bonuses.replace("|", "\n");
    }

    public Map<String, Integer> weights() {
        Map<String, Integer> w = new LinkedHashMap<>();
        criteria().forEach(c -> w.put(c.name(), c.weight()));
        return w;
    }

    public int totalWeight() {
        return criteria().stream().mapToInt(Criterion::weight).sum();
    }

    public Aggregation aggregation() {
        return aggregation;
    }

    public boolean zNormalise() {
        return zNormalise;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
