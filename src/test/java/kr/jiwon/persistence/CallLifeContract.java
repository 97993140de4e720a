package kr.jiwon.persistence;

import static kr.jiwon.review.ReviewFixtures.OFFICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kr.jiwon.applications.Application;
import kr.jiwon.applications.ApplicationForm;
import kr.jiwon.applications.ApplicationManagement;
import kr.jiwon.applications.ApplicationStatus;
import kr.jiwon.applications.ApplicationSubmission;
import kr.jiwon.applications.ApplicationsFixtures;
import kr.jiwon.applications.ApplicationsFixtures.CompanyUser;
import kr.jiwon.applications.DocumentManagement;
import kr.jiwon.applications.SubmissionReceipt;
import kr.jiwon.programs.Call;
import kr.jiwon.review.ConflictCheck;
import kr.jiwon.review.ReviewFixtures;
import kr.jiwon.review.ReviewFixtures.Applied;
import kr.jiwon.review.ReviewPlan;
import kr.jiwon.review.ReviewPlanning;
import kr.jiwon.review.Reviewer;
import kr.jiwon.review.ReviewerAssignment;
import kr.jiwon.review.Scoring;
import kr.jiwon.selection.ConfirmedResult;
import kr.jiwon.selection.Objection;
import kr.jiwon.selection.Objections;
import kr.jiwon.selection.SelectionParameters;
import kr.jiwon.selection.SelectionResults;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.TextList;
import kr.jiwon.shared.Won;
import kr.jiwon.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A call's life on a database: gapless receipt numbers under concurrent submissions (the counter row locked with
 * {@code for update}), idempotent submission, and review through selection to final results — every repository and
 * hand-written SQL of applications, matching, review and selection. Run on H2 and on a real PostgreSQL.
 */
public abstract class CallLifeContract {

    @Autowired
    ApplicationsFixtures fixtures;
    @Autowired
    ReviewFixtures review;
    @Autowired
    ApplicationManagement applications;
    @Autowired
    ApplicationSubmission submission;
    @Autowired
    DocumentManagement documents;
    @Autowired
    ReviewPlanning planning;
    @Autowired
    ReviewerAssignment assignment;
    @Autowired
    ConflictCheck conflicts;
    @Autowired
    Scoring scoring;
    @Autowired
    SelectionResults results;
    @Autowired
    Objections objections;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private long completeDraft(CompanyUser c, Call call) {
        Actor actor = new Actor(c.user().username(), "APPLICANT", "127.0.0.1");
        Application a = applications.start(c.user(), call.id(), "GENERAL", actor);
        applications.write(c.user(), a.id(), new ApplicationForm(a.version(), "GENERAL", "다이캐스팅 기공 불량 개선",
                "알루미늄 다이캐스팅 부품의 기공 불량률을 낮추는 공정 개선이 필요합니다.", TextList.of("기계금속"),
                TextList.EMPTY, TextList.EMPTY, Won.ofManwon(4000), 10, Won.ofManwon(1000), "김지원",
                "055-123-4567", "kim@example.kr"), actor);
        documents.attach(c.user(), a.id(), "plan.pdf", new ByteArrayInputStream(ApplicationsFixtures.PDF), actor);
        return a.id();
    }

