package kr.jiwon.projects;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.TextList;
import kr.jiwon.shared.Won;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A project (과제) and its agreement, payments and settlement. It guards its own order: the plan, then the budget,
 * then the deposit (when the company pays cash), then the signatures; payments only once signed and never beyond
 * the support awarded; settlement last. Money rules that need more than the project itself are policies
 * ({@link CostSharePolicy}, {@link SpendingPolicy}).
 */
@Table("project")
public class Project {

    @Id
    private Long id;
    @Version
    private Long version;
    private final String number;
    private final Long callId;
    private final Long applicationId;
    private final String programCode;
    private final Long companyId;
    private final String title;
    private final String trackCode;
    private final TextList institutes;
    private final Won grantAmount;
    private final LocalDate startsOn;
    private LocalDate endsOn;
    private ProjectStatus status;
    private AgreementStep step;
    @org.springframework.data.relational.core.mapping.Embedded.Empty
    private ProjectPlan plan;
    private Won depositAmount;
    private LocalDate depositedOn;
    private Long depositEvidenceId;
    private Won interest;
    private Won returnAmount;
    private Instant settledAt;
    private String settledBy;
    @org.springframework.data.relational.core.mapping.Embedded.Nullable(prefix = "termination_")
    private Termination termination;
    private final Instant createdAt;
    @MappedCollection(idColumn = "project_id", keyColumn = "position")
    private List<BudgetLine> budgetLines;
    @MappedCollection(idColumn = "project_id", keyColumn = "position")
    private final List<Payment> payments;
    @MappedCollection(idColumn = "project_id", keyColumn = "position")
    private final List<Repayment> repayments;
    @MappedCollection(idColumn = "project_id", keyColumn = "position")
    private final List<ProjectEvent> events;

    @PersistenceCreator
    Project(Long id, Long version, String number, Long callId, Long applicationId, String programCode, Long companyId,
            String title, String trackCode, TextList institutes, Won grantAmount, LocalDate startsOn,
            LocalDate endsOn, ProjectStatus status, AgreementStep step, ProjectPlan plan, Won depositAmount,
            LocalDate depositedOn,
            Long depositEvidenceId, Won interest, Won returnAmount, Instant settledAt, String settledBy,
            Termination termination, Instant createdAt, List<BudgetLine> budgetLines, List<Payment> payments,
            List<Repayment> repayments, List<ProjectEvent> events) {
        this.id = id;
        this.version = version;
        this.number = number;
        this.callId = callId;
        this.applicationId = applicationId;
        this.programCode = programCode;
        this.companyId = companyId;
        this.title = title;
        this.trackCode = trackCode;
        this.institutes = institutes == null ? TextList.EMPTY : institutes;
        this.grantAmount = grantAmount;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.status = status;
        this.step = step;
        this.plan = plan;
        this.depositAmount = depositAmount;
        this.depositedOn = depositedOn;
        this.depositEvidenceId = depositEvidenceId;
        this.interest = interest;
        this.returnAmount = returnAmount;
        this.settledAt = settledAt;
        this.settledBy = settledBy;
        this.termination = termination;
        this.createdAt = createdAt;
        this.budgetLines = new ArrayList<>(budgetLines == null ? List.of() : budgetLines);
        this.payments = new ArrayList<>(payments == null ? List.of() : payments);
        this.repayments = new ArrayList<>(repayments == null ? List.of() : repayments);
        this.events = new ArrayList<>(events == null ? List.of() : events);
    }

    /** A new project in its first agreement step; the plan starts as the application's. */
    static Project create(NewProject p, String number, Instant now) {
        if (p.endsOn().isBefore(p.startsOn())) {
            throw InvalidInputException.of("endsOn", "project.periodOrder");
        }
        Project project = new Project(null, null, number, p.callId(), p.applicationId(), p.programCode(),
                p.companyId(), p.title(), p.trackCode(), TextList.of(p.institutes()), p.grant(), p.startsOn(),
                p.endsOn(), ProjectStatus.AGREEMENT, AgreementStep.PLAN,
                new ProjectPlan(p.title(), null, p.content(), null, null), null, null, null, null, null, null, null,
                null, now, null, null, null, null);
        project.log(now, "system", "CREATED", number);
        return project;
    }

    void requestRevision(Set<PlanItem> items, String note, String actor, Instant now) {
        requireStep(AgreementStep.PLAN);
        plan = plan.askToRevise(items, note);
        log(now, actor, "REVISION_REQUESTED", plan.revisionNote());
    }

