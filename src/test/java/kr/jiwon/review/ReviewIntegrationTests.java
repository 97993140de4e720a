package kr.jiwon.review;

import static kr.jiwon.review.ReviewFixtures.OFFICE;
import static kr.jiwon.testing.Refusals.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kr.jiwon.applications.ApplicationsFixtures;
import kr.jiwon.audit.AuditLog;
import kr.jiwon.audit.AuditQuery;
import kr.jiwon.programs.Call;
import kr.jiwon.review.ReviewFixtures.Applied;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.Won;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Conflicts of interest, optimal assignment (and when it is impossible), CSV import, score sheets. */
@SpringBootTest
@ActiveProfiles({"embedded", "test"})
class ReviewIntegrationTests {

    @Autowired
    ApplicationsFixtures fixtures;
    @Autowired
    ReviewFixtures review;
    @Autowired
    ReviewerPool pool;
    @Autowired
    ConflictCheck conflicts;
    @Autowired
    ReviewPlanning planning;
    @Autowired
    ReviewerAssignment assignment;
    @Autowired
    AssignmentCsv csv;
    @Autowired
    Scoring scoring;
    @Autowired
    ScoreAggregation aggregation;
    @Autowired
    AuditLog audit;
    @Autowired
    kr.jiwon.matching.InstituteRequests requests;

    private Applied apply(Call call, List<String> fields, List<String> institutes) {
        return review.submitted(call.id(), "48250", Won.ofManwon(4000), fields, institutes);
    }

    @Test
    void eachConflictPolicyFindsItsCaseByIdentifierAndADismissalIsKeptAndAudited() {
        Call call = fixtures.openCall();
        Applied a = apply(call, List.of("기계금속"), List.of("KITECH"));
        review.closeAndScreen(call.id());
        Reviewer colleague = review.reviewer(call.id(), "같은회사", List.of(a.brn()), List.of(), List.of());
        Reviewer kitech = review.reviewer(call.id(), "생기원", List.of(), List.of("KITECH"), List.of());
        Reviewer declared = review.reviewer(call.id(), "신고", List.of(), List.of(), List.of());
        pool.declareConflict(declared.id(), a.brn(), "전 직장", OFFICE);
        Reviewer recent = review.reviewer(call.id(), "공동과제", List.of(), List.of(), List.of());
        pool.addJointProject(recent.id(), a.brn(), "공동 연구", LocalDate.now().minusYears(2), OFFICE);
        Reviewer old = review.reviewer(call.id(), "오래된과제", List.of(), List.of(), List.of());
        pool.addJointProject(old.id(), a.brn(), "옛 연구", LocalDate.now().minusYears(4), OFFICE);

        assertThat(policies(call, colleague)).containsExactly("SAME_ORGANISATION");
        assertThat(policies(call, kitech)).containsExactly("SAME_INSTITUTE");
        assertThat(policies(call, declared)).containsExactly("DECLARED");
        assertThat(policies(call, recent)).containsExactly("JOINT_PROJECT");
        assertThat(policies(call, old)).isEmpty();

        assertThatThrownBy(() -> conflicts.dismiss(kitech.id(), a.id(), "SAME_INSTITUTE", " ", OFFICE))
                .isInstanceOf(InvalidInputException.class);
        conflicts.dismiss(kitech.id(), a.id(), "SAME_INSTITUTE", "다른 본부 소속으로 확인", OFFICE);
        ConflictCheck.CaseConflicts after = conflicts.check(call.id(), kitech.id()).get(0);
        assertThat(after.blocking()).isFalse();
        assertThat(after.conflicts()).singleElement().satisfies(c -> assertThat(c.dismissedReason())
                .isEqualTo("다른 본부 소속으로 확인"));
        assertThat(audit.search(new AuditQuery(null, "APPLICATION", String.valueOf(a.id()),
                "CONFLICT_DISMISS", null, null, 100))).hasSize(1);
    }

    private List<String> policies(Call call, Reviewer r) {
        return conflicts.check(call.id(), r.id()).get(0).conflicts().stream().map(Conflict::policy).toList();
    }

