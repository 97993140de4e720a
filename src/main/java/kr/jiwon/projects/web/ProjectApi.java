package kr.jiwon.projects.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.jiwon.projects.AgreementStep;
import kr.jiwon.projects.Agreements;
import kr.jiwon.projects.Budget;
import kr.jiwon.projects.Funder;
import kr.jiwon.projects.Payment;
import kr.jiwon.projects.Project;
import kr.jiwon.projects.ProjectFilter;
import kr.jiwon.projects.ProjectManagement;
import kr.jiwon.projects.ProjectMoney;
import kr.jiwon.projects.ProjectStatus;
import kr.jiwon.projects.SettlementStatement;
import kr.jiwon.projects.Spending;
import kr.jiwon.projects.SpendingEntry;
import kr.jiwon.projects.SpendingImport;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.CurrentUser;
import kr.jiwon.shared.Role;
import kr.jiwon.shared.SeoulTime;
import kr.jiwon.shared.Won;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Projects for integrating systems, with the same rules and checks as the pages: the caller's projects (company,
 * institute, or all for officers with filters), one project with its budget and payments, the plan, the budget, the
 * spending (one entry, or a CSV with a dry run), payments, the settlement statement and the repayments of what it
 * asked back. Money is whole won.
 */
@RestController
@Tag(name = "Projects", description = "과제: 협약, 지급, 집행, 정산")
class ProjectApi {

    private final ProjectManagement projects;
    private final Agreements agreements;
    private final ProjectMoney money;
    private final kr.jiwon.projects.Terminations terminations;
    private final kr.jiwon.projects.Settlements settlements;
    private final org.springframework.context.MessageSource messages;

    ProjectApi(ProjectManagement projects, Agreements agreements, ProjectMoney money,
            kr.jiwon.projects.Terminations terminations, kr.jiwon.projects.Settlements settlements,
            org.springframework.context.MessageSource messages) {
        this.settlements = settlements;
        this.messages = messages;
        this.projects = projects;
        this.agreements = agreements;
        this.money = money;
        this.terminations = terminations;
    }

    record ProjectJson(long id, String number, String title, ProjectStatus status, AgreementStep step,
            String programCode, long applicationId, String company, List<String> institutes, LocalDate startsOn,
            LocalDate endsOn, Won grant, Map<String, Won> categories, Map<Funder, Won> funders, Won paid,
            List<Payment> payments, Won returnAmount, List<kr.jiwon.projects.Repayment> repayments, Won outstanding,
            kr.jiwon.projects.Termination termination, OffsetDateTime createdAt) {
    }

    record SpendingJson(long id, LocalDate spentOn, String payee, Won amount, String category, String description,
            String invoiceNumber, String evidenceSha256, Spending.Source source, boolean disallowed,
            String disallowedReason, OffsetDateTime recordedAt) {

        static SpendingJson of(Spending s) {
            return new SpendingJson(s.id(), s.spentOn(), s.payee(), s.amount(), s.category(), s.description(),
                    s.invoiceNumber(), s.evidenceSha256(), s.source(), s.disallowed(), s.disallowedReason(),
                    SeoulTime.toOffset(s.recordedAt()));
        }
    }

    record Problem(String field, String message) {
    }

    record LineJson(int line, SpendingEntry entry, List<Problem> problems) {
    }

    record ImportJson(boolean ok, boolean stored, Won total, List<LineJson> lines) {
    }

    record SettlementJson(List<SettlementStatement.CategoryLine> categories,
            List<SettlementStatement.FunderLine> funders, Won paid, Won supportUsed, Won interest, Won toReturn,
            List<SpendingJson> disallowed) {
    }

    record PlanRequest(String title, String goals, String content) {
    }

    record BudgetRequest(Map<String, Won> categories, Map<Funder, Won> funders) {
    }

    record PaymentRequest(String label, LocalDate paidOn, Won amount) {
    }

    private ProjectJson json(Project p) {
        return json(p, projects.companyName(p));
    }

    private ProjectJson json(Project p, String companyName) {
        Budget b = p.budget();
        return new ProjectJson(p.id(), p.number(), p.plan().planTitle(), p.status(), p.step(), p.programCode(),
                p.applicationId(), companyName, p.institutes(), p.startsOn(), p.endsOn(),
                p.grantAmount(), b.categories(), b.funders(), p.paid(), p.payments(), p.returnAmount(),
                p.repayments(), p.outstanding(), p.termination(), SeoulTime.toOffset(p.createdAt()));
    }

