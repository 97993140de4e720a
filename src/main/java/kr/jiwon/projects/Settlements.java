package kr.jiwon.projects;

import java.time.Clock;
import java.time.LocalDate;
import kr.jiwon.audit.AuditLog;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.CurrentUser;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.SeoulTime;
import kr.jiwon.shared.Spreadsheet;
import kr.jiwon.shared.Won;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The settlement (정산) after the project period: the officer starts it, disallows entries with reasons, enters the
 * interest the grant account earned and confirms; the project closes with the amount to return and the company is
 * told. The statement is a page, a PDF and an XLSX.
 */
@Service
@Transactional
public class Settlements {

    private final Projects projects;
    private final ProjectAccess access;
    private final Spendings spending;
    private final ProjectNotices notices;
    private final AuditLog audit;
    private final Clock clock;

    Settlements(Projects projects, ProjectAccess access, Spendings spending, ProjectNotices notices, AuditLog audit,
            Clock clock) {
        this.projects = projects;
        this.access = access;
        this.spending = spending;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    public Project start(CurrentUser user, long id, Actor actor) {
        Project p = access.forOffice(user, id);
        if (!SeoulTime.today(clock).isAfter(p.endsOn())) {
            throw InvalidInputException.of("status", "settlement.beforeEnd", p.endsOn().toString());
        }
        p.startSettlement(user.username(), clock.instant());
        audit.recordChange(actor, "SETTLEMENT_START", "PROJECT", id, null);
        Project saved = projects.save(p);
        notices.toCompany(saved, "settling");
        return saved;
    }

    public Spending disallow(CurrentUser user, long id, long spendingId, String reason, Actor actor) {
        Project p = access.forOffice(user, id);
        if (p.status() != ProjectStatus.SETTLING) {
            throw InvalidInputException.of("status", "project.notSettling");
        }
        Spending s = spending.findById(spendingId).filter(x -> x.projectId() == id)
                .orElseThrow(() -> InvalidInputException.of("spending", "project.notFound", spendingId));
        s.disallow(reason);
        audit.recordChange(actor, "SETTLEMENT_DISALLOW", "PROJECT", id, "#" + spendingId + " " + reason);
        return spending.save(s);
    }

    public SettlementStatement confirm(CurrentUser user, long id, Won interest, Actor actor) {
        Project p = access.lockedForOffice(user, id);
        SettlementStatement s = SettlementStatement.of(p, spending.findByProjectIdOrderBySpentOnAscIdAsc(id),
                interest);
        p.settle(s.interest(), s.toReturn(), user.username(), clock.instant());
        Project saved = projects.save(p);
        audit.recordChange(actor, "SETTLEMENT_CONFIRM", "PROJECT", id, "return " + s.toReturn().amount());
        notices.toCompany(saved, "settled", s.toReturn());
        return s;
    }

    /**
     * 반납 received: the company paid back part or all of what the settlement asked it to return, on a day from the
     * settlement on; the company is told what is still owed.
     */
    public Project recordRepayment(CurrentUser user, long id, LocalDate on, Won amount, Actor actor) {
        Project p = access.lockedForOffice(user, id);
        p.recordRepayment(on, amount, SeoulTime.today(clock), user.username(), clock.instant());
        Project saved = projects.save(p);
        audit.recordChange(actor, "PROJECT_REPAYMENT", "PROJECT", id, on + " " + amount.amount() + ", outstanding "
                + saved.outstanding().amount());
        notices.toCompany(saved, "repaid", amount, saved.outstanding());
        return saved;
    }

    /** The statement as a spreadsheet: one row per category, per funder and the totals. */
    public static Spreadsheet sheet(Project p, SettlementStatement s,
            java.util.function.Function<Funder, String> name) {
        Spreadsheet sheet = Spreadsheet.withHeader("구분", "항목", "계획", "집행", "불인정", "인정");
        s.categories().forEach(c -> sheet.row("비목", c.category(), c.planned().amount(), c.spent().amount(),
                c.disallowed().amount(), c.recognised().amount()));
        s.funders().forEach(f -> sheet.row("재원", name.apply(f.funder()), f.planned().amount(), "", "",
                f.used().amount()));
        sheet.row("합계", p.number(), s.planned().amount(), s.spent().amount(), "", s.recognised().amount());
        sheet.row("지원금", "지급", s.paid().amount(), "", "", s.supportUsed().amount());
        sheet.row("반납", "이자", s.interest().amount(), "", "", "");
        sheet.row("반납", "반납액", s.toReturn().amount(), "", "", "");
        return sheet;
    }

    /** The statement as a PDF in Korean. */
    public static byte[] pdf(Project p, String companyName, SettlementStatement s,
            java.util.function.Function<Funder, String> name) {
        try (PdfPages pdf = new PdfPages(p.number() + " 정산서")) {
            pdf.title("정산서 · " + p.number());
            pdf.row("과제명", p.plan().planTitle());
            pdf.row("주관기업", companyName);
            pdf.row("협약기간", p.startsOn() + " ~ " + p.endsOn());
            if (p.terminated()) {
                pdf.row("협약 해약", p.termination().on() + " (해약일 이후 집행 불인정)");
            }
            pdf.heading("비목별 집행");
            pdf.row("비목", "계획", "집행", "인정");
            s.categories().forEach(c -> pdf.row(c.category(), AgreementPdf.won(c.planned()),
                    AgreementPdf.won(c.spent()), AgreementPdf.won(c.recognised())));
            pdf.heading("재원별 사용");
            s.funders().forEach(f -> pdf.row(name.apply(f.funder()), AgreementPdf.won(f.planned()),
                    AgreementPdf.won(f.used())));
            pdf.heading("불인정 집행");
            if (s.disallowed().isEmpty()) {
                pdf.paragraph("없음");
            }
            s.disallowed().forEach(d -> pdf.paragraph(d.spentOn() + " " + d.payee() + " " + AgreementPdf.won(
                    d.amount()) + " — " + d.disallowedReason()));
            pdf.heading("반납");
            pdf.row("지원금 지급액", AgreementPdf.won(s.paid()));
            pdf.row("지원금 사용 인정액", AgreementPdf.won(s.supportUsed()));
            pdf.row("이자", AgreementPdf.won(s.interest()));
            pdf.row("반납액", AgreementPdf.won(s.toReturn()));
            return pdf.bytes();
        }
    }

}
