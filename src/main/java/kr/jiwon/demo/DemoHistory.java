package kr.jiwon.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import kr.jiwon.accounts.AccountManagement;
import kr.jiwon.applications.Application;
import kr.jiwon.applications.ApplicationScreening;
import kr.jiwon.applications.ApplicationStatus;
import kr.jiwon.outcomes.Duty;
import kr.jiwon.outcomes.FinalEvaluationDesk;
import kr.jiwon.outcomes.Outcomes;
import kr.jiwon.outcomes.ProjectReport;
import kr.jiwon.outcomes.Reports;
import kr.jiwon.outcomes.Surveys;
import kr.jiwon.programs.Call;
import kr.jiwon.programs.CallManagement;
import kr.jiwon.programs.NewCall;
import kr.jiwon.programs.NewTrack;
import kr.jiwon.programs.Program;
import kr.jiwon.programs.ProgramManagement;
import kr.jiwon.projects.Agreements;
import kr.jiwon.projects.Budget;
import kr.jiwon.projects.Funder;
import kr.jiwon.projects.Project;
import kr.jiwon.projects.ProjectManagement;
import kr.jiwon.projects.ProjectMoney;
import kr.jiwon.projects.Settlements;
import kr.jiwon.projects.SpendingEntry;
import kr.jiwon.projects.UploadedFile;
import kr.jiwon.review.FinalEvaluations;
import kr.jiwon.review.ReviewPlan;
import kr.jiwon.review.ReviewPlanning;
import kr.jiwon.review.ReviewerAssignment;
import kr.jiwon.review.ReviewerPool;
import kr.jiwon.selection.CallSelection;
import kr.jiwon.selection.SelectionResults;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.CallId;
import kr.jiwon.shared.CurrentUser;
import kr.jiwon.shared.HistoryClock;
import kr.jiwon.shared.SeoulTime;
import kr.jiwon.shared.TextList;
import kr.jiwon.shared.Won;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Finished projects, so every outcome view has content on first start: the 소부장 call of the year before last's
 * second half (a call sixteen months ago) run from the call to the follow-up, at the dates things happened — the
 * server clock ({@link HistoryClock}) is set back while this runs, before the platform answers requests. Three
 * companies of the demo apply; their projects are agreed, paid, spent, measured and reported; two finish with a
 * final evaluation by a conflict-free panel, a settlement and a satisfaction survey; the third's final report
 * waits for the officer. A 삼성 스마트공장 3.0 call of the same half-year gives one finished plant with its 수준확인
 * levels before and after. Everything goes through the modules' own services. The texts and figures are made up.
 */