    @Test
    void theAssignmentGivesEveryApplicationKConflictFreeReviewersWithinTheLoadAndPrefersExpertise() {
        Call call = fixtures.openCall();
        planning.change(call.id(), 2, 2, "기술성:40\n사업화 가능성:30\n정책 부합성:30", "DECLINE_AREA:3",
                kr.jiwon.review.ReviewPlan.Aggregation.MEAN, false, OFFICE);
        Applied a = apply(call, List.of("반도체"), List.of());
        Applied b = apply(call, List.of("이차전지"), List.of());
        Applied c = apply(call, List.of("반도체"), List.of());
        review.closeAndScreen(call.id());
        Reviewer semi = review.reviewer(call.id(), "반도체전문", List.of(), List.of(), List.of("반도체"));
        Reviewer battery = review.reviewer(call.id(), "전지전문", List.of(), List.of(), List.of("이차전지"));
        Reviewer general = review.reviewer(call.id(), "일반", List.of(a.brn()), List.of(), List.of());
        review.reviewer(call.id(), "일반2", List.of(), List.of(), List.of());

        AssignmentOutcome out = assignment.assign(call.id(), OFFICE);

        assertThat(out.feasible()).isTrue();
        assertThat(out.pairs()).hasSize(6);
        for (Applied x : List.of(a, b, c)) {
            assertThat(out.pairs().stream().filter(p -> p.applicationId() == x.id())).hasSize(2);
        }
        assertThat(out.pairs()).noneMatch(p -> p.applicationId() == a.id() && p.reviewerId() == general.id());
        assertThat(out.pairs().stream().collect(java.util.stream.Collectors.groupingBy(
                AssignmentOutcome.Pair::reviewerId, java.util.stream.Collectors.counting())).values())
                .allMatch(n -> n <= 2);
        // both semiconductor applications get the semiconductor expert, the battery one the battery expert
        assertThat(out.pairs()).anyMatch(p -> p.applicationId() == a.id() && p.reviewerId() == semi.id());
        assertThat(out.pairs()).anyMatch(p -> p.applicationId() == c.id() && p.reviewerId() == semi.id());
        assertThat(out.pairs()).anyMatch(p -> p.applicationId() == b.id() && p.reviewerId() == battery.id());
        assertThat(assignment.current(call.id())).hasSize(6);
    }

    @Test
    void anImpossibleAssignmentSaysWhichApplicationLacksReviewersAndWhyAndStoresNothing() {
        Call call = fixtures.openCall();
        Applied a = apply(call, List.of("기계금속"), List.of("KITECH"));
        Applied b = apply(call, List.of("기계금속"), List.of());
        // b is given to an institute other than KITECH, so only a conflicts with the KITECH reviewer
        java.util.Set<String> asked = requests.ofApplication(b.id()).stream()
                .map(kr.jiwon.matching.MatchOffer::institute).collect(java.util.stream.Collectors.toSet());
        requests.override(b.id(), java.util.stream.Stream.of("KIMS", "KRICT", "KERI", "ETRI")
                .filter(i -> !asked.contains(i)).findFirst().orElseThrow(), "시험 배정", OFFICE);
        review.closeAndScreen(call.id());
        review.reviewer(call.id(), "가", List.of(), List.of(), List.of());
        review.reviewer(call.id(), "나", List.of(), List.of(), List.of());
        review.reviewer(call.id(), "다", List.of(), List.of("KITECH"), List.of());

        AssignmentOutcome out = assignment.assign(call.id(), OFFICE); // k = 3 by default

        assertThat(out.feasible()).isFalse();
        assertThat(out.shortfalls()).singleElement().satisfies(s -> {
            assertThat(s.applicationId()).isEqualTo(a.id());
            assertThat(s.candidates()).isEqualTo(2);
            assertThat(s.needed()).isEqualTo(3);
            assertThat(s.conflictsByPolicy()).isEqualTo(Map.of("SAME_INSTITUTE", 1));
            assertThat(s.loadLimited()).isFalse();
        });
        assertThat(out.shortfalls()).noneMatch(s -> s.applicationId() == b.id());
        assertThat(assignment.current(call.id())).isEmpty();
    }

