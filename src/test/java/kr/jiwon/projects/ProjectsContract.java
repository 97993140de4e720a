package kr.jiwon.projects;

import static kr.jiwon.review.ReviewFixtures.OFFICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.SeoulTime;
import kr.jiwon.shared.Won;
import kr.jiwon.testing.MutableClock;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A project's whole life on a database: created from final results, the agreement's steps, the agreement PDF (Korean
 * text, hash, an altered copy detected), payment, spending with the row lock, a CSV import, a change with a new
 * agreement version, and the settlement with its return and the repayments of it. Run on H2 and on a real
 * PostgreSQL.
 */
public abstract class ProjectsContract {

    public static final byte[] RECEIPT = "%PDF-1.4\n% 세금계산서\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
            .getBytes(StandardCharsets.UTF_8);

    @Autowired
    ProjectFixtures fixtures;
    @Autowired
    ProjectManagement projects;
    @Autowired
    Agreements agreements;
    @Autowired
    ProjectMoney money;
    @Autowired
    AgreementChangeDesk changes;
    @Autowired
    Settlements settlements;
    @Autowired
    ProjectFiles files;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aProjectGoesFromFinalResultsThroughItsAgreementMoneyAndChangesToASettlementWithAReturn() throws Exception {
        ProjectFixtures.Awarded awarded = fixtures.awarded();
        Project p = awarded.project();
        var company = awarded.company();
        var officer = awarded.officer();
        Actor co = new Actor(company.username(), "APPLICANT", "127.0.0.1");
        assertThat(p.number()).matches("T\\d+-\\d{4}-9-P001");
        assertThat(p.status()).isEqualTo(ProjectStatus.AGREEMENT);
        assertThat(p.grantAmount()).isEqualTo(Won.ofManwon(5000));
        assertThat(p.institutes()).containsExactly("KITECH");
        assertThat(p.startsOn().getDayOfMonth()).isEqualTo(1);
        assertThat(p.endsOn()).isEqualTo(p.startsOn().plusMonths(10).minusDays(1));

        agreements.requestRevision(officer, p.id(), Set.of(PlanItem.GOALS), "정량 목표를 적어 주세요.", OFFICE);
        assertThatThrownBy(() -> agreements.submitPlan(company, p.id(), "다른 과제명", "불량률 8 % → 2 %", null, co))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("project.itemNotOpen");
        agreements.submitPlan(company, p.id(), null, "기공 불량률 8 % → 2 %", null, co);
        Project budgeted = agreements.submitBudget(company, p.id(), ProjectFixtures.validBudget(), co);
        assertThat(budgeted.step()).isEqualTo(AgreementStep.DEPOSIT);
        assertThat(budgeted.budget().categoryTotal()).isEqualTo(Won.ofManwon(6700));
        agreements.recordDeposit(company, p.id(), Won.ofManwon(500), SeoulTime.today(clock),
                UploadedFile.evidence("evidence", "입금확인증.pdf", RECEIPT), co);

        AgreementDocument doc = projects.currentDocument(p.id()).orElseThrow();
        byte[] pdf = files.findById(doc.fileId()).orElseThrow().content();
        try (var loaded = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(loaded);
            assertThat(text).contains("협약서").contains(p.number()).contains("기공 불량률 8 % → 2 %")
                    .contains("50,000,000원").contains("인건비").contains("한국생산기술연구원");
        }
        assertThat(doc.sha256()).isEqualTo(UploadedFile.sha256(pdf));
        assertThat(agreements.verify(pdf)).map(AgreementDocument::id).contains(doc.id());
        byte[] altered = pdf.clone();
        altered[altered.length / 2] ^= 1;
        assertThat(agreements.verify(altered)).isEmpty();

        assertThatThrownBy(() -> agreements.sign(company, p.id(), "0".repeat(64), co))
                .hasMessageContaining("agreement.hashMismatch");
        agreements.sign(company, p.id(), doc.sha256(), co);
        AgreementDocument signed = agreements.sign(officer, p.id(), doc.sha256(), OFFICE);
        assertThat(signed.fullySigned()).isTrue();
        assertThat(projects.view(officer, p.id(), OFFICE).status()).isEqualTo(ProjectStatus.IN_PROGRESS);

        money.pay(officer, p.id(), "선금", SeoulTime.today(clock), Won.ofManwon(4000), OFFICE);
        assertThatThrownBy(() -> money.pay(officer, p.id(), "잔금", SeoulTime.today(clock), Won.ofManwon(1001),
                OFFICE)).hasMessageContaining("policy.PAYMENT_WITHIN_AGREEMENT");
        money.pay(officer, p.id(), "잔금", SeoulTime.today(clock), Won.ofManwon(1000), OFFICE);

        clock.set(SeoulTime.toInstant(p.startsOn().plusDays(20).atTime(10, 0)));
        LocalDate day = p.startsOn().plusDays(5);
        money.spend(company, p.id(), new SpendingEntry(day, "(주)소재상사", Won.ofManwon(700), "재료비", "알루미늄 시편",
                null, null), UploadedFile.evidence("evidence", "영수증.pdf", RECEIPT), co);
        String csv = "거래일자,거래처,금액,비목,적요,세금계산서번호\n" + day + ",연구원 급여,\"20,000,000\",인건비,1월 급여,\n"
                + day.plusDays(1) + ",(주)측정기기,3000000,재료비,센서,2026-1201-0001\n";
        SpendingImport dry = money.importCsv(company, p.id(), csv.getBytes(StandardCharsets.UTF_8), false, co);
        assertThat(dry.lines()).hasSize(2);
        assertThat(dry.lines().get(0).problems()).extracting(v -> v.messageKey())
                .containsExactly("policy.EVIDENCE_GIVEN");
        assertThat(projects.spending(p.id())).hasSize(1);
        String fixed = csv.replace("1월 급여,\n", "1월 급여,PAY-2026-01\n");
        SpendingImport applied = money.importCsv(company, p.id(), fixed.getBytes(StandardCharsets.UTF_8), true, co);
        assertThat(applied.stored()).isTrue();
        assertThat(projects.spending(p.id())).hasSize(3);

        AgreementChange transfer = changes.request(company, p.id(), new ChangeRequest(
                AgreementChange.Kind.BUDGET_TRANSFER, "시편 추가 구매", "위탁연구비", "재료비", Won.ofManwon(500), null), co);
        changes.decide(officer, p.id(), transfer.id(), true, "승인합니다", OFFICE);
        Project changed = projects.view(officer, p.id(), OFFICE);
        assertThat(changed.budget().of("재료비")).isEqualTo(Won.ofManwon(2000));
        assertThat(changed.budget().categoryTotal()).isEqualTo(changed.budget().funderTotal());
        assertThat(projects.documents(p.id())).extracting(AgreementDocument::revision).containsExactly(1, 2);

        clock.set(SeoulTime.toInstant(p.endsOn().plusDays(3).atTime(10, 0)));
        settlements.start(officer, p.id(), OFFICE);
        Spending sensor = projects.spending(p.id()).stream().filter(s -> s.payee().equals("(주)측정기기")).findFirst()
                .orElseThrow();
        settlements.disallow(officer, p.id(), sensor.id(), "사업 목적 외 사용", OFFICE);
        SettlementStatement s = settlements.confirm(officer, p.id(), Won.of(12_345), OFFICE);
        // spent 7,000,000 + 20,000,000 + 3,000,000 (disallowed) = recognised 27,000,000 of a 67,000,000 budget;
        // support used = floor(27,000,000 × 50,000,000 / 67,000,000) = 20,149,253; return 50,000,000 − that + interest.
        assertThat(s.recognised()).isEqualTo(Won.of(27_000_000));
        assertThat(s.supportUsed()).isEqualTo(Won.of(20_149_253));
        assertThat(s.toReturn()).isEqualTo(Won.of(50_000_000 - 20_149_253 + 12_345));
        assertThat(s.funders().stream().map(SettlementStatement.FunderLine::used).reduce(Won.ZERO, Won::plus))
                .isEqualTo(s.recognised());
        Project closed = projects.view(officer, p.id(), OFFICE);
        assertThat(closed.status()).isEqualTo(ProjectStatus.CLOSED);
        assertThat(closed.returnAmount()).isEqualTo(s.toReturn());
        // 반납 in two parts, read back in order with what is still owed
        LocalDate today = SeoulTime.today(clock);
        settlements.recordRepayment(officer, p.id(), today, Won.ofManwon(1000), OFFICE);
        settlements.recordRepayment(officer, p.id(), today, s.toReturn().minus(Won.ofManwon(1000)), OFFICE);
        Project repaid = projects.view(officer, p.id(), OFFICE);
        assertThat(repaid.repayments()).extracting(Repayment::amount).containsExactly(Won.ofManwon(1000),
                s.toReturn().minus(Won.ofManwon(1000)));
        assertThat(repaid.repayments()).extracting(Repayment::paidOn).containsOnly(today);
        assertThat(repaid.outstanding()).isEqualTo(Won.ZERO);
        assertThat(jdbc.queryForObject("select count(*) from notification where link = ?", Integer.class,
                "/projects/" + p.id())).isGreaterThanOrEqualTo(5);
    }

