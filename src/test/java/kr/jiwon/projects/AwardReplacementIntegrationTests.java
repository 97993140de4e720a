package kr.jiwon.projects;

import static kr.jiwon.testing.Refusals.key;
import static org.assertj.core.api.Assertions.assertThat;

import kr.jiwon.applications.ApplicationManagement;
import kr.jiwon.applications.ApplicationStatus;
import kr.jiwon.audit.AuditLog;
import kr.jiwon.audit.AuditQuery;
import kr.jiwon.notifications.Notifications;
import kr.jiwon.selection.AwardReplacements;
import kr.jiwon.selection.SelectionResults;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.Won;
import kr.jiwon.testing.Events;
import kr.jiwon.testing.TestClockConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * A selected company gives its award up before the agreement (선정 포기): the project ends, the selection records the
 * decision and the money is free; the runner-up is selected in its place (추가 선정) and becomes a project. What may
 * not happen is refused with a reason: giving up after signing, selecting an application that gave up, one that
 * does not fit what is left.
 */
@SpringBootTest(properties = "jiwon.demo.enabled=false")
@ActiveProfiles({"embedded", "test"})
@Import(TestClockConfiguration.class)
class AwardReplacementIntegrationTests {

    @Autowired
    ProjectFixtures fixtures;
    @Autowired
    Agreements agreements;
    @Autowired
    ProjectManagement projects;
    @Autowired
    AwardReplacements replacements;
    @Autowired
    SelectionResults results;
    @Autowired
    ApplicationManagement applications;
    @Autowired
    Notifications notifications;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    kr.jiwon.testing.MutableClock clock;

    @org.junit.jupiter.api.AfterEach
    void resetClock() {
        clock.reset(); // the fixtures move the shared test clock past the objection period
    }

