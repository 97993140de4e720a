package kr.jiwon.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kr.jiwon.projects.Agreements;
import kr.jiwon.projects.ProjectFixtures;
import kr.jiwon.projects.ProjectManagement;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.SeoulTime;
import kr.jiwon.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A project's KPIs and measurements on every supported database; run on H2 and PostgreSQL. */
public abstract class OutcomesContract {

    @Autowired
    ProjectFixtures fixtures;
    @Autowired
    Outcomes outcomes;
    @Autowired
    ProjectManagement projects;
    @Autowired
    Agreements agreements;
    @Autowired
    MutableClock clock;
    @Autowired
    Reports reports;
    @Autowired
    Surveys surveys;
    @Autowired
    FactoryLevels levels;
    @Autowired
    FinalEvaluationDesk evaluation;
    @Autowired
    kr.jiwon.review.FinalEvaluations finals;
    @Autowired
    kr.jiwon.review.ReviewerPool pool;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void kpisAreChosenAfterTheAgreementMeasuredAndRolledUp() {
        ProjectFixtures.Awarded a = fixtures.awarded();
        long id = a.project().id();
        Actor co = new Actor(a.company().username(), "APPLICANT", "127.0.0.1");
        assertThatThrownBy(() -> outcomes.choose(a.company(), id, "DEFECT_RATE", 8.0, 2.0, co))
                .hasMessageContaining("kpi.afterAgreement");
        fixtures.signed(a);
        ProjectKpi k = outcomes.choose(a.company(), id, "DEFECT_RATE", 8.0, 2.0, co);
        assertThatThrownBy(() -> outcomes.choose(a.company(), id, "DEFECT_RATE", 7.0, 1.0, co))
                .hasMessageContaining("kpi.alreadyChosen");
        outcomes.measure(a.company(), id, k.id(), SeoulTime.today(clock), 62.0, 2000.0, "MES 월간 보고서", co);
        var statuses = outcomes.of(projects.view(a.officer(), id, co));
        assertThat(statuses).hasSize(1);
        assertThat(statuses.get(0).latest()).hasValueSatisfying(v -> assertThat(v).isEqualTo(3.1, within()));
        assertThat(statuses.get(0).kpi().measurements().get(0).evidence()).isEqualTo("MES 월간 보고서");
        Rollup r = outcomes.rollup(a.officer(), a.project().programCode());
        assertThat(r.measured()).isEqualTo(1);
        assertThat(r.met()).isZero();
    }

    @Test
    void reportsWithTheirVersionsAndFilesSurveysLevelsAndTheFinalEvaluationAreKept() {
        ProjectFixtures.Awarded a = fixtures.awarded();
        fixtures.signed(a);
        long id = a.project().id();
        Actor co = new Actor(a.company().username(), "APPLICANT", "127.0.0.1");
        Actor office = new Actor("officer", "OFFICER", "127.0.0.1");
        var p = projects.view(a.officer(), id, office);
        assertThat(reports.of(p)).extracting(ProjectReport::kind).startsWith(Duty.Kind.INTERIM)
                .contains(Duty.Kind.FINAL, Duty.Kind.UTILISATION);
        assertThat(reports.of(p)).as("scheduled once").hasSize(7);
        ProjectReport fin = reports.of(p).stream().filter(r -> r.kind() == Duty.Kind.FINAL).findFirst().orElseThrow();
        clock.set(SeoulTime.toInstant(a.project().endsOn().plusDays(2).atTime(10, 0)));
        byte[] pdf = kr.jiwon.projects.ProjectsContract.RECEIPT;
        reports.submit(a.company(), id, fin.id(), "최종 결과", "최종.pdf", pdf, co);
        reports.decide(a.officer(), id, fin.id(), ProjectReport.Decision.CHANGES, "보완해 주세요", office);
        reports.submit(a.company(), id, fin.id(), "최종 결과 보완", null, null, co);
        reports.decide(a.officer(), id, fin.id(), ProjectReport.Decision.ACCEPT, null, office);
        ReportVersion first = reports.version(p, fin.id(), 1);
        assertThat(first.content()).isEqualTo(pdf);
        assertThat(first.decisionNote()).isEqualTo("보완해 주세요");
        assertThat(reports.version(p, fin.id(), 2).hasFile()).isFalse();

        var review = evaluation.open(a.officer(), id, office);
        assertThat(review.dossier()).contains("최종 결과 보완");
        var conflicted = evaluation.candidates(p).stream().filter(c -> c.blocked()).findFirst();
        conflicted.ifPresent(c -> assertThatThrownBy(() -> evaluation.assign(a.officer(), id, c.reviewerId(), office))
                .hasMessageContaining("finalReview.conflict"));
        long reviewer = pool.register(new kr.jiwon.review.NewReviewer("이독립", "indep-" + System.nanoTime()
                + "@example.kr", "독립 평가위원", java.util.List.of(), java.util.List.of(), java.util.List.of("기계금속"),
                null, null), office).id();
        evaluation.assign(a.officer(), id, reviewer, office);
        assertThat(finals.of(a.project().applicationId()).orElseThrow().panel()).extracting(m -> m.reviewerId())
                .containsExactly(reviewer);

        var s = surveys.sendNow(a.officer(), id, Duty.Kind.FOLLOW_UP, office);
        surveys.answerFollowUp(a.company(), id, s.id(), kr.jiwon.shared.Won.ofEok(12), 43,
                ProjectSurvey.ResultUse.COMMERCIALISED, true, null, co);
        ProjectSurvey kept = surveys.of(p).get(0);
        assertThat(kept.salesWon()).isEqualTo(kr.jiwon.shared.Won.ofEok(12));
        assertThat(kept.resultUse()).isEqualTo(ProjectSurvey.ResultUse.COMMERCIALISED);

        levels.record(a.company(), id, FactoryLevel.Stage.BEFORE, 2, a.project().startsOn().minusDays(30),
                "수준확인서 2-123",
                co);
        levels.record(a.company(), id, FactoryLevel.Stage.AFTER, 3, a.project().endsOn(), "수준확인서 3-456", co);
        assertThatThrownBy(() -> levels.record(a.company(), id, FactoryLevel.Stage.AFTER, 6,
                a.project().endsOn(), "x", co)).hasMessageContaining("factoryLevel.range");
        assertThat(levels.of(p)).extracting(FactoryLevel::level).containsExactlyInAnyOrder(2, 3);
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-9);
    }
}
