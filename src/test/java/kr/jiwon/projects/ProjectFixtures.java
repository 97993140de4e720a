package kr.jiwon.projects;

import static kr.jiwon.review.ReviewFixtures.OFFICE;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.jiwon.applications.ApplicationsFixtures;
import kr.jiwon.programs.Call;
import kr.jiwon.review.ReviewFixtures;
import kr.jiwon.review.ReviewPlan;
import kr.jiwon.review.ReviewPlanning;
import kr.jiwon.review.Reviewer;
import kr.jiwon.review.ReviewerAssignment;
import kr.jiwon.review.Scoring;
import kr.jiwon.selection.SelectionParameters;
import kr.jiwon.selection.SelectionResults;
import kr.jiwon.shared.CallId;
import kr.jiwon.shared.CurrentUser;
import kr.jiwon.shared.Role;
import kr.jiwon.shared.Won;
import kr.jiwon.testing.Events;
import kr.jiwon.testing.MutableClock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * (Needs {@code TestClockConfiguration}: the objection period passes on the test clock.) A project as the platform makes it: a call with one application of 5,000만원 for 10 months, screened, scored,
 * selected, and final after the objection period; the project the {@code SelectionFinalized} event created.
 */
@Component
public class ProjectFixtures {

    private final ApplicationsFixtures fixtures;
    private final ReviewFixtures review;
    private final ReviewPlanning planning;
    private final ReviewerAssignment assignment;
    private final Scoring scoring;
    private final SelectionResults results;
    private final ProjectManagement projects;
    private final Agreements agreements;
    private final ProjectMoney money;
    private final org.springframework.beans.factory.ObjectProvider<MutableClock> clock;
    private final JdbcTemplate jdbc;