    @Test
    void concurrentSubmissionsGetGaplessUniqueReceiptNumbersInOrderOfArrival() throws Exception {
        Call call = fixtures.openCall();
        List<CompanyUser> companies = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            CompanyUser c = fixtures.company();
            companies.add(c);
            ids.add(completeDraft(c, call));
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<SubmissionReceipt>> receipts = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            CompanyUser c = companies.get(i);
            long id = ids.get(i);
            Callable<SubmissionReceipt> submit = () -> submission.submit(c.user(), id, "k-" + id, Instant.now(),
                    new Actor(c.user().username(), "APPLICANT", "127.0.0.1"));
            receipts.add(pool.submit(submit));
        }
        List<String> numbers = new ArrayList<>();
        for (Future<SubmissionReceipt> f : receipts) {
            numbers.add(f.get().receiptNumber());
        }
        pool.shutdown();
        List<Integer> sequence = numbers.stream().map(n -> Integer.parseInt(n.substring(n.lastIndexOf('-') + 1)))
                .sorted().toList();
        assertThat(sequence).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertThat(jdbc.queryForObject("select last_value from receipt_counter where call_id = ?", Integer.class,
                call.id())).isEqualTo(12);
        // a retry with the same key is answered with the first receipt, and no second application is handed in
        CompanyUser first = companies.get(0);
        assertThat(submission.submit(first.user(), ids.get(0), "k-" + ids.get(0), Instant.now(),
                new Actor(first.user().username(), "APPLICANT", "127.0.0.1")).receiptNumber())
                .isEqualTo(applications.forMatching(ids.get(0)).receiptNumber());
        assertThat(applications.handedIn(call.id())).hasSize(12);
    }

    @Test
    void aCallGoesFromScoredApplicationsThroughObjectionsAndABudgetChangeToFinalResults() {
        Call call = fixtures.openCall();
        planning.change(call.id(), 1, 10, "기술성:100", "DECLINE_AREA:3", ReviewPlan.Aggregation.MEAN, false, OFFICE);
        Applied a = review.submitted(call.id(), "48250", Won.ofManwon(5000), List.of("기계금속"), List.of());
        Applied b = review.submitted(call.id(), "51750", Won.ofManwon(5000), List.of("기계금속"), List.of("KITECH"));
        review.institutesAccept(call.id());
        review.closeAndScreen(call.id());
        Reviewer kitech = review.reviewer(call.id(), "생기원", List.of(), List.of("KITECH"), List.of());
        Reviewer other = review.reviewer(call.id(), "일반", List.of(), List.of(), List.of());
        for (ConflictCheck.CaseConflicts c : conflicts.check(call.id(), kitech.id())) {
            c.conflicts().forEach(x -> conflicts.dismiss(kitech.id(), c.applicationId(), x.policy(), "다른 본부 소속",
                    OFFICE));
        }
        assertThat(conflicts.check(call.id(), kitech.id())).allSatisfy(c -> assertThat(c.blocking()).isFalse());
        assertThat(assignment.assign(call.id(), OFFICE).feasible()).isTrue();
        for (Applied x : List.of(a, b)) {
            String login = assignment.current(call.id()).stream().filter(r -> r.applicationId() == x.id())
                    .map(r -> r.reviewerId() == kitech.id() ? kitech.accountUsername() : other.accountUsername())
                    .findFirst().orElseThrow();
            scoring.save(login, x.id(), Map.of("기술성", x == a ? 90.0 : 80.0), null, true, OFFICE);
        }
        ConfirmedResult r = results.confirm(kr.jiwon.shared.CallId.of(call.id()),
                new SelectionParameters(Won.ofManwon(5000), 70, 0,
                        Map.of(), 7),
                OFFICE);
        assertThat(r.selectedCount()).isEqualTo(1);
        assertThat(results.decisionRows(r)).extracting(d -> d.receiptNumber()).doesNotContainNull();

        Objection o = objections.lodge(b.company().user(), b.id(), "재심의를 요청합니다.",
                new Actor(b.company().user().username(), "APPLICANT", "127.0.0.1"));
        objections.answer(o.id(), true, "재심의", OFFICE);
        assertThatThrownBy(() -> results.redecide(kr.jiwon.shared.CallId.of(call.id()),
                kr.jiwon.shared.ApplicationId.of(b.id()), true, null, null, "추가 선정", OFFICE))
                .isInstanceOf(InvalidInputException.class);
        results.redecide(kr.jiwon.shared.CallId.of(call.id()), kr.jiwon.shared.ApplicationId.of(b.id()), true,
                Won.ofManwon(4000), Won.ofEok(1), "추가 선정", OFFICE);
        ConfirmedResult after = results.result(call.id()).orElseThrow();
        assertThat(after.budget()).isEqualTo(Won.ofEok(1));
        assertThat(after.fundedNow()).isEqualTo(Won.ofManwon(9000));
        assertThat(results.history(b.id())).hasSize(2);

        clock.advance(Duration.ofDays(8));
        results.finalizeResults(kr.jiwon.shared.CallId.of(call.id()), OFFICE);
        assertThat(applications.forMatching(b.id()).status()).isEqualTo(ApplicationStatus.SELECTED);
    }
}