    /** The company's revised plan: only the items asked for may differ from the current plan. */
    void submitPlan(String newTitle, String goals, String content, String actor, Instant now) {
        requireStep(AgreementStep.PLAN);
        plan = plan.revise(newTitle, goals, content);
        step = AgreementStep.BUDGET;
        log(now, actor, "PLAN_SUBMITTED", null);
    }

    /** A budget the cost-share policies accepted (the caller checks them; see {@link CostSharePolicy}). */
    void submitBudget(Budget budget, String actor, Instant now) {
        requireStep(AgreementStep.BUDGET);
        budgetLines = new ArrayList<>(budget.lines());
        step = budget.of(Funder.COMPANY_CASH).amount() > 0 ? AgreementStep.DEPOSIT : AgreementStep.SIGN;
        log(now, actor, "BUDGET_SUBMITTED", budget.categoryTotal().korean());
    }

    void recordDeposit(Won amount, LocalDate on, long evidenceId, String actor, Instant now) {
        requireStep(AgreementStep.DEPOSIT);
        Won due = budget().of(Funder.COMPANY_CASH);
        if (amount == null || amount.compareTo(due) < 0) {
            throw InvalidInputException.of("amount", "project.depositShort", due);
        }
        depositAmount = amount;
        depositedOn = on;
        depositEvidenceId = evidenceId;
        step = AgreementStep.SIGN;
        log(now, actor, "DEPOSITED", amount.korean());
    }

    /** The company gives the award up before the agreement is signed (선정 포기); nothing of it goes on. */
    void giveUp(String actor, Instant now, String reason) {
        if (status != ProjectStatus.AGREEMENT) {
            throw InvalidInputException.of("reason", "project.giveUpAfterSigning");
        }
        status = ProjectStatus.GIVEN_UP;
        log(now, actor, "GIVEN_UP", reason);
    }

    /** Both parties have signed the agreement: the project starts. */
    void signed(String actor, Instant now) {
        requireStep(AgreementStep.SIGN);
        step = AgreementStep.SIGNED;
        status = ProjectStatus.IN_PROGRESS;
        log(now, actor, "SIGNED", null);
    }

    void pay(String label, LocalDate on, Won amount, String actor, Instant now) {
        if (status != ProjectStatus.IN_PROGRESS) {
            throw InvalidInputException.of("amount", "project.notInProgress");
        }
        if (label == null || label.isBlank() || on == null || amount == null || amount.amount() <= 0) {
            throw InvalidInputException.of("amount", "project.paymentIncomplete");
        }
        Won after = paid().plus(amount);
        if (after.exceeds(grantAmount)) {
            throw InvalidInputException.of("amount", "policy.PAYMENT_WITHIN_AGREEMENT", grantAmount,
                    paid());
        }
        payments.add(new Payment(label.strip(), on, amount, actor, now));
        log(now, actor, "PAID", label.strip() + " " + amount.korean());
    }

    /**
     * 반납: the company paid back {@code amount} on {@code on} of what its settlement asked it to return — only once
     * the project is settled with something to return, on a day from the settlement to {@code today}, and never more
     * than is still owed.
     */
    void recordRepayment(LocalDate on, Won amount, LocalDate today, String actor, Instant now) {
        if (status != ProjectStatus.CLOSED || returnAmount == null || returnAmount.amount() == 0) {
            throw InvalidInputException.of("repaidAmount", "project.nothingToReturn");
        }
        LocalDate settledOn = kr.jiwon.shared.SeoulTime.toLocal(settledAt).toLocalDate();
        Won owed = outstanding();
        kr.jiwon.shared.Violations v = new kr.jiwon.shared.Violations();
        v.check(on != null, "repaidOn", "field.required");
        v.check(on == null || !on.isAfter(today), "repaidOn", "project.repaidOnFuture");
        v.check(on == null || !on.isBefore(settledOn), "repaidOn", "project.repaidBeforeSettlement",
                kr.jiwon.shared.SeoulTime.notice(settledOn));
        v.check(amount != null && amount.amount() > 0, "repaidAmount", "field.required");
        v.check(amount == null || !amount.exceeds(owed), "repaidAmount", "project.repaidAboveOutstanding", owed);
        v.throwIfAny();
        repayments.add(new Repayment(on, amount, actor, now));
        log(now, actor, "REPAID", amount.korean());
    }

    void extendTo(LocalDate newEnd, String actor, Instant now) {
        endsOn = newEnd;
        log(now, actor, "EXTENDED", newEnd.toString());
    }