    ProjectFixtures(ApplicationsFixtures fixtures, ReviewFixtures review, ReviewPlanning planning,
            ReviewerAssignment assignment, Scoring scoring, SelectionResults results, ProjectManagement projects,
            Agreements agreements, ProjectMoney money,
            org.springframework.beans.factory.ObjectProvider<MutableClock> clock, JdbcTemplate jdbc) {
        this.fixtures = fixtures;
        this.review = review;
        this.planning = planning;
        this.assignment = assignment;
        this.scoring = scoring;
        this.results = results;
        this.projects = projects;
        this.agreements = agreements;
        this.money = money;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    public record Awarded(Project project, CurrentUser company, CurrentUser officer) {
    }

    /** A call whose one application of 5,000만원 was screened, scored 90 and selected; objections are open. */
    public record Confirmed(Call call, ReviewFixtures.Applied application) {
    }

    public Confirmed confirmed() {
        Call call = fixtures.openCall();
        planning.change(call.id(), 1, 10, "기술성:100", "DECLINE_AREA:3", ReviewPlan.Aggregation.MEAN, false, OFFICE);
        ReviewFixtures.Applied a = review.submitted(call.id(), "48250", Won.ofManwon(5000), List.of("기계금속"),
                List.of("KITECH"));
        review.institutesAccept(call.id());
        review.closeAndScreen(call.id());
        Reviewer r = review.reviewer(call.id(), "일반", List.of(), List.of(), List.of());
        assignment.assign(call.id(), OFFICE);
        scoring.save(r.accountUsername(), a.id(), Map.of("기술성", 90.0), null, true, OFFICE);
        results.confirm(CallId.of(call.id()), new SelectionParameters(call.budget(), 70, 0, Map.of(), 7), OFFICE);
        return new Confirmed(call, a);
    }

    /** The confirmed call's results made final after the objection period (the test clock moves on 8 days). */
    public void finalResults(Confirmed c) {
        clock.getObject().advance(Duration.ofDays(8));
        results.finalizeResults(CallId.of(c.call().id()), OFFICE);
        Events.awaitDelivered(jdbc);
    }

    /**
     * A call whose budget of 5,000만원 funds one of two eligible applications: the first (5,000만원, scored 90) is
     * selected, the runner-up (4,000만원, scored 80) is not; the results are final and the first is a project.
     * {@code others}: more applications not selected, as {@link #contested(int...)} asked for.
     */
    public record Contested(Call call, ReviewFixtures.Applied first, ReviewFixtures.Applied runnerUp, Project project,
            List<ReviewFixtures.Applied> others) {
    }

    public Contested contested() {
        return contested(new int[0]);
    }

    /** As {@link #contested()}, with one more application not selected per amount (만원), scored 75, 74, … */
    public Contested contested(int... othersManwon) {
        List<Entry> entries = new java.util.ArrayList<>(List.of(new Entry("48250", 5000, 90),
                new Entry("48250", 4000, 80)));
        for (int i = 0; i < othersManwon.length; i++) {
            entries.add(new Entry("48250", othersManwon[i], 75 - i));
        }
        Round r = round(Won.ofManwon(5000), 0, entries.toArray(Entry[]::new));
        ReviewFixtures.Applied first = r.applied().get(0);
        return new Contested(r.call(), first, r.applied().get(1), projects.ofApplication(first.id()).orElseThrow(),
                r.applied().subList(2, r.applied().size()));
    }

    /** An application of a round: its company's 시군구 (head office and plant), what it asks and its score. */
    public record Entry(String region, int manwon, double score) {
    }

    /** A round's call and its applications, in the order asked for. */
    public record Round(Call call, List<ReviewFixtures.Applied> applied) {
    }

    /**
     * A call whose applications (as {@code entries}) are screened, scored and selected by the optimiser under
     * {@code budget} and a 인구감소지역 share of {@code declineShare} (no 가점), minimum 70; the results are final and
     * the selected ones are projects.
     */
    public Round round(Won budget, double declineShare, Entry... entries) {
        Call call = fixtures.openCall();
        planning.change(call.id(), 1, 10, "기술성:100", "", ReviewPlan.Aggregation.MEAN, false, OFFICE);
        List<ReviewFixtures.Applied> applied = new java.util.ArrayList<>();
        for (Entry e : entries) {
            applied.add(review.submitted(call.id(), e.region(), Won.ofManwon(e.manwon()), List.of("기계금속"),
                    List.of("KITECH")));
        }
        review.institutesAccept(call.id());
        review.closeAndScreen(call.id());
        Reviewer r = review.reviewer(call.id(), "일반", List.of(), List.of(), List.of());
        assignment.assign(call.id(), OFFICE);
        for (int i = 0; i < entries.length; i++) {
            scoring.save(r.accountUsername(), applied.get(i).id(), Map.of("기술성", entries[i].score()), null, true,
                    OFFICE);
        }
        results.confirm(CallId.of(call.id()), new SelectionParameters(budget, 70, declineShare, Map.of(), 7), OFFICE);
        finalResults(new Confirmed(call, applied.get(0)));
        return new Round(call, List.copyOf(applied));
    }

    public Awarded awarded() {
        Confirmed c = confirmed();
        finalResults(c);
        ReviewFixtures.Applied a = c.application();
        Project p = projects.ofApplication(a.id()).orElseThrow();
        return new Awarded(p, a.company().user(), fixtures.account("officer", Role.OFFICER, null));
    }

    /** Takes the project through its agreement (plan as selected, the valid budget, deposit, both signatures). */
    public void signed(Awarded a) {
        long id = a.project().id();
        kr.jiwon.shared.Actor co = new kr.jiwon.shared.Actor(a.company().username(), "APPLICANT", "127.0.0.1");
        agreements.submitPlan(a.company(), id, null, null, null, co);
        agreements.submitBudget(a.company(), id, validBudget(), co);
        agreements.recordDeposit(a.company(), id, Won.ofManwon(500), kr.jiwon.shared.SeoulTime.today(
                clock.getObject()), UploadedFile.evidence("evidence", "입금.pdf", ProjectsContract.RECEIPT), co);
        String hash = projects.currentDocument(id).orElseThrow().sha256();
        agreements.sign(a.company(), id, hash, co);
        agreements.sign(a.officer(), id, hash, new kr.jiwon.shared.Actor("officer", "OFFICER", "127.0.0.1"));
    }

    /**
     * A signed project two months into its period (the test clock is moved there): 2,700만원 paid on its second day,
     * 300만원 of 재료비 spent on day 10 and 200만원 on day 50, with the tax invoices {@code PREFIX-1} and
     * {@code PREFIX-2}.
     */
    public Awarded runningWithSpending(String invoicePrefix) {
        Awarded a = awarded();
        signed(a);
        long id = a.project().id();
        java.time.LocalDate start = a.project().startsOn();
        clock.getObject().set(kr.jiwon.shared.SeoulTime.toInstant(start.plusDays(60).atTime(10, 0)));
        kr.jiwon.shared.Actor co = new kr.jiwon.shared.Actor(a.company().username(), "APPLICANT", "127.0.0.1");
        money.pay(a.officer(), id, "선금", start.plusDays(1), Won.ofManwon(2700), OFFICE);
        money.spend(a.company(), id, new SpendingEntry(start.plusDays(10), "(주)소재", Won.ofManwon(300), "재료비",
                "시편", invoicePrefix + "-1", null), null, co);
        money.spend(a.company(), id, new SpendingEntry(start.plusDays(50), "(주)소재", Won.ofManwon(200), "재료비",
                "시편 추가", invoicePrefix + "-2", null), null, co);
        return a;
    }

    /** A budget that meets the default (national R&D) rules for a 중소기업 awarded 5,000만원: 6,700만원 in all. */
    public static Budget validBudget() {
        Map<String, Won> c = new LinkedHashMap<>();
        c.put("인건비", Won.ofManwon(3000));
        c.put("재료비", Won.ofManwon(1500));
        c.put("장비·시설비", Won.ofManwon(1000));
        c.put("위탁연구비", Won.ofManwon(1000));
        c.put("간접비", Won.ofManwon(200));
        Map<Funder, Won> f = new LinkedHashMap<>();
        f.put(Funder.GOVERNMENT, Won.ofManwon(5000));
        f.put(Funder.COMPANY_CASH, Won.ofManwon(500));
        f.put(Funder.COMPANY_IN_KIND, Won.ofManwon(1200));
        return new Budget(c, f);
    }
}
