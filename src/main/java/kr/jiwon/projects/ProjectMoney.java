package kr.jiwon.projects;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kr.jiwon.audit.AuditLog;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.CurrentUser;
import kr.jiwon.shared.FieldViolation;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.SeoulTime;
import kr.jiwon.shared.Won;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Money during a project: payments of the support in tranches (never beyond the agreement), spending entries checked
 * by every {@link SpendingPolicy} under the project's row lock (entered one by one or imported from a CSV, all or
 * nothing), and changes to the agreement (협약변경).
 */
@Service
@Transactional
public class ProjectMoney {

    private final Projects projects;
    private final ProjectAccess access;
    private final Spendings spending;
    private final ProjectFiles files;
    private final AgreementChanges changes;
    private final FundingRules rules;
    private final ProjectNotices notices;
    private final AuditLog audit;
    private final Clock clock;

    ProjectMoney(Projects projects, ProjectAccess access, Spendings spending, ProjectFiles files,
            AgreementChanges changes, FundingRules rules, ProjectNotices notices, AuditLog audit, Clock clock) {
        this.projects = projects;
        this.access = access;
        this.spending = spending;
        this.files = files;
        this.changes = changes;
        this.rules = rules;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    public Project pay(CurrentUser user, long id, String label, LocalDate on, Won amount, Actor actor) {
        Project p = access.lockedForOffice(user, id);
        p.pay(label, on, amount, user.username(), clock.instant());
        Project saved = projects.save(p);
        audit.recordChange(actor, "PROJECT_PAYMENT", "PROJECT", id, label + " " + amount.amount());
        notices.toCompany(saved, "paid", label, amount);
        return saved;
    }

    /** One entry with its evidence file (or a tax invoice number): stored only if every spending policy holds. */
    public Spending spend(CurrentUser user, long id, SpendingEntry entry, UploadedFile evidence, Actor actor) {
        Project p = access.lockedOfCompany(user, id);
        SpendingEntry e = evidence == null
                ? entry
                : new SpendingEntry(entry.spentOn(), entry.payee(), entry.amount(), entry.category(),
                        entry.description(), entry.invoiceNumber(), evidence.sha256());
        requireComplete(e);
        SpendingPolicy.checkAll(e, context(p, List.of()));
        Instant now = clock.instant();
        Long fileId = evidence == null
                ? null
                : files.save(ProjectFile.of(id, "EVIDENCE", evidence, user.username(), now)).id();
        Spending saved = spending.save(Spending.of(id, e, fileId, Spending.Source.MANUAL, user.username(), now));
        audit.recordChange(actor, "PROJECT_SPEND", "PROJECT", id, e.category() + " " + e.amount().amount());
        return saved;
    }

    /**
     * Checks every line of an imported bank or card export (see {@link SpendingCsv}) against the policies, each line
     * also against the lines before it; stores them all only when asked to and every line passes.
     */
    public SpendingImport importCsv(CurrentUser user, long id, byte[] csv, boolean apply, Actor actor) {
        Project p = access.lockedOfCompany(user, id);
        SpendingImport result = check(p, SpendingCsv.parse(csv));
        if (apply && result.ok()) {
            Instant now = clock.instant();
            for (SpendingImport.Line l : result.lines()) {
                spending.save(Spending.of(id, l.entry(), null, Spending.Source.CSV, user.username(), now));
            }
            audit.recordChange(actor, "PROJECT_SPEND_IMPORT", "PROJECT", id, result.lines().size() + " lines "
                    + result.total().amount());
            return result.applied();
        }
        return result;
    }

    private SpendingImport check(Project p, List<SpendingCsv.Row> rows) {
        List<SpendingImport.Line> lines = new ArrayList<>();
        List<SpendingEntry> earlier = new ArrayList<>();
        for (SpendingCsv.Row row : rows) {
            List<FieldViolation> problems = new ArrayList<>(row.problems());
            if (problems.isEmpty()) {
                problems.addAll(SpendingPolicy.violations(row.entry(), context(p, earlier)));
                earlier.add(row.entry());
            }
            lines.add(new SpendingImport.Line(row.lineNumber(), row.entry(), problems));
        }
        return new SpendingImport(lines, false);
    }

    private SpendingPolicy.Context context(Project p, List<SpendingEntry> earlier) {
        return new SpendingPolicy.Context(p, rules.of(p.programCode()),
                spending.findByProjectIdOrderBySpentOnAscIdAsc(p.id()), List.copyOf(earlier),
                changes.findByProjectIdOrderByRequestedAtDesc(p.id()), spending::existsByInvoiceNumber,
                spending::existsByEvidenceSha256, SeoulTime.today(clock));
    }

    private void requireComplete(SpendingEntry e) {
        var v = new kr.jiwon.shared.Violations();
        v.check(e.spentOn() != null, "spentOn", "field.required");
        v.check(e.payee() != null && !e.payee().isBlank(), "payee", "field.required");
        v.check(e.payee() == null || e.payee().length() <= 200, "payee", "field.tooLong", 200);
        v.check(e.amount() != null && e.amount().amount() > 0, "amount", "project.amountPositive");
        v.check(e.category() != null && !e.category().isBlank(), "category", "field.required");
        if (!v.isEmpty()) {
            throw new InvalidInputException(v.list());
        }
    }
}
