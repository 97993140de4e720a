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

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-9);
    }
}