    @Autowired
    Terminations terminations;

    /** 협약 해약 is kept with the project (its date, ground and account) and read back after the settlement. */
    @Test
    void aTerminatedAgreementKeepsItsDateGroundAndAccount() {
        ProjectFixtures.Awarded awarded = fixtures.awarded();
        long untouched = fixtures.awarded().project().id(); // made while calls are open, before the clock moves
        fixtures.signed(awarded);
        long id = awarded.project().id();
        LocalDate on = awarded.project().startsOn().plusDays(20);
        clock.set(SeoulTime.toInstant(on.plusDays(5).atTime(10, 0)));
        terminations.terminate(awarded.officer(), id, new Terminations.Request(Termination.Kind.NOT_FEASIBLE, on,
                "중간 점검에서 목표 달성 불가로 판단", true), OFFICE);
        settlements.confirm(awarded.officer(), id, Won.ZERO, OFFICE);
        Project read = projects.view(awarded.officer(), id, OFFICE);
        assertThat(read.status()).isEqualTo(ProjectStatus.CLOSED);
        assertThat(read.termination()).isEqualTo(new Termination(on, Termination.Kind.NOT_FEASIBLE,
                "중간 점검에서 목표 달성 불가로 판단"));
        assertThat(read.effectiveEnd()).isEqualTo(on);
        assertThat(projects.view(awarded.officer(), untouched, OFFICE).termination())
                .as("a project never terminated has none").isNull();
    }

    @Test
    void everyProjectsCategoriesAddUpToItsAgreementAmountAndToItsFunders() {
        for (Project p : projects.all()) {
            Budget b = p.budget();
            if (!b.isEmpty()) {
                assertThat(b.categoryTotal()).as(p.number()).isEqualTo(b.funderTotal());
                assertThat(b.support()).as(p.number()).isEqualTo(p.grantAmount());
            }
        }
        Long mismatched = jdbc.queryForObject("""
                select count(*) from (select project_id,
                  sum(case when kind = 'CATEGORY' then amount else 0 end) c,
                  sum(case when kind = 'FUNDER' then amount else 0 end) f
                  from project_budget_line group by project_id) t where c <> f""", Long.class);
        assertThat(mismatched).isZero();
    }
}