@Component
@Order(40)
class DemoHistory implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);
    private static final Actor OFFICER = new Actor("officer", "OFFICER", "127.0.0.1");

    /** The history's applications: companies of the demo, with an earlier bottleneck of theirs. */
    static final List<DemoRequests.Demo> APPLICATIONS = List.of(
            new DemoRequests.Demo("312-86-04413", "(주)대원열처리", "43760", true, "GENERAL", "기어 침탄 열처리 균열 저감",
                    "변속기 기어를 침탄 열처리한 뒤 치면에 미세 균열이 생겨 불량률이 6 %입니다. 침탄 깊이와 템퍼링 조건을 바꿔 균열을 "
                            + "없애고 싶습니다.",
                    List.of("기계금속", "자동차"), List.of("KITECH"), 4000, DemoRequests.Institutes.ACCEPT, 89),
            new DemoRequests.Demo("124-81-55509", "(주)세진정밀도금", "44200", true, "GENERAL", "무전해 니켈 도금 두께 편차 개선",
                    "커넥터 부품의 무전해 니켈 도금 두께 편차가 커서 납땜 불량이 납니다. 도금액 관리와 랙 배치를 바꿔 편차를 줄이려 "
                            + "합니다.",
                    List.of("기계금속", "전기전자"), List.of(), 3500, DemoRequests.Institutes.ACCEPT, 83),
            new DemoRequests.Demo("506-81-38828", "(주)포항소재테크", "47130", false, "GENERAL", "양극재 전구체 공침 입도 제어",
                    "양극재 전구체 공침 반응에서 입도 분포가 넓어 소성 후 수율이 떨어집니다. 반응기 교반과 pH 제어 조건을 찾고 "
                            + "싶습니다.",
                    List.of("이차전지", "화학소재"), List.of(), 4800, DemoRequests.Institutes.ACCEPT, 86));

    private final DemoProperties properties;
    private final boolean enabled;
    private final org.springframework.beans.factory.ObjectProvider<java.time.Clock> clocks;
    private final DemoReviewRound round;
    private final ProgramManagement programs;
    private final CallManagement calls;
    private final AccountManagement accounts;
    private final ApplicationScreening screening;
    private final ReviewPlanning planning;
    private final ReviewerAssignment assignment;
    private final ReviewerPool pool;
    private final kr.jiwon.review.ReviewPanel panel;
    private final CallSelection selection;
    private final SelectionResults results;
    private final ProjectManagement projects;
    private final Agreements agreements;
    private final ProjectMoney money;
    private final Settlements settlements;
    private final Outcomes outcomes;
    private final Reports reports;
    private final FinalEvaluationDesk evaluation;
    private final FinalEvaluations finals;
    private final Surveys surveys;
    private final kr.jiwon.outcomes.FactoryLevels levels;

    DemoHistory(DemoProperties properties, @Value("${jiwon.demo.history:true}") boolean enabled,
            org.springframework.beans.factory.ObjectProvider<java.time.Clock> clocks, DemoReviewRound round,
            ProgramManagement programs, CallManagement calls, AccountManagement accounts,
            ApplicationScreening screening, ReviewPlanning planning, ReviewerAssignment assignment,
            ReviewerPool pool, kr.jiwon.review.ReviewPanel panel, CallSelection selection, SelectionResults results,
            ProjectManagement projects,
            Agreements agreements, ProjectMoney money, Settlements settlements, Outcomes outcomes, Reports reports,
            FinalEvaluationDesk evaluation, FinalEvaluations finals, Surveys surveys,
            kr.jiwon.outcomes.FactoryLevels levels) {
        this.levels = levels;
        this.properties = properties;
        this.enabled = enabled;
        this.clocks = clocks;
        this.round = round;
        this.programs = programs;
        this.calls = calls;
        this.accounts = accounts;
        this.screening = screening;
        this.planning = planning;
        this.assignment = assignment;
        this.pool = pool;
        this.panel = panel;
        this.selection = selection;
        this.results = results;
        this.projects = projects;
        this.agreements = agreements;
        this.money = money;
        this.settlements = settlements;
        this.outcomes = outcomes;
        this.reports = reports;
        this.evaluation = evaluation;
        this.finals = finals;
        this.surveys = surveys;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.enabled() || !enabled || !(clocks.getObject() instanceof HistoryClock clock)) {
            return;
        }
        Program sbj = programs.programByCode("SBJ").orElse(null);
        LocalDate today = SeoulTime.today(clock);
        LocalDate anchor = today.minusMonths(16).withDayOfMonth(1);
        if (sbj == null || calls.callsOf(sbj.id()).stream().anyMatch(c -> c.opensAt() != null
                && LocalDate.ofInstant(c.opensAt(), SeoulTime.ZONE).getYear() == anchor.getYear()
                && c.round() == 2)) {
            return;
        }
        long started = System.nanoTime();
        try {
            write(clock, sbj, anchor);
            programs.programByCode("SSF").ifPresent(ssf -> smartFactory(clock, ssf, anchor.plusDays(3)));
        } finally {
            clock.backToNow();
        }
        log.info("Demo history: {} finished projects of calls from {} written in {} ms", 3, anchor,
                (System.nanoTime() - started) / 1_000_000);
    }

    private void write(HistoryClock clock, Program sbj, LocalDate anchor) {
        at(clock, anchor, 9);
        List<NewTrack> tracks = List.of(new NewTrack("GENERAL", "일반형", Won.ofManwon(5000), 12, null, 1),
                new NewTrack("CONVERGENT", "융합형(2개 이상 연구기관)", Won.ofEok(2), 12, null, 2));
        Call created = calls.create(new NewCall(sbj.id(), 2, "소부장 융합혁신지원단 심화기술지원사업 " + anchor.getYear()
                + "년 2차 공고", "연간 34억원 중 하반기 17억원. 일반형 과제당 최대 5,000만원, 융합형 최대 2억원, 수행기간 최대 12개월.",
                Won.ofEok(17), 25, LocalDateTime.of(anchor, LocalTime.of(9, 0)),
                LocalDateTime.of(anchor.plusDays(27), LocalTime.of(18, 0)), tracks,
                new NewCall.NewEligibility(TextList.of("SME", "MIDSIZE"), true, false, null, false, null,
                        TextList.of("공급망 안정", "탄소중립", "디지털 전환"), DemoData.DECLARATIONS),
                0, null, 5));
        Call call = calls.publish(created.id());

        at(clock, anchor.plusDays(2), 10);
        Map<DemoRequests.Demo, Application> apps = round.apply(call, APPLICATIONS);
        apps.values().forEach(round::awaitFirstOffer);
        apps.forEach(round::institutesAnswer);

        reviewSelectAndFinalize(clock, call, apps, anchor, "PRIORITY_FIELD:2");
        CurrentUser officer = accounts.current("officer");
        List<Project> ps = new ArrayList<>();
        for (Application a : apps.values()) {
            ps.add(await(() -> projects.ofApplication(a.id()).orElse(null)));
        }

        at(clock, anchor.plusDays(41), 11);
        Map<Project, CurrentUser> companies = new LinkedHashMap<>();
        for (Project p : ps) {
            CurrentUser company = accounts.current(accounts.membersOf(p.companyId()).get(0).username());
            companies.put(p, company);
            agree(p, company, officer, SeoulTime.today(clock));
        }
        LocalDate start = ps.get(0).startsOn();
        LocalDate end = ps.get(0).endsOn();

        at(clock, start.plusDays(4), 10);
        for (Project p : ps) {
            Won advance = Won.of(p.grantAmount().amount() * 7 / 10);
            money.pay(officer, p.id(), "선금", SeoulTime.today(clock), advance, OFFICER);
        }
        at(clock, start.plusDays(40), 15);
        int n = 0;
        for (Project p : ps) {
            CurrentUser c = companies.get(p);
            Actor actor = actor(c);
            n++;
            money.spend(c, p.id(), new SpendingEntry(start.plusDays(20), "(주)시험분석센터", Won.ofManwon(480), "재료비",
                    "시편 가공과 분석", "2025" + n + "-41000012-0000101", null), null, actor);
            money.spend(c, p.id(), new SpendingEntry(start.plusDays(35), "연구원 인건비", Won.ofManwon(900), "인건비",
                    "참여연구원 인건비", "PAY-" + start.getYear() + "-" + n, null), null, actor);
            var defect = outcomes.choose(c, p.id(), "DEFECT_RATE", 6.0 - n, 1.0, actor);
            var solved = outcomes.choose(c, p.id(), "BOTTLENECK_SOLVED", 0.0, 1.0, actor);
            var sales = outcomes.choose(c, p.id(), "NEW_SALES", 0.0, 300_000_000.0 * n, actor);
            kpis.put(p.id(), new long[]{defect.id(), solved.id(), sales.id()});
        }

        LocalDate interimDue = report(ps.get(0), Duty.Kind.INTERIM).dueOn();
        at(clock, interimDue.minusDays(5), 16);
        for (Project p : ps) {
            CurrentUser c = companies.get(p);
            reports.submit(c, p.id(), report(p, Duty.Kind.INTERIM).id(), "상반기 결과: 공정 조건 시험 12회, 원인 공정을 찾고 개선 "
                    + "조건을 시험 중입니다.", null, null, actor(c));
        }
        at(clock, interimDue.minusDays(3), 10);
        for (Project p : ps) {
            boolean first = p == ps.get(0);
            reports.decide(officer, p.id(), report(p, Duty.Kind.INTERIM).id(),
                    first ? ProjectReport.Decision.CHANGES : ProjectReport.Decision.ACCEPT,
                    first ? "불량률 측정 방법(시료 수, 검사 기준)을 적어 주세요." : null, OFFICER);
        }
        Project first = ps.get(0);
        at(clock, interimDue.minusDays(1), 11);
        reports.submit(companies.get(first), first.id(), report(first, Duty.Kind.INTERIM).id(), "상반기 결과: 공정 조건 "
                + "시험 12회. 불량률은 월 2,000개 중 자분탐상 불합격 수로 측정했습니다.", null, null, actor(companies.get(first)));
        at(clock, interimDue, 10);
        reports.decide(officer, first.id(), report(first, Duty.Kind.INTERIM).id(), ProjectReport.Decision.ACCEPT, null,
                OFFICER);

        at(clock, end.minusDays(5), 14);
        n = 0;
        for (Project p : ps) {
            n++;
            CurrentUser c = companies.get(p);
            long[] k = kpis.get(p.id());
            LocalDate on = end.minusDays(7);
            outcomes.measure(c, p.id(), k[0], on, (double) (n == 3 ? 80 : 20 * n), 2000.0, "MES 품질 보고서", actor(c));
            outcomes.measure(c, p.id(), k[1], on, n == 2 ? 0.0 : 1.0, null, "연구기관 결과 보고", actor(c));
            outcomes.measure(c, p.id(), k[2], on, n == 1 ? 420_000_000.0 : 150_000_000.0 * n, null, "거래처 발주서",
                    actor(c));
        }

        at(clock, end.plusDays(3), 10);
        for (Project p : ps) {
            ProjectReport fin = report(p, Duty.Kind.FINAL);
            CurrentUser c = companies.get(p);
            reports.submit(c, p.id(), fin.id(), "최종 결과: " + p.title() + ". 개선 조건을 표준 작업서에 반영했고 성과지표 측정값은 "
                    + "성과지표 화면에 있습니다.", null, null, actor(c));
        }
        at(clock, end.plusDays(10), 10);
        int[][] sheets = {{37, 27, 27}, {30, 22, 23}};
        for (int i = 0; i < 2; i++) {
            Project p = ps.get(i);
            reports.decide(officer, p.id(), report(p, Duty.Kind.FINAL).id(), ProjectReport.Decision.ACCEPT, null,
                    OFFICER);
            evaluate(officer, p, Map.of("목표 달성도", (double) sheets[i][0], "결과의 우수성", (double) sheets[i][1],
                    "활용·확산 가능성", (double) sheets[i][2]), "최종보고서와 성과지표를 검토했습니다.");
        }

        at(clock, end.plusDays(20), 10);
        for (int i = 0; i < 2; i++) {
            Project p = ps.get(i);
            settlements.start(officer, p.id(), OFFICER);
            settlements.confirm(officer, p.id(), Won.of(12_345L * (i + 1)), OFFICER);
        }
        at(clock, end.plusDays(21), 10);
        for (int i = 0; i < 2; i++) {
            Project p = ps.get(i);
            CurrentUser c = companies.get(p);
            var s = surveys.sendNow(officer, p.id(), Duty.Kind.SATISFACTION, OFFICER);
            surveys.answerSatisfaction(c, p.id(), s.id(), i == 0 ? List.of(5, 5, 4, 5) : List.of(5, 4, 4, 4),
                    "연구기관이 현장에 자주 와서 도움이 되었습니다.", actor(c));
        }
        // 반납: the first company paid back what its settlement asked; the second has not yet
        at(clock, end.plusDays(28), 10);
        Project repaid = projects.ofApplication(ps.get(0).applicationId()).orElseThrow();
        settlements.recordRepayment(officer, repaid.id(), end.plusDays(27), repaid.outstanding(), OFFICER);
    }

    private final Map<Long, long[]> kpis = new LinkedHashMap<>();

    /** The smart-factory application of the history: a plant in a 인구감소지역 builds its basic MES. */
    static final DemoRequests.Demo SMART_FACTORY = new DemoRequests.Demo("135-86-09131", "(주)영월정밀", "51750", true,
            "BASIC", "정밀가공 라인 생산 실적 자동 수집",
            "가공 실적과 불량을 작업일지에 손으로 적고 있어 납기 지연과 불량 원인을 늦게 압니다. 설비 가동 데이터와 생산 실적을 자동으로 "
                    + "모으는 기초 MES를 구축하려 합니다.",
            List.of("디지털 전환", "스마트공장"), List.of(), 5000, DemoRequests.Institutes.NONE, 87);

    /**
     * A 삼성 스마트공장 3.0 call of the same half-year: one plant builds its basic MES in six months, with its
     * 수준확인 level before (Level 1) and after (Level 2), the PQCD KPIs, reports, a final check and a settlement.
     */
    private void smartFactory(HistoryClock clock, Program ssf, LocalDate anchor) {
        at(clock, anchor, 9);
        Call call = calls.publish(calls.create(DemoData.illustrative(new NewCall(ssf.id(), 1, "삼성 스마트공장 3.0 "
                + anchor.getYear() + "년 참여기업 모집", "연 100억원으로 약 200개 기업 지원. 인구감소지역 소재 기업 우선 선정.",
                Won.ofEok(100), 200, LocalDateTime.of(anchor, LocalTime.of(9, 0)),
                LocalDateTime.of(anchor.plusDays(27), LocalTime.of(18, 0)), List.of(
                        new NewTrack("BASIC", "기초(스마트공장 구축)", Won.ofManwon(6000), 6, null, 0),
                        new NewTrack("ADVANCED", "고도화(AI·데이터)", Won.ofManwon(15000), 12, null, 0)),
                new NewCall.NewEligibility(TextList.of("SME"), false, false, null, true, null,
                        TextList.of("디지털 전환", "스마트공장"), DemoData.DECLARATIONS),
                0, 40, 7), DemoData.SSF_ASSUMPTIONS, DemoData.SSF_SHARES)).id());
        at(clock, anchor.plusDays(2), 10);
        Map<DemoRequests.Demo, Application> apps = round.apply(call, List.of(SMART_FACTORY));
        reviewSelectAndFinalize(clock, call, apps, anchor, "DECLINE_AREA:3");
        CurrentUser officer = accounts.current("officer");
        Application a = apps.values().iterator().next();
        Project p = await(() -> projects.ofApplication(a.id()).orElse(null));
        CurrentUser c = accounts.current(accounts.membersOf(p.companyId()).get(0).username());
        Actor co = actor(c);

        at(clock, anchor.plusDays(41), 11);
        agreements.submitPlan(c, p.id(), null, null, null, co);
        long grant = p.grantAmount().amount();
        long cash = Math.round(grant * 4 / 6.0);
        long total = grant + cash;
        Map<String, Won> categories = new LinkedHashMap<>();
        long hardware = total / 5;
        long consulting = total / 5;
        long training = total / 20;
        categories.put("솔루션 구축비", Won.of(total - hardware - consulting - training));
        categories.put("하드웨어 구입비", Won.of(hardware));
        categories.put("컨설팅비", Won.of(consulting));
        categories.put("교육훈련비", Won.of(training));
        Map<Funder, Won> funders = new LinkedHashMap<>();
        funders.put(Funder.SAMSUNG, Won.of(grant / 2));
        funders.put(Funder.PROVINCE, Won.of(grant / 4));
        funders.put(Funder.MUNICIPALITY, Won.of(grant - grant / 2 - grant / 4));
        funders.put(Funder.COMPANY_CASH, Won.of(cash));
        agreements.submitBudget(c, p.id(), new Budget(categories, funders), co);
        agreements.recordDeposit(c, p.id(), Won.of(cash), SeoulTime.today(clock),
                UploadedFile.evidence("evidence", "부담금 입금확인증.pdf", DemoReviewRound.PDF), co);
        String hash = projects.currentDocument(p.id()).orElseThrow().sha256();
        agreements.sign(c, p.id(), hash, co);
        agreements.sign(officer, p.id(), hash, OFFICER);
        LocalDate start = p.startsOn();
        LocalDate end = projects.ofApplication(a.id()).orElseThrow().endsOn();

        at(clock, start.plusDays(4), 10);
        money.pay(officer, p.id(), "선금", SeoulTime.today(clock), Won.of(grant * 7 / 10), OFFICER);
        levels.record(c, p.id(), kr.jiwon.outcomes.FactoryLevel.Stage.BEFORE, 1, start.minusDays(20),
                "수준확인서 제2025-0412호 (한국생산성본부)", co);
        var productivity = outcomes.choose(c, p.id(), "PRODUCTIVITY", 100.0, 120.0, co);
        var defect = outcomes.choose(c, p.id(), "DEFECT_RATE", 4.2, 2.5, co);
        var onTime = outcomes.choose(c, p.id(), "ON_TIME_DELIVERY", 88.0, 95.0, co);
        at(clock, start.plusDays(30), 15);
        money.spend(c, p.id(), new SpendingEntry(start.plusDays(25), "(주)스마트솔루션", Won.ofManwon(2400), "솔루션 구축비",
                "MES 기초 패키지 1차", "20251110-41000099-00000021", null), null, co);

        LocalDate interimDue = report(p, Duty.Kind.INTERIM).dueOn();
        at(clock, interimDue.minusDays(5), 16);
        reports.submit(c, p.id(), report(p, Duty.Kind.INTERIM).id(), "설비 12대에 데이터 수집 장치를 달고 작업 실적 입력 화면을 "
                + "시범 운영 중입니다.", null, null, co);
        at(clock, interimDue.minusDays(3), 10);
        reports.decide(officer, p.id(), report(p, Duty.Kind.INTERIM).id(), ProjectReport.Decision.ACCEPT, null,
                OFFICER);

        at(clock, end.minusDays(5), 14);
        LocalDate on = end.minusDays(7);
        outcomes.measure(c, p.id(), productivity.id(), on, 1250.0, 10.0, "MES 생산 실적 (3월 넷째 주)", co);
        outcomes.measure(c, p.id(), defect.id(), on, 45.0, 2000.0, "MES 품질 보고서", co);
        outcomes.measure(c, p.id(), onTime.id(), on, 186.0, 200.0, "출하 대장", co);
        at(clock, end.plusDays(3), 10);
        levels.record(c, p.id(), kr.jiwon.outcomes.FactoryLevel.Stage.AFTER, 2, end.plusDays(2),
                "수준확인서 제2026-0388호 (한국생산성본부)", co);
        reports.submit(c, p.id(), report(p, Duty.Kind.FINAL).id(), "기초 MES 구축 완료: 설비 가동·생산 실적 자동 수집, 불량 원인별 "
                + "집계. 생산성 100 → 125개/시간, 불량률 4.2 % → 2.25 %.", null, null, co);
        at(clock, end.plusDays(10), 10);
        reports.decide(officer, p.id(), report(p, Duty.Kind.FINAL).id(), ProjectReport.Decision.ACCEPT, null, OFFICER);
        evaluate(officer, p, Map.of("구축 목표 달성도", 36.0, "시스템 활용도", 26.0, "성과지표 개선", 25.0),
                "현장 점검에서 실적 자동 수집을 확인했습니다.");
        at(clock, end.plusDays(20), 10);
        settlements.start(officer, p.id(), OFFICER);
        settlements.confirm(officer, p.id(), Won.of(8_765), OFFICER);
        at(clock, end.plusDays(21), 10);
        var s = surveys.sendNow(officer, p.id(), Duty.Kind.SATISFACTION, OFFICER);
        surveys.answerSatisfaction(c, p.id(), s.id(), List.of(5, 5, 5, 4), "설치 후 교육이 충분했습니다.", co);
        at(clock, end.plusDays(26), 10);
        Project settled = projects.ofApplication(p.applicationId()).orElseThrow();
        settlements.recordRepayment(officer, p.id(), end.plusDays(24), settled.outstanding(), OFFICER);
    }

    /** The agreement as the company and the officer make it: plan as selected, a budget within the rules, signed. */
    private void agree(Project p, CurrentUser company, CurrentUser officer, LocalDate today) {
        Actor co = actor(company);
        agreements.submitPlan(company, p.id(), null, null, null, co);
        long grant = p.grantAmount().amount();
        long own = roundUp(grant * 45 / 100);
        long cash = roundUp(own * 3 / 10);
        long total = grant + own;
        Map<String, Won> categories = new LinkedHashMap<>();
        long material = roundUp(total / 4);
        long equipment = roundUp(total / 10);
        long outsourced = roundUp(total / 5);
        long indirect = roundUp(total / 20);
        categories.put("인건비", Won.of(total - material - equipment - outsourced - indirect));
        categories.put("재료비", Won.of(material));
        categories.put("장비·시설비", Won.of(equipment));
        categories.put("위탁연구비", Won.of(outsourced));
        categories.put("간접비", Won.of(indirect));
        Map<Funder, Won> funders = new LinkedHashMap<>();
        funders.put(Funder.GOVERNMENT, Won.of(grant));
        funders.put(Funder.COMPANY_CASH, Won.of(cash));
        funders.put(Funder.COMPANY_IN_KIND, Won.of(own - cash));
        agreements.submitBudget(company, p.id(), new Budget(categories, funders), co);
        agreements.recordDeposit(company, p.id(), Won.of(cash), today,
                UploadedFile.evidence("evidence", "부담금 입금확인증.pdf", DemoReviewRound.PDF), co);
        String hash = projects.currentDocument(p.id()).orElseThrow().sha256();
        agreements.sign(company, p.id(), hash, co);
        agreements.sign(officer, p.id(), hash, OFFICER);
    }

    /**
     * After the window: closed (unless the minute's close check did it), screened eligible, reviewed by the demo
     * reviewers on the standard rubric with the given 가점, selected with the defaults and, after the objection
     * period, made final.
     */
    private void reviewSelectAndFinalize(HistoryClock clock, Call call, Map<DemoRequests.Demo, Application> apps,
            LocalDate anchor, String bonuses) {
        at(clock, anchor.plusDays(28), 9);
        if (calls.call(call.id()).status() == kr.jiwon.programs.CallStatus.PUBLISHED) {
            calls.close(call.id());
        }
        screening.changeStatuses(accounts.current("officer"), call.id(),
                apps.values().stream().map(Application::id).toList(), ApplicationStatus.ELIGIBLE, null, OFFICER);
        planning.change(call.id(), 2, 10, "기술성:40\n사업화 가능성:30\n정책 부합성:30", bonuses,
                ReviewPlan.Aggregation.MEAN, false, OFFICER);
        pool.all().forEach(r -> panel.invite(call.id(), r.id(), OFFICER));
        assignment.assign(call.id(), OFFICER);
        round.score(call, apps, List.of("reviewer", "reviewer2", "reviewer3"));
        at(clock, anchor.plusDays(30), 14);
        results.confirm(CallId.of(call.id()), selection.defaults(call.id()), OFFICER);
        at(clock, anchor.plusDays(38), 10);
        results.finalizeResults(CallId.of(call.id()), OFFICER);
    }

    /** The final evaluation: opened, two reviewers without a conflict on the panel, both sheets in, decided. */
    private void evaluate(CurrentUser officer, Project p, Map<String, Double> scores, String comment) {
        evaluation.open(officer, p.id(), OFFICER);
        List<FinalEvaluations.Candidate> free = evaluation.candidates(p).stream().filter(x -> !x.blocked()).limit(2)
                .toList();
        for (FinalEvaluations.Candidate r : free) {
            evaluation.assign(officer, p.id(), r.reviewerId(), OFFICER);
        }
        for (FinalEvaluations.Candidate r : free) {
            String username = pool.reviewer(r.reviewerId()).accountUsername();
            finals.save(username, p.applicationId(), scores, comment, true,
                    new Actor(username, "REVIEWER", "127.0.0.1"));
        }
        evaluation.decide(officer, p.id(), null, OFFICER);
    }

    private ProjectReport report(Project p, Duty.Kind kind) {
        Project now = projects.ofApplication(p.applicationId()).orElseThrow();
        return reports.of(now).stream().filter(r -> r.kind() == kind && r.seq() == 1).findFirst().orElseThrow();
    }

    private static long roundUp(long won) {
        return (won + 99_999) / 100_000 * 100_000;
    }

    private static Actor actor(CurrentUser u) {
        return new Actor(u.username(), "APPLICANT", "127.0.0.1");
    }

    private static void at(HistoryClock clock, LocalDate day, int hour) {
        clock.travelTo(SeoulTime.toInstant(day.atTime(hour, 0)));
    }

    /** What an event listener makes after the transaction that published its event: wait for it. */
    private static <T> T await(Supplier<T> what) {
        long until = System.nanoTime() + 30_000_000_000L;
        T t = what.get();
        while (t == null && System.nanoTime() < until) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            t = what.get();
        }
        if (t == null) {
            throw new IllegalStateException("the demo history waited in vain for an event listener");
        }
        return t;
    }

}
