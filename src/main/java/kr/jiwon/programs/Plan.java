package kr.jiwon.programs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import kr.jiwon.shared.Won;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A government implementation plan (실행계획) for a fiscal year, e.g. 2024 뿌리산업 진흥 실행계획. */
@Table("plan")
public class Plan {

    @Id
    private Long id;
    @Version
    private Long version;
    private int fiscalYear;
    private String title;
    private String ministry;
    private Won totalBudget;
    private Won previousYearTotal;
    private String description;
    private final Instant createdAt;

    @PersistenceCreator
    Plan(Long id, Long version, int fiscalYear, String title, String ministry, Won totalBudget,
            Won previousYearTotal, String description, Instant createdAt) {
        this.id = id;
        this.version = version;
        this.fiscalYear = fiscalYear;
        this.title = title;
        this.ministry = ministry;
        this.totalBudget = totalBudget;
        this.previousYearTotal = previousYearTotal;
        this.description = description;
        this.createdAt = createdAt;
    }

    static Plan create(NewPlan cmd, Instant now) {
        return new Plan(null, null, cmd.fiscalYear(), cmd.title().strip(), cmd.ministry().strip(), cmd.totalBudget(),
                cmd.previousYearTotal(), cmd.description(), now);
    }

    void revise(NewPlan cmd, long expectedVersion) {
        if (version == null || version != expectedVersion) {
            throw new org.springframework.dao.OptimisticLockingFailureException("plan " + id + " changed");
        }
        fiscalYear = cmd.fiscalYear();
        title = cmd.title().strip();
        ministry = cmd.ministry().strip();
        totalBudget = cmd.totalBudget();
        previousYearTotal = cmd.previousYearTotal();
        description = cmd.description() == null || cmd.description().isBlank() ? null : cmd.description().strip();
    }

    public Long version() {
        return version;
    }

    /** Year-on-year change of the total budget in percent (one decimal), or null without a previous total. */
    public BigDecimal yearOnYearPercent() {
        if (previousYearTotal == null || previousYearTotal.amount() == 0) {
            return null;
        }
        return BigDecimal.valueOf(totalBudget.amount() - previousYearTotal.amount())
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(previousYearTotal.amount()), 1, RoundingMode.HALF_UP);
    }

    public Long id() {
        return id;
    }

    public int fiscalYear() {
        return fiscalYear;
    }

    public String title() {
        return title;
    }

    public String ministry() {
        return ministry;
    }

    public Won totalBudget() {
        return totalBudget;
    }

    public Won previousYearTotal() {
        return previousYearTotal;
    }

    public String description() {
        return description;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
