package kr.jiwon.programs;

import java.time.Instant;
import kr.jiwon.shared.TextList;
import kr.jiwon.shared.Won;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A support program (사업) such as 소부장 융합혁신지원단 심화기술지원사업: who funds and runs it, its annual budget,
 * the years it runs and the fields it favours. It has an annual budget, a budget for its whole period, or both. Its short code (e.g. SBJ) prefixes application receipts.
 */
@Table("program")
public class Program {

    @Id
    private Long id;
    @Version
    private Long version;
    private final Long planId;
    private final String code;
    private final String name;
    private final String ministry;
    private final String managingAgency;
    private final Won annualBudget;
    private final Won totalBudget;
    private final Integer startYear;
    private final Integer endYear;
    private final Integer targetCompanies;
    private final String description;
    private final TextList priorityFields;
    private final Instant createdAt;

    @PersistenceCreator
    Program(Long id, Long version, Long planId, String code, String name, String ministry, String managingAgency,
            Won annualBudget, Won totalBudget, Integer startYear, Integer endYear, Integer targetCompanies,
            String description,
            TextList priorityFields, Instant createdAt) {
        this.id = id;
        this.version = version;
        this.planId = planId;
        this.code = code;
        this.name = name;
        this.ministry = ministry;
        this.managingAgency = managingAgency;
        this.annualBudget = annualBudget;
        this.totalBudget = totalBudget;
        this.startYear = startYear;
        this.endYear = endYear;
        this.targetCompanies = targetCompanies;
        this.description = description;
        this.priorityFields = priorityFields == null ? TextList.EMPTY : priorityFields;
        this.createdAt = createdAt;
    }

    static Program create(NewProgram cmd, Instant now) {
        return new Program(null, null, cmd.planId(), cmd.code().strip().toUpperCase(java.util.Locale.ROOT),
                cmd.name().strip(), cmd.ministry().strip(), blankToNull(cmd.managingAgency()), cmd.annualBudget(),
                cmd.totalBudget(), cmd.startYear(), cmd.endYear(), cmd.targetCompanies(), cmd.description(),
                cmd.priorityFields(), now);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long id() {
        return id;
    }

    public Long planId() {
        return planId;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String ministry() {
        return ministry;
    }

    public String managingAgency() {
        return managingAgency;
    }

    public Won annualBudget() {
        return annualBudget;
    }

    /** The budget over the whole period, for multi-year programs (e.g. 1,131억원 for 2025–2030). */
    public Won totalBudget() {
        return totalBudget;
    }

    public Integer startYear() {
        return startYear;
    }

    public Integer endYear() {
        return endYear;
    }

    public Integer targetCompanies() {
        return targetCompanies;
    }

    public String description() {
        return description;
    }

    public TextList priorityFields() {
        return priorityFields;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