    void transfer(String from, String to, Won amount, String actor, Instant now) {
        Budget b = budget();
        var categories = new java.util.LinkedHashMap<>(b.categories());
        categories.put(from, b.of(from).minus(amount));
        categories.put(to, b.of(to).plus(amount));
        budgetLines = new ArrayList<>(new Budget(categories, b.funders()).lines());
        log(now, actor, "TRANSFERRED", from + " → " + to + " " + amount.korean());
    }

    void startSettlement(String actor, Instant now) {
        if (status != ProjectStatus.IN_PROGRESS) {
            throw InvalidInputException.of("status", "project.notInProgress");
        }
        status = ProjectStatus.SETTLING;
        log(now, actor, "SETTLEMENT_STARTED", null);
    }

    /**
     * 협약 해약: the agreement ends as of {@code t.on()} (inside the period, not before it started) and the settlement
     * begins; nothing is paid or spent on it any more.
     */
    void terminate(Termination t, String actor, Instant now) {
        if (status != ProjectStatus.IN_PROGRESS) {
            throw InvalidInputException.of("terminationKind", "project.notInProgress");
        }
        if (t.on().isBefore(startsOn) || t.on().isAfter(endsOn)) {
            throw InvalidInputException.of("terminatedOn", "project.terminationWithinPeriod", startsOn, endsOn);
        }
        termination = t;
        status = ProjectStatus.SETTLING;
        log(now, actor, "TERMINATED", kr.jiwon.shared.SeoulTime.notice(t.on()) + " " + t.reason());
    }

    void settle(Won interest, Won toReturn, String actor, Instant now) {
        if (status != ProjectStatus.SETTLING) {
            throw InvalidInputException.of("status", "project.notSettling");
        }
        this.interest = interest;
        this.returnAmount = toReturn;
        this.settledAt = now;
        this.settledBy = actor;
        status = ProjectStatus.CLOSED;
        log(now, actor, "SETTLED", toReturn.korean());
    }

    void log(Instant at, String actor, String kind, String detail) {
        events.add(new ProjectEvent(at, actor, kind, detail));
    }

    private void requireStep(AgreementStep expected) {
        if (status == ProjectStatus.GIVEN_UP) {
            throw InvalidInputException.of("step", "project.givenUp");
        }
        if (step != expected) {
            throw InvalidInputException.of("step", "project.wrongStep");
        }
    }

    public Budget budget() {
        return Budget.of(budgetLines);
    }

    public Won paid() {
        return payments.stream().map(Payment::amount).reduce(Won.ZERO, Won::plus);
    }

    /** What the company has paid back of the settlement's 반납액. */
    public Won repaid() {
        return repayments.stream().map(Repayment::amount).reduce(Won.ZERO, Won::plus);
    }

    /** What the company still owes of the settlement's 반납액 (nothing before the settlement). */
    public Won outstanding() {
        return returnAmount == null ? Won.ZERO : returnAmount.minus(repaid());
    }

    public List<Repayment> repayments() {
        return List.copyOf(repayments);
    }

    // @formatter:off
    public Long id() { return id; }
    public Long version() { return version; }
    public String number() { return number; }
    public Long callId() { return callId; }
    public Long applicationId() { return applicationId; }
    public String programCode() { return programCode; }
    public Long companyId() { return companyId; }
    public String title() { return title; }
    public String trackCode() { return trackCode; }
    public List<String> institutes() { return institutes.values(); }
    public Won grantAmount() { return grantAmount; }
    public LocalDate startsOn() { return startsOn; }
    public LocalDate endsOn() { return endsOn; }
    public ProjectStatus status() { return status; }
    public AgreementStep step() { return step; }
    public ProjectPlan plan() { return plan; }
    public Won depositAmount() { return depositAmount; }
    public LocalDate depositedOn() { return depositedOn; }
    public Long depositEvidenceId() { return depositEvidenceId; }
    public Won interest() { return interest; }
    public Won returnAmount() { return returnAmount; }
    public Instant settledAt() { return settledAt; }
    public String settledBy() { return settledBy; }
    public Instant createdAt() { return createdAt; }
    /** 협약 해약, if the agreement was ended before its period; null otherwise. */
    public Termination termination() { return termination; }

    public boolean terminated() {
        return termination != null;
    }

    /** The last day of the project: its agreed end, or the termination date of an agreement ended early. */
    public LocalDate effectiveEnd() {
        return termination == null ? endsOn : termination.on();
    }
    public List<Payment> payments() { return List.copyOf(payments); }
    public List<ProjectEvent> events() { return List.copyOf(events); }
    // @formatter:on
}