    @Test
    void anAwardGivenUpBeforeTheAgreementGoesToTheRunnerUp() {
        ProjectFixtures.Contested c = fixtures.contested();
        long callId = c.call().id();
        var company = c.first().company().user();
        Actor co = new Actor(company.username(), "APPLICANT", "127.0.0.1");
        Actor officer = new Actor("officer", "OFFICER", "127.0.0.1");
        AwardReplacements.Standing before = replacements.standing(callId);
        assertThat(before.left()).isEqualTo(Won.ofManwon(0));
        assertThat(before.candidates()).singleElement().satisfies(x -> {
            assertThat(x.applicationId()).isEqualTo(c.runnerUp().id());
            assertThat(x.fits()).as("nothing is left yet").isFalse();
        });
        assertThat(key(() -> replacements.selectInPlace(callId, c.runnerUp().id(), "차순위", officer)))
                .isEqualTo("selection.replaceOverBudget");

        assertThat(key(() -> agreements.giveUp(company, c.project().id(), " ", co)))
                .isEqualTo("review.reasonRequired");
        agreements.giveUp(company, c.project().id(), "기업부담금 마련 불가", co);

        assertThat(projects.ofApplication(c.first().id()).orElseThrow().status()).isEqualTo(ProjectStatus.GIVEN_UP);
        assertThat(applications.forMatching(c.first().id()).status()).isEqualTo(ApplicationStatus.GAVE_UP);
        assertThat(results.decisionOf(c.first().id()).orElseThrow()).satisfies(d -> {
            assertThat(d.selected()).isFalse();
            assertThat(d.reasonKey()).isEqualTo("selection.reason.gaveUp");
        });
        assertThat(key(() -> agreements.submitPlan(company, c.project().id(), null, null, null, co)))
                .as("nothing of the agreement goes on").isEqualTo("project.givenUp");
        assertThat(notifications.ofUser("officer")).extracting(n -> n.subject())
                .contains("[지원] 선정 포기: " + c.call().title() + " · " + c.first().application().receiptNumber());

        AwardReplacements.Standing after = replacements.standing(callId);
        assertThat(after.givenUp()).isEqualTo(1);
        assertThat(after.left()).isEqualTo(Won.ofManwon(5000));
        assertThat(after.next()).as("the runner-up, next in rank").isEqualTo(c.runnerUp().id());
        assertThat(key(() -> replacements.selectInPlace(callId, c.first().id(), "재선정", officer)))
                .as("an award given up is final").isEqualTo("selection.replaceNotCandidate");
        assertThat(key(() -> replacements.selectInPlace(callId, c.runnerUp().id(), "", officer)))
                .isEqualTo("review.reasonRequired");

        replacements.selectInPlace(callId, c.runnerUp().id(), "차순위, 선정 포기 1건 대체", officer);
        Events.awaitDelivered(jdbc);

        assertThat(applications.forMatching(c.runnerUp().id()).status()).isEqualTo(ApplicationStatus.SELECTED);
        assertThat(results.result(callId).orElseThrow().fundedNow()).isEqualTo(Won.ofManwon(4000));
        Project second = projects.ofApplication(c.runnerUp().id()).orElseThrow();
        assertThat(second.status()).isEqualTo(ProjectStatus.AGREEMENT);
        assertThat(second.grantAmount()).isEqualTo(Won.ofManwon(4000));
        assertThat(notifications.ofCompany(c.runnerUp().company().company().id())).extracting(n -> n.subject())
                .contains("[지원] 추가 선정 안내: " + c.call().title());
        assertThat(audit.search(new AuditQuery(null, "APPLICATION", String.valueOf(c.runnerUp().id()),
                "SELECTION_IN_PLACE", null, null, 10))).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("차순위"));
        assertThat(replacements.standing(callId).candidates()).isEmpty();
    }

    /**
     * Two awards of 5,000만원 given up free 1억원: the next in rank takes half of it, the optimiser's proposal the
     * next two (88 + 87 points), and it follows what is decided.
     */
    @Test
    void theOptimiserProposesTheBestCompletionOfTheRound() {
        ProjectFixtures.Round r = fixtures.round(Won.ofManwon(10000), 0,
                new ProjectFixtures.Entry("48250", 5000, 90), new ProjectFixtures.Entry("48250", 5000, 89),
                new ProjectFixtures.Entry("48250", 5000, 88), new ProjectFixtures.Entry("48250", 5000, 87));
        long callId = r.call().id();
        for (var given : r.applied().subList(0, 2)) {
            var user = given.company().user();
            agreements.giveUp(user, projects.ofApplication(given.id()).orElseThrow().id(), "기업부담금 마련 불가",
                    new Actor(user.username(), "APPLICANT", "127.0.0.1"));
        }
        long third = r.applied().get(2).id();
        long fourth = r.applied().get(3).id();
        AwardReplacements.Standing s = replacements.standing(callId);
        assertThat(s.left()).isEqualTo(Won.ofManwon(10000));
        assertThat(s.next()).as("the next in rank").isEqualTo(third);
        assertThat(s.proposal()).satisfies(p -> {
            assertThat(p.found()).isTrue();
            assertThat(p.optimal()).isTrue();
            assertThat(p.applicationIds()).containsExactly(third, fourth);
            assertThat(p.amount()).isEqualTo(Won.ofManwon(10000));
            assertThat(p.score()).isEqualTo(175.0);
        });
        assertThat(s.candidates()).filteredOn(AwardReplacements.Candidate::proposed)
                .extracting(AwardReplacements.Candidate::applicationId).containsExactlyInAnyOrder(third, fourth);

        Actor officer = new Actor("officer", "OFFICER", "127.0.0.1");
        replacements.selectInPlace(callId, third, "최적안 2건 중 1건", officer);
        assertThat(replacements.standing(callId).proposal().applicationIds()).as("the rest of the proposal")
                .containsExactly(fourth);
        replacements.selectInPlace(callId, fourth, "최적안 2건 중 1건", officer);
        assertThat(results.result(callId).orElseThrow().fundedNow()).isEqualTo(Won.ofManwon(10000));
        assertThat(replacements.standing(callId).proposal()).as("no application is left to propose").isNull();
    }

    /**
     * The round kept 30 % of its money for companies in 인구감소지역 (거창군); the award given up was one of them. A
     * replacement from outside such an area would leave the share at 0 % and is refused, though it scores higher;
     * one from such an area restores it and is the next in rank and the proposal.
     */
    @Test
    void aReplacementKeepsTheRoundsShareForPopulationDeclineAreas() {
        ProjectFixtures.Round r = fixtures.round(Won.ofManwon(9000), 0.3,
                new ProjectFixtures.Entry("48880", 5000, 90), new ProjectFixtures.Entry("48250", 4000, 85),
                new ProjectFixtures.Entry("48250", 4000, 80), new ProjectFixtures.Entry("48880", 3000, 75));
        long callId = r.call().id();
        var a = r.applied().get(0);
        var b = r.applied().get(1);
        var cc = r.applied().get(2);
        var d = r.applied().get(3);
        assertThat(applications.forMatching(a.id()).status()).isEqualTo(ApplicationStatus.SELECTED);
        assertThat(applications.forMatching(b.id()).status()).isEqualTo(ApplicationStatus.SELECTED);
        Project given = projects.ofApplication(a.id()).orElseThrow();
        agreements.giveUp(a.company().user(), given.id(), "사업장 이전",
                new Actor(a.company().user().username(), "APPLICANT", "127.0.0.1"));

        AwardReplacements.Standing s = replacements.standing(callId);
        assertThat(s.declineShare()).isEqualTo(0.3);
        assertThat(s.declineShareNow()).isZero();
        assertThat(s.left()).isEqualTo(Won.ofManwon(5000));
        assertThat(s.candidates()).extracting(AwardReplacements.Candidate::applicationId)
                .containsExactly(cc.id(), d.id());
        assertThat(s.candidates().get(0)).satisfies(x -> {
            assertThat(x.fits()).isTrue();
            assertThat(x.keepsShare()).isFalse();
            assertThat(x.eligible()).isFalse();
        });
        assertThat(s.next()).isEqualTo(d.id());
        assertThat(s.proposal().applicationIds()).containsExactly(d.id());
        Actor officer = new Actor("officer", "OFFICER", "127.0.0.1");
        assertThat(key(() -> replacements.selectInPlace(callId, cc.id(), "점수순", officer)))
                .isEqualTo("selection.replaceBreaksShare");
        assertThat(applications.forMatching(cc.id()).status()).as("nothing changed")
                .isEqualTo(ApplicationStatus.NOT_SELECTED);
        replacements.selectInPlace(callId, d.id(), "인구감소지역 비중 유지", officer);
        assertThat(replacements.standing(callId).declineShareNow()).isEqualTo(3000.0 / 7000);
    }

    @Autowired
    kr.jiwon.applications.ApplicationsFixtures applicationFixtures;

    @Test
    void anOfficerRecordsTheCompanysGiveUpAndNoOtherCompanyCan() {
        ProjectFixtures.Contested c = fixtures.contested();
        var other = c.runnerUp().company().user();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> agreements.giveUp(other, c.project().id(), "남의 과제",
                new Actor(other.username(), "APPLICANT", "127.0.0.1")))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        var officer = applicationFixtures.account("officer", kr.jiwon.shared.Role.OFFICER, null);
        agreements.giveUp(officer, c.project().id(), "기업 공문(포기 의사) 접수",
                new Actor("officer", "OFFICER", "127.0.0.1"));
        assertThat(projects.ofApplication(c.first().id()).orElseThrow().status()).isEqualTo(ProjectStatus.GIVEN_UP);
        assertThat(notifications.ofCompany(c.first().company().company().id())).extracting(n -> n.subject())
                .contains("[지원] 과제 " + c.project().number() + " 선정 포기 처리");
    }

    @Test
    void aSignedAgreementCannotBeGivenUp() {
        ProjectFixtures.Awarded a = fixtures.awarded();
        fixtures.signed(a);
        Actor co = new Actor(a.company().username(), "APPLICANT", "127.0.0.1");
        assertThat(key(() -> agreements.giveUp(a.company(), a.project().id(), "사정 변경", co)))
                .isEqualTo("project.giveUpAfterSigning");
        assertThat(projects.ofApplication(a.project().applicationId()).orElseThrow().status())
                .isEqualTo(ProjectStatus.IN_PROGRESS);
    }

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    /**
     * Two officers select in place at the same moment, with money for one of the two: the round's row lock makes the
     * second wait for the first and then find the money gone. The test holds the lock while both start, so without
     * it both would pass the budget check at once.
     */
    @Test
    void twoSelectionsInPlaceAtOnceSpendTheFreedMoneyOnce() throws Exception {
        ProjectFixtures.Contested c = fixtures.contested(3000);
        long callId = c.call().id();
        var company = c.first().company().user();
        agreements.giveUp(company, c.project().id(), "기업부담금 마련 불가",
                new Actor(company.username(), "APPLICANT", "127.0.0.1"));
        long a = c.runnerUp().id();
        long b = c.others().get(0).id();
        assertThat(replacements.standing(callId).candidates()).filteredOn(AwardReplacements.Candidate::fits)
                .as("each fits on its own (4,000만원 and 3,000만원 of 5,000만원)").hasSize(2);
        Actor officer = new Actor("officer", "OFFICER", "127.0.0.1");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var tx = new org.springframework.transaction.support.TransactionTemplate(transactions);
            java.util.List<java.util.concurrent.Future<String>> outcomes = tx.execute(status -> {
                jdbc.queryForList("select call_id from selection_result where call_id = ? for update", callId);
                var both = java.util.List.of(pool.submit(() -> key(() -> replacements.selectInPlace(callId, a, "차순위",
                        officer))), pool.submit(() -> key(
                                () -> replacements.selectInPlace(callId, b, "차차순위",
                                        officer))));
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                assertThat(both).as("both wait for the round").noneMatch(java.util.concurrent.Future::isDone);
                return both;
            });
            java.util.List<String> said = new java.util.ArrayList<>();
            for (var f : outcomes) {
                said.add(f.get(30, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(said).as("one selected (null), the other refused").containsExactlyInAnyOrder(null,
                    "selection.replaceOverBudget");
        } finally {
            pool.shutdownNow();
        }
        Events.awaitDelivered(jdbc);
        Won funded = results.result(callId).orElseThrow().fundedNow();
        assertThat(funded.exceeds(Won.ofManwon(5000))).as("never more than the round's budget").isFalse();
        assertThat(java.util.stream.Stream.of(a, b).map(id -> applications.forMatching(id).status())
                .filter(st -> st == ApplicationStatus.SELECTED)).hasSize(1);
    }
}
