package kr.jiwon.projects;

import static kr.jiwon.review.ReviewFixtures.OFFICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.SeoulTime;
import kr.jiwon.shared.Won;
import kr.jiwon.testing.MutableClock;
import kr.jiwon.testing.TestClockConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every cost-share and spending policy refuses the entry that breaks it, names itself in the message, and leaves
 * nothing stored: no budget line, no spending row, no evidence file.
 */
@SpringBootTest(properties = "jiwon.demo.enabled=false")
@ActiveProfiles({"embedded", "test"})
@Import(TestClockConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProjectPoliciesIntegrationTests {

    @Autowired
    ProjectFixtures fixtures;
    @Autowired
    Agreements agreements;
    @Autowired
    ProjectMoney money;
    @Autowired
    AgreementChangeDesk changes;
    @Autowired
    ProjectManagement projects;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    ProjectFixtures.Awarded budgeting;
    ProjectFixtures.Awarded running;
    ProjectFixtures.Awarded ssf;
    ProjectFixtures.Awarded revising;
    Actor co;

    /** Four projects made while the calls are open (the clock moves into the running project's period after). */
    @BeforeAll
    void projects() {
        ssf = fixtures.awarded();
        revising = fixtures.awarded();
        budgeting = fixtures.awarded();
        agreements.submitPlan(budgeting.company(), budgeting.project().id(), null, null, null, actor(budgeting));
        running = fixtures.awarded();
        co = actor(running);
        fixtures.signed(running);
        clock.set(SeoulTime.toInstant(running.project().startsOn().plusDays(40).atTime(10, 0)));
    }

    @AfterAll
    void resetClock() {
        clock.reset();
    }

    private static Actor actor(ProjectFixtures.Awarded a) {
        return new Actor(a.company().username(), "APPLICANT", "127.0.0.1");
    }

    // ---- cost-share policies (the budget step) ----

    private void budgetRefused(String policy, Consumer<Map<String, Won>> categories,
            Consumer<Map<Funder, Won>> funders) {
        Budget valid = ProjectFixtures.validBudget();
        Map<String, Won> c = new LinkedHashMap<>(valid.categories());
        Map<Funder, Won> f = new LinkedHashMap<>(valid.funders());
        categories.accept(c);
        funders.accept(f);
        long id = budgeting.project().id();
        assertThatThrownBy(() -> agreements.submitBudget(budgeting.company(), id, new Budget(c, f),
                actor(budgeting))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations())
                        .extracting(v -> v.messageKey()).contains("policy." + policy));
        assertThat(jdbc.queryForObject("select count(*) from project_budget_line where project_id = ?",
                Integer.class, id)).as("nothing stored").isZero();
        assertThat(jdbc.queryForObject("select step from project where id = ?", String.class, id))
                .isEqualTo("BUDGET");
    }

    @Test
    void categoriesAllowedRefusesACategoryTheProgramDoesNotHave() {
        budgetRefused("CATEGORIES_ALLOWED", c -> {
            c.remove("간접비");
            c.put("회식비", Won.ofManwon(200));
        }, f -> {
        });
    }

    @Test
    void budgetReconcilesRefusesCategoriesAndFundersThatDoNotAddUp() {
        budgetRefused("BUDGET_RECONCILES", c -> c.put("간접비", Won.ofManwon(300)), f -> {
        });
    }

    @Test
    void supportMatchesAwardRefusesASupportOtherThanTheAmountAwarded() {
        budgetRefused("SUPPORT_MATCHES_AWARD", c -> {
        }, f -> {
            f.put(Funder.GOVERNMENT, Won.ofManwon(4000));
            f.put(Funder.COMPANY_IN_KIND, Won.ofManwon(2200));
        });
    }

    @Test
    void supportShareCapRefusesMoreThanSeventyFivePercentForAnSme() {
        budgetRefused("SUPPORT_SHARE_CAP", c -> c.put("인건비", Won.ofManwon(2300)), f -> {
            f.put(Funder.COMPANY_CASH, Won.ofManwon(500));
            f.put(Funder.COMPANY_IN_KIND, Won.ofManwon(500));
        });
    }

    @Test
    void cashShareFloorRefusesLessThanTenPercentCashOfTheCompanyShare() {
        budgetRefused("CASH_SHARE_FLOOR", c -> {
        }, f -> {
            f.put(Funder.COMPANY_CASH, Won.ofManwon(100));
            f.put(Funder.COMPANY_IN_KIND, Won.ofManwon(1600));
        });
    }

    @Test
    void funderSharesRefusesAFixedShareProgramsSplitThatIsOff() {
        long id = ssf.project().id();
        // the same project under 삼성 스마트공장 3.0's rule (삼성 30 / 광역 15 / 기초 15 / 기업 40 %)
        jdbc.update("update project set program_code = 'SSF' where id = ?", id);
        agreements.submitPlan(ssf.company(), id, null, null, null, actor(ssf));
        Map<String, Won> c = Map.of("솔루션 구축비", Won.of(125_000_000));
        Map<Funder, Won> f = new LinkedHashMap<>();
        f.put(Funder.SAMSUNG, Won.ofManwon(3000));
        f.put(Funder.PROVINCE, Won.ofManwon(1000));
        f.put(Funder.MUNICIPALITY, Won.ofManwon(1000));
        f.put(Funder.COMPANY_CASH, Won.ofManwon(7500));
        assertThatThrownBy(() -> agreements.submitBudget(ssf.company(), id, new Budget(c, f), actor(ssf)))
                .hasMessageContaining("policy.FUNDER_SHARES");
        assertThat(jdbc.queryForObject("select count(*) from project_budget_line where project_id = ?",
                Integer.class, id)).isZero();
        Map<Funder, Won> right = agreements.suggestedSplit(projects.view(ssf.officer(), id, OFFICE),
                Won.of(83_333_333));
        assertThat(right.get(Funder.SAMSUNG)).isEqualTo(Won.of(25_000_000));
    }

    // ---- spending policies ----

    private void spendingRefused(String policy, SpendingEntry e, byte[] evidence) {
        long id = running.project().id();
        int before = count("spending", id);
        int files = count("project_file", id);
        UploadedFile file = evidence == null ? null : UploadedFile.evidence("evidence", "증빙.pdf", evidence);
        assertThatThrownBy(() -> money.spend(running.company(), id, e, file, co))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(x -> assertThat(((InvalidInputException) x).violations())
                        .extracting(v -> v.messageKey()).contains("policy." + policy));
        assertThat(count("spending", id)).as("nothing stored").isEqualTo(before);
        assertThat(count("project_file", id)).as("no evidence file kept").isEqualTo(files);
    }

    private int count(String table, long projectId) {
        return jdbc.queryForObject("select count(*) from " + table + " where project_id = ?", Integer.class,
                projectId);
    }

    private LocalDate day(int n) {
        return running.project().startsOn().plusDays(n);
    }

    private static byte[] pdf(String marker) {
        return ("%PDF-1.4\n% " + marker + "\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void projectRunningRefusesSpendingBeforeTheAgreementIsSigned() {
        long id = budgeting.project().id();
        assertThatThrownBy(() -> money.spend(budgeting.company(), id, new SpendingEntry(LocalDate.now(), "상사",
                Won.ofManwon(10), "재료비", null, "INV-1", null), null, actor(budgeting)))
                .hasMessageContaining("policy.PROJECT_RUNNING");
        assertThat(count("spending", id)).isZero();
    }

    @Test
    void categoryInBudgetRefusesACategoryOutsideTheBudget() {
        spendingRefused("CATEGORY_IN_BUDGET", new SpendingEntry(day(3), "식당", Won.ofManwon(10), "회식비", null,
                "INV-CAT", null), null);
    }

    @Test
    void withinPeriodRefusesADateBeforeTheStartOrInTheFuture() {
        spendingRefused("WITHIN_PERIOD", new SpendingEntry(day(-1), "상사", Won.ofManwon(10), "재료비", null,
                "INV-EARLY", null), null);
        spendingRefused("WITHIN_PERIOD", new SpendingEntry(day(60), "상사", Won.ofManwon(10), "재료비", null,
                "INV-LATE", null), null);
    }

    @Test
    void withinCategoryBudgetRefusesSpendingBeyondTheCategorysBudget() {
        spendingRefused("WITHIN_CATEGORY_BUDGET", new SpendingEntry(day(3), "관리", Won.ofManwon(201), "간접비", null,
                "INV-OVER", null), null);
    }

    @Test
    void evidenceGivenRefusesAnEntryWithoutFileOrInvoice() {
        spendingRefused("EVIDENCE_GIVEN", new SpendingEntry(day(3), "상사", Won.ofManwon(10), "재료비", null, null,
                null), null);
    }

    @Test
    void noDuplicateEvidenceRefusesTheSameInvoiceOrTheSameFileTwice() {
        long id = running.project().id();
        money.spend(running.company(), id, new SpendingEntry(day(4), "(주)소재", Won.ofManwon(10), "재료비", null,
                "2026-1201-77", null), UploadedFile.evidence("evidence", "a.pdf", pdf("dup")), co);
        spendingRefused("NO_DUPLICATE_EVIDENCE", new SpendingEntry(day(5), "(주)소재", Won.ofManwon(10), "재료비",
                null, "2026 1201 77", null), null);
        spendingRefused("NO_DUPLICATE_EVIDENCE", new SpendingEntry(day(5), "(주)소재", Won.ofManwon(10), "재료비",
                null, null, null), pdf("dup"));
    }

    @Test
    void priorApprovalRefusesEquipmentUntilAChangeApprovesIt() {
        long id = running.project().id();
        SpendingEntry equipment = new SpendingEntry(day(6), "(주)장비", Won.ofManwon(300), "장비·시설비", "분석기",
                "EQ-1", null);
        spendingRefused("PRIOR_APPROVAL", equipment, null);
        AgreementChange c = changes.request(running.company(), id, new ChangeRequest(
                AgreementChange.Kind.PRIOR_APPROVAL, "분석기 구매", "장비·시설비", null, Won.ofManwon(300), null), co);
        changes.decide(running.officer(), id, c.id(), true, null, OFFICE);
        assertThat(money.spend(running.company(), id, equipment, null, co).id()).isNotNull();
    }

    @Test
    void paymentWithinAgreementRefusesPayingBeyondTheSupport() {
        long id = running.project().id();
        assertThatThrownBy(() -> money.pay(running.officer(), id, "선금", day(1), Won.ofManwon(5001), OFFICE))
                .hasMessageContaining("policy.PAYMENT_WITHIN_AGREEMENT");
        assertThat(jdbc.queryForObject("select count(*) from project_payment where project_id = ?", Integer.class,
                id)).isZero();
    }

    @Test
    void aRevisionRequestOpensOnlyTheItemsAskedFor() {
        ProjectFixtures.Awarded a = revising;
        long id = a.project().id();
        agreements.requestRevision(a.officer(), id, Set.of(PlanItem.CONTENT), "추진 내용을 구체적으로", OFFICE);
        assertThatThrownBy(() -> agreements.submitPlan(a.company(), id, "새 제목", null, "내용", actor(a)))
                .hasMessageContaining("project.itemNotOpen");
        assertThat(jdbc.queryForObject("select step from project where id = ?", String.class, id)).isEqualTo("PLAN");
    }
}