    @Test
    void aCsvImportIsCheckedLineByLineAndAppliedAllOrNothing() {
        Call call = fixtures.openCall();
        planning.change(call.id(), 1, 5, "기술성:100", "", kr.jiwon.review.ReviewPlan.Aggregation.MEAN, false,
                OFFICE);
        Applied a = apply(call, List.of("기계금속"), List.of());
        Applied b = apply(call, List.of("기계금속"), List.of());
        review.closeAndScreen(call.id());
        Reviewer free = review.reviewer(call.id(), "자유", List.of(), List.of(), List.of());
        Reviewer conflicted = review.reviewer(call.id(), "충돌", List.of(b.brn()), List.of(), List.of());

        String bad = "신청ID,심사위원ID\n" + a.id() + "," + free.id() + "\n" + b.id() + "," + conflicted.id() + "\n"
                + "999999," + free.id() + "\n";
        AssignmentCsv.ImportReport report = csv.importFile(call.id(), stream(bad), true, OFFICE);
        assertThat(report.applied()).isFalse();
        assertThat(report.problems()).extracting(AssignmentCsv.Problem::line, AssignmentCsv.Problem::messageKey)
                .contains(org.assertj.core.groups.Tuple.tuple(3, "assignmentCsv.conflict"),
                        org.assertj.core.groups.Tuple.tuple(4, "assignmentCsv.unknownApplication"));
        assertThat(assignment.current(call.id())).isEmpty();

        String good = "신청ID,심사위원ID\n" + a.id() + "," + free.id() + "\n" + b.id() + "," + free.id() + "\n";
        AssignmentCsv.ImportReport dry = csv.importFile(call.id(), stream(good), false, OFFICE);
        assertThat(dry.ok()).isTrue();
        assertThat(dry.applied()).isFalse();
        assertThat(assignment.current(call.id())).isEmpty();
        assertThat(csv.importFile(call.id(), stream(good), true, OFFICE).applied()).isTrue();
        assertThat(assignment.current(call.id())).hasSize(2);
        String exported = new String(csv.export(call.id()), StandardCharsets.UTF_8);
        assertThat(exported).startsWith("\uFEFF신청ID").contains("자유");
        assertThat(csv.importFile(call.id(), stream(exported), false, OFFICE).ok()).isTrue();
    }