    @GetMapping("/api/v1/projects")
    @Operation(summary = "The caller's projects: the company's, the institute's, or (officers) all matching the filters"
            + " (owing=true: only those that still owe part of what their settlement asked back)")
    List<ProjectJson> list(CurrentUser user, @RequestParam(required = false) String program,
            @RequestParam(required = false) ProjectStatus status, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "false") boolean owing) {
        List<Project> list = user.isOffice()
                ? projects.list(user, new ProjectFilter(null, program, status, q, owing))
                : user.role() == Role.INSTITUTE ? projects.ofInstitute(user) : projects.ofCompany(user);
        Map<Long, String> names = projects.companyNames(list);
        return list.stream().map(p -> json(p, names.get(p.id()))).toList();
    }

    @GetMapping("/api/v1/projects/{id}")
    ProjectJson get(@PathVariable long id, CurrentUser user, Actor actor) {
        return json(projects.view(user, id, actor));
    }

    record GiveUpRequest(String reason) {
    }

    @PostMapping("/api/v1/projects/{id}/give-up")
    @Operation(summary = "The company gives its award up before the agreement is signed (선정 포기), or an officer "
            + "records that it did; final — the grant returns to the call's budget")
    ProjectJson giveUp(@PathVariable long id, @RequestBody GiveUpRequest body, CurrentUser user, Actor actor) {
        return json(agreements.giveUp(user, id, body == null ? null : body.reason(), actor));
    }

    record TerminationRequest(kr.jiwon.projects.Termination.Kind kind, LocalDate terminatedOn, String reason) {
    }

    @PostMapping("/api/v1/projects/{id}/terminate")
    @Operation(summary = "Officers: end a running agreement as of a date that has come (협약 해약), on one of the grounds "
            + "COMPANY_REQUEST, INSOLVENCY, BREACH, NOT_FEASIBLE; the settlement starts and spending after the date is "
            + "not recognised — final")
    ProjectJson terminate(@PathVariable long id, @RequestBody TerminationRequest body, CurrentUser user,
            Actor actor) {
        TerminationRequest b = body == null ? new TerminationRequest(null, null, null) : body;
        return json(terminations.terminate(user, id, new kr.jiwon.projects.Terminations.Request(b.kind(),
                b.terminatedOn(), b.reason(), true), actor));
    }

    @PostMapping("/api/v1/projects/{id}/plan")
    @Operation(summary = "The company's revised plan (only the items the officer asked for may differ)")
    ProjectJson plan(@PathVariable long id, @RequestBody PlanRequest body, CurrentUser user, Actor actor) {
        return json(agreements.submitPlan(user, id, body.title(), body.goals(), body.content(), actor));
    }

    @PutMapping("/api/v1/projects/{id}/budget")
    @Operation(summary = "The budget by cost category and funder, checked by the program's cost-share policies")
    ProjectJson budget(@PathVariable long id, @RequestBody BudgetRequest body, CurrentUser user, Actor actor) {
        Map<String, Won> c = body.categories() == null ? Map.of() : new LinkedHashMap<>(body.categories());
        Map<Funder, Won> f = body.funders() == null ? Map.of() : new LinkedHashMap<>(body.funders());
        return json(agreements.submitBudget(user, id, new Budget(c, f), actor));
    }

    @PostMapping("/api/v1/projects/{id}/payments")
    @Operation(summary = "Record a payment (officers); never beyond the support agreed")
    ProjectJson pay(@PathVariable long id, @RequestBody PaymentRequest body, CurrentUser user, Actor actor) {
        return json(money.pay(user, id, body.label(), body.paidOn(), body.amount(), actor));
    }

    record RepaymentRequest(LocalDate repaidOn, Won amount) {
    }

    @PostMapping("/api/v1/projects/{id}/repayments")
    @Operation(summary = "Record money the company paid back of its settlement's amount to return (officers); never "
            + "more than is still owed, on a day from the settlement to today")
    ProjectJson repaid(@PathVariable long id, @RequestBody RepaymentRequest body, CurrentUser user, Actor actor) {
        return json(settlements.recordRepayment(user, id, body.repaidOn(), body.amount(), actor));
    }

    @GetMapping("/api/v1/projects/{id}/spending")
    List<SpendingJson> spending(@PathVariable long id, CurrentUser user, Actor actor) {
        projects.view(user, id, actor);
        return projects.spending(id).stream().map(SpendingJson::of).toList();
    }

    @PostMapping("/api/v1/projects/{id}/spending")
    @Operation(summary = "One spending entry with its tax invoice number, checked by every spending policy")
    SpendingJson spend(@PathVariable long id, @RequestBody SpendingEntry body, CurrentUser user, Actor actor) {
        return SpendingJson.of(
                money.spend(user, id, new SpendingEntry(body.spentOn(), body.payee(), body.amount(), body.category(),
                        body.description(), body.invoiceNumber(), null), null, actor));
    }

    @PostMapping(path = "/api/v1/projects/{id}/spending.csv", consumes = {"text/csv", "text/plain",
            "application/octet-stream"})
    @Operation(summary = "Check (apply=false) or store (apply=true, all or nothing) a bank or card CSV export")
    ImportJson importCsv(@PathVariable long id, @RequestBody byte[] csv,
            @RequestParam(defaultValue = "false") boolean apply, CurrentUser user, Actor actor) {
        SpendingImport r = money.importCsv(user, id, csv, apply, actor);
        var locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        return new ImportJson(r.ok(), r.stored(), r.total(), r.lines().stream().map(l -> new LineJson(
                l.lineNumber(), l.entry(), l.problems().stream().map(v -> new Problem(v.field(),
                        messages.getMessage(v.resolvable(), locale))).toList()))
                .toList());
    }

    @GetMapping("/api/v1/projects/{id}/settlement")
    @Operation(summary = "The settlement statement: planned, spent, disallowed, recognised; paid, used and to return")
    SettlementJson settlement(@PathVariable long id, CurrentUser user, Actor actor) {
        SettlementStatement s = SettlementStatement.of(projects.view(user, id, actor), projects.spending(id));
        return new SettlementJson(s.categories(), s.funders(), s.paid(), s.supportUsed(), s.interest(),
                s.toReturn(), s.disallowed().stream().map(SpendingJson::of).toList());
    }
}
