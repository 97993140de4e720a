package kr.jiwon.projects;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kr.jiwon.shared.Won;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A spending entry (집행): date, payee, amount, cost category, the tax invoice number and/or an evidence file, and
 * where it came from (entered or imported from a bank/card CSV). Stored only after every spending policy accepted
 * it; at settlement the officer may disallow it (불인정) with a reason.
 */
@Table("spending")
public class Spending {

    public enum Source {
        MANUAL, CSV
    }

    @Id
    private Long id;
    @Version
    private Long version;
    private final Long projectId;
    private final LocalDate spentOn;
    private final String payee;
    private final Won amount;
    private final String category;
    private final String description;
    private final String invoiceNumber;
    private final Long evidenceId;
    private final String evidenceSha256;
    private final Source source;
    private boolean disallowed;
    private String disallowedReason;
    private final Instant recordedAt;
    private final String recordedBy;

    @PersistenceCreator
    Spending(Long id, Long version, Long projectId, LocalDate spentOn, String payee, Won amount, String category,
            String description, String invoiceNumber, Long evidenceId, String evidenceSha256, Source source,
            boolean disallowed, String disallowedReason, Instant recordedAt, String recordedBy) {
        this.id = id;
        this.version = version;
        this.projectId = projectId;
        this.spentOn = spentOn;
        this.payee = payee;
        this.amount = amount;
        this.category = category;
        this.description = description;
        this.invoiceNumber = invoiceNumber;
        this.evidenceId = evidenceId;
        this.evidenceSha256 = evidenceSha256;
        this.source = source;
        this.disallowed = disallowed;
        this.disallowedReason = disallowedReason;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    static Spending of(long projectId, SpendingEntry e, Long evidenceId, Source source, String by, Instant now) {
        return new Spending(null, null, projectId, e.spentOn(), e.payee(), e.amount(), e.category(),
                e.description(), e.invoiceNumber(), evidenceId, e.evidenceSha256(), source, false, null, now, by);
    }

    /** The recognised (not disallowed) spending of a category. */
    public static Won recognisedIn(List<Spending> spending, String category) {
        return spending.stream().filter(s -> !s.disallowed() && s.category().equals(category))
                .map(Spending::amount).reduce(Won.ZERO, Won::plus);
    }

    void disallow(String reason) {
        if (reason == null || reason.isBlank()) {
            throw kr.jiwon.shared.InvalidInputException.of("reason", "project.disallowReason");
        }
        disallowed = true;
        disallowedReason = reason.strip();
    }

    // @formatter:off
    public Long id() { return id; }
    public Long projectId() { return projectId; }
    public LocalDate spentOn() { return spentOn; }
    public String payee() { return payee; }
    public Won amount() { return amount; }
    public String category() { return category; }
    public String description() { return description; }
    public String invoiceNumber() { return invoiceNumber; }
    public Long evidenceId() { return evidenceId; }
    public String evidenceSha256() { return evidenceSha256; }
    public Source source() { return source; }
    public boolean disallowed() { return disallowed; }
    public String disallowedReason() { return disallowedReason; }
    public Instant recordedAt() { return recordedAt; }
    public String recordedBy() { return recordedBy; }
    // @formatter:on
}