    @Test
    void aSubmittedSheetIsLockedUntilAnOfficerReopensItWithAReason() {
        Call call = fixtures.openCall();
        planning.change(call.id(), 1, 5, "기술성:40\n사업화 가능성:30\n정책 부합성:30", "",
                kr.jiwon.review.ReviewPlan.Aggregation.MEAN, false, OFFICE);
        Applied a = apply(call, List.of("기계금속"), List.of());
        review.closeAndScreen(call.id());
        Reviewer r = review.reviewer(call.id(), "평가", List.of(), List.of(), List.of());
        assignment.assign(call.id(), OFFICE);
        String login = r.accountUsername();

        assertThatThrownBy(() -> scoring.save(login, a.id(), Map.of("기술성", 41.0), null, false, OFFICE))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> scoring.save(login, a.id(), Map.of("기술성", 35.0), null, true, OFFICE))
                .isInstanceOf(InvalidInputException.class); // two criteria missing
        ScoreSheet sheet = scoring.save(login, a.id(), Map.of("기술성", 35.0, "사업화 가능성", 25.0, "정책 부합성", 20.0),
                "공정 개선 효과가 큼", true, OFFICE);
        assertThat(sheet.submitted()).isTrue();
        assertThat(aggregation.scores(call.id()).get(a.id()).reviewScore()).isEqualTo(80.0);
        // the criteria the sheet was scored on stay as they were
        assertThatThrownBy(() -> planning.change(call.id(), 1, 5, "기술성:50\n사업화 가능성:50", "",
                kr.jiwon.review.ReviewPlan.Aggregation.MEAN, false, OFFICE))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations().get(0).messageKey())
                        .isEqualTo("review.planFixed"));
        assertThat(planning.plan(call.id()).criteria()).hasSize(3);
        assertThatThrownBy(() -> scoring.save(login, a.id(), Map.of("기술성", 40.0), null, false, OFFICE))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations().get(0).messageKey())
                        .isEqualTo("scoreSheet.locked"));

        assertThatThrownBy(() -> scoring.reopen(sheet.id(), "", OFFICE)).isInstanceOf(InvalidInputException.class);
        ScoreSheet reopened = scoring.reopen(sheet.id(), "사업화 점수 재검토 요청", OFFICE);
        assertThat(reopened.status()).isEqualTo(ScoreSheet.Status.DRAFT);
        assertThat(reopened.reopenCount()).isEqualTo(1);
        assertThat(aggregation.scores(call.id()).get(a.id()).reviewScore()).isNull();
        ScoreSheet again = scoring.save(login, a.id(), Map.of("기술성", 35.0, "사업화 가능성", 15.0, "정책 부합성", 20.0),
                null, true, OFFICE);
        assertThat(again.submitted()).isTrue();
        assertThat(aggregation.scores(call.id()).get(a.id()).reviewScore()).isEqualTo(70.0);
        assertThat(audit.search(new AuditQuery(null, "APPLICATION", String.valueOf(a.id()), "SCORE_REOPEN", null,
                null, 100))).singleElement().satisfies(e -> assertThat(e.detail()).contains("사업화 점수 재검토 요청"));
    }

    @Autowired
    kr.jiwon.notifications.Notifications notifications;

    @Test
    void aReviewerLeavesThePanelWithTheirPairingsBeforeScoringAndNotOnceASheetIsSubmitted() {
        Call call = fixtures.openCall();
        planning.change(call.id(), 1, 5, "기술성:100", "", kr.jiwon.review.ReviewPlan.Aggregation.MEAN, false,
                OFFICE);
        Applied a = apply(call, List.of("기계금속"), List.of());
        Applied b = apply(call, List.of("기계금속"), List.of());
        review.closeAndScreen(call.id());
        Reviewer first = review.reviewer(call.id(), "첫째", List.of(), List.of(), List.of());
        assignment.assign(call.id(), OFFICE); // the only reviewer: both applications
        scoring.save(first.accountUsername(), a.id(), Map.of("기술성", 50.0), "작성 중", false, OFFICE);
        Reviewer second = review.reviewer(call.id(), "둘째", List.of(), List.of(), List.of());

        assertThat(assignment.removeFromPanel(call.id(), first.id(), OFFICE)).isEqualTo(2);

        assertThat(assignment.current(call.id())).isEmpty();
        assertThat(scoring.allSheetsOf(call.id())).as("the draft went with the pairing").isEmpty();
        assertThat(scoring.tasks(first.accountUsername())).isEmpty();
        assertThat(notifications.ofUser(first.accountUsername())).extracting(n -> n.subject())
                .contains("평가 배정 취소 안내: " + call.title());
        assertThat(audit.search(new AuditQuery(null, "CALL", String.valueOf(call.id()), "REVIEW_PANEL_REMOVE", null,
                null, 100))).singleElement().satisfies(e -> assertThat(e.detail()).contains("2 pairings cancelled"));

        assignment.assign(call.id(), OFFICE);
        assertThat(assignment.current(call.id())).extracting(ReviewerAssignment.Assigned::reviewerId)
                .containsOnly(second.id());
        scoring.save(second.accountUsername(), b.id(), Map.of("기술성", 70.0), null, true, OFFICE);
        Reviewer third = review.reviewer(call.id(), "셋째", List.of(), List.of(), List.of());

        assertThatThrownBy(() -> assignment.removeFromPanel(call.id(), second.id(), OFFICE))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations().get(0).messageKey())
                        .isEqualTo("reviewCall.removeAfterScoring"));
        assertThat(assignment.current(call.id())).hasSize(2);
        assertThat(assignment.removeFromPanel(call.id(), third.id(), OFFICE)).as("no pairings: free to go")
                .isZero();
    }

    @Test
    void aPairingIsHandedToASubstituteFreeOfConflictUnderTheLoadAndASubmittedSheetOnlyWhenSuspended() {
        Call call = fixtures.openCall();
        planning.change(call.id(), 1, 2, "기술성:100", "", kr.jiwon.review.ReviewPlan.Aggregation.MEAN, false,
                OFFICE);
        Applied a = apply(call, List.of("기계금속"), List.of());
        Applied b = apply(call, List.of("기계금속"), List.of());
        Applied c = apply(call, List.of("기계금속"), List.of());
        Applied d = apply(call, List.of("기계금속"), List.of());
        review.closeAndScreen(call.id());
        Reviewer first = review.reviewer(call.id(), "첫째", List.of(), List.of(), List.of());
        Reviewer busy = review.reviewer(call.id(), "바쁨", List.of(), List.of(), List.of());
        assertThat(csv.importFile(call.id(), stream("신청ID,심사위원ID\n" + a.id() + "," + first.id() + "\n" + b.id()
                + "," + first.id() + "\n" + c.id() + "," + busy.id() + "\n" + d.id() + "," + busy.id() + "\n"), true,
                OFFICE).applied()).isTrue();
        scoring.save(first.accountUsername(), a.id(), Map.of("기술성", 50.0), "작성 중", false, OFFICE);
        scoring.save(first.accountUsername(), b.id(), Map.of("기술성", 80.0), null, true, OFFICE);
        Reviewer second = review.reviewer(call.id(), "둘째", List.of(), List.of(), List.of("기계금속"));
        review.reviewer(call.id(), "충돌", List.of(a.brn()), List.of(), List.of());
        Reviewer spare = review.reviewer(call.id(), "여유", List.of(), List.of(), List.of());

        assertThat(assignment.substitutes(call.id(), a.id(), first.id()))
                .as("best fit first; neither the conflicted one nor the one at the load limit")
                .extracting(ReviewerAssignment.Substitute::name, ReviewerAssignment.Substitute::fit)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("둘째", 11),
                        org.assertj.core.groups.Tuple.tuple("여유", 1));
        assertThat(key(() -> assignment.substitute(call.id(), a.id(), first.id(), second.id(), " ", OFFICE)))
                .isEqualTo("review.reasonRequired");
        assertThat(key(() -> assignment.substitute(call.id(), a.id(), first.id(), busy.id(), "질병", OFFICE)))
                .isEqualTo("reviewCall.substituteNotEligible");
        assertThat(key(() -> assignment.substitute(call.id(), b.id(), first.id(), second.id(), "질병", OFFICE)))
                .as("a submitted sheet stands until reopened").isEqualTo("reviewCall.substituteSubmitted");
        assertThat(key(() -> assignment.substitute(call.id(), a.id(), second.id(), spare.id(), "질병", OFFICE)))
                .as("no such pairing").isEqualTo("reviewCall.substituteNoPairing");

        assignment.substitute(call.id(), a.id(), first.id(), second.id(), "질병으로 평가 불가", OFFICE);

        assertThat(assignment.current(call.id())).extracting(x -> x.applicationId() + "/" + x.reviewerName())
                .containsExactlyInAnyOrder(a.id() + "/둘째", b.id() + "/첫째", c.id() + "/바쁨", d.id() + "/바쁨");
        assertThat(scoring.allSheetsOf(call.id())).as("the draft went; the submitted sheet of b stays")
                .singleElement().satisfies(sh -> assertThat(sh.applicationId()).isEqualTo(b.id()));
        assertThat(scoring.tasks(second.accountUsername())).extracting(Scoring.Task::applicationId)
                .containsExactly(a.id());
        assertThat(notifications.ofUser(first.accountUsername())).extracting(n -> n.subject())
                .contains("평가 배정 변경 안내: " + call.title());
        assertThat(notifications.ofUser(second.accountUsername())).extracting(n -> n.subject())
                .contains("평가 배정 안내: " + call.title());
        assertThat(audit.search(new AuditQuery(null, "APPLICATION", String.valueOf(a.id()), "REVIEW_SUBSTITUTE",
                null, null, 100))).singleElement().satisfies(e -> assertThat(e.detail())
                        .contains("reviewer " + first.id() + " -> " + second.id()).contains("질병으로 평가 불가"));

        // a conflict found after first submitted b suspends the pairing: a substitute may replace the sheet
        pool.addJointProject(first.id(), b.brn(), "공동 연구", LocalDate.now().minusYears(1), OFFICE);
        assignment.substitute(call.id(), b.id(), first.id(), second.id(), "공동 연구 이력으로 회피", OFFICE);
        ApplicationScore bScore = aggregation.scores(call.id()).get(b.id());
        assertThat(bScore.assigned()).isEqualTo(1);
        assertThat(bScore.submitted()).as("the suspended sheet went with the pairing").isZero();
        assertThat(bScore.suspended()).isZero();
        assertThat(assignment.substitutes(call.id(), c.id(), busy.id()))
                .extracting(ReviewerAssignment.Substitute::name).as("second is now at the limit; first is free")
                .containsExactly("여유", "첫째", "충돌");
    }

    @Test
    void aReviewerSeesOnlyTheApplicationsAssignedToThem() {
        Call call = fixtures.openCall();
        planning.change(call.id(), 1, 1, "기술성:100", "", kr.jiwon.review.ReviewPlan.Aggregation.MEAN, false,
                OFFICE);
        Applied a = apply(call, List.of("기계금속"), List.of());
        Applied b = apply(call, List.of("기계금속"), List.of());
        review.closeAndScreen(call.id());
        Reviewer r1 = review.reviewer(call.id(), "일", List.of(), List.of(), List.of());
        review.reviewer(call.id(), "이", List.of(), List.of(), List.of());
        assignment.assign(call.id(), OFFICE);
        List<Scoring.Task> tasks = scoring.tasks(r1.accountUsername());
        assertThat(tasks).hasSize(1);
        long mine = tasks.get(0).applicationId();
        long other = mine == a.id() ? b.id() : a.id();
        assertThat(assignment.isAssigned(r1.accountUsername(), mine)).isTrue();
        assertThat(assignment.isAssigned(r1.accountUsername(), other)).isFalse();
        assertThatThrownBy(() -> scoring.sheet(r1.accountUsername(), other))
                .isInstanceOf(kr.jiwon.shared.NotFoundException.class);
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void aConflictFoundAfterTheAssignmentSuspendsItAtEveryAccessAndInTheScoreUntilDismissed() {
        Call call = fixtures.openCall();
        planning.change(call.id(), 2, 5, "기술성:40\n사업화 가능성:30\n정책 부합성:30", "",
                kr.jiwon.review.ReviewPlan.Aggregation.MEAN, false, OFFICE);
        Applied a = apply(call, List.of("기계금속"), List.of());
        review.closeAndScreen(call.id());
        Reviewer late = review.reviewer(call.id(), "나중충돌", List.of(), List.of(), List.of());
        Reviewer other = review.reviewer(call.id(), "다른위원", List.of(), List.of(), List.of());
        assertThat(assignment.assign(call.id(), OFFICE).feasible()).isTrue();
        scoring.save(late.accountUsername(), a.id(), Map.of("기술성", 35.0, "사업화 가능성", 25.0, "정책 부합성", 20.0),
                null, true, OFFICE);
        scoring.save(other.accountUsername(), a.id(), Map.of("기술성", 30.0, "사업화 가능성", 15.0, "정책 부합성", 15.0),
                null, true, OFFICE);
        assertThat(aggregation.scores(call.id()).get(a.id()).reviewScore()).isEqualTo(70.0);
        int alertsBefore = jdbc.queryForObject("select count(*) from notification where kind = 'CONFLICT'",
                Integer.class);

        pool.addJointProject(late.id(), a.brn(), "공동 연구", LocalDate.now().minusYears(1), OFFICE);

        assertThat(assignment.isAssigned(late.accountUsername(), a.id())).as("reads nothing").isFalse();
        assertThat(assignment.isAssigned(other.accountUsername(), a.id())).isTrue();
        assertThatThrownBy(() -> scoring.sheet(late.accountUsername(), a.id()))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations().get(0).messageKey())
                        .isEqualTo("review.suspended"));
        assertThat(scoring.tasks(late.accountUsername())).singleElement()
                .satisfies(t -> assertThat(t.suspended()).isTrue());
        ApplicationScore suspended = aggregation.scores(call.id()).get(a.id());
        assertThat(suspended.reviewScore()).as("the conflicted score is left out").isEqualTo(60.0);
        assertThat(suspended.submitted()).isEqualTo(1);
        assertThat(suspended.assigned()).isEqualTo(1);
        assertThat(suspended.suspended()).isEqualTo(1);
        assertThat(conflicts.suspended(call.id())).singleElement().satisfies(x -> {
            assertThat(x.reviewerId()).isEqualTo(late.id());
            assertThat(x.conflicts()).extracting(Conflict::policy).containsExactly("JOINT_PROJECT");
        });
        int officers = jdbc.queryForObject("select count(*) from account where role = 'OFFICER'", Integer.class);
        assertThat(jdbc.queryForObject("select count(*) from notification where kind = 'CONFLICT'", Integer.class))
                .as("each officer alerted").isEqualTo(alertsBefore + officers);
        assertThat(audit.search(new AuditQuery(null, "CALL", String.valueOf(call.id()),
                "REVIEW_ASSIGNMENT_SUSPENDED", null, null, 100))).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("reviewer " + late.id()));

        conflicts.dismiss(late.id(), a.id(), "JOINT_PROJECT", "공동 과제 상대가 동명의 다른 법인으로 확인", OFFICE);

        assertThat(assignment.isAssigned(late.accountUsername(), a.id())).isTrue();
        assertThat(scoring.sheet(late.accountUsername(), a.id()).submitted()).isTrue();
        assertThat(conflicts.suspended(call.id())).isEmpty();
        ApplicationScore restored = aggregation.scores(call.id()).get(a.id());
        assertThat(restored.reviewScore()).isEqualTo(70.0);
        assertThat(restored.assigned()).isEqualTo(2);
        assertThat(restored.suspended()).isZero();
    }

    private static ByteArrayInputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
