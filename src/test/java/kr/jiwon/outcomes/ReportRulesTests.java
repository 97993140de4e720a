package kr.jiwon.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.Won;
import org.junit.jupiter.api.Test;

/** The dates of reports and surveys, a report's life in versions, and a survey's answers. */
class ReportRulesTests {

    static final LocalDate START = LocalDate.of(2027, 1, 1);
    static final LocalDate END = LocalDate.of(2027, 9, 30);
    static final Instant NOW = Instant.parse("2027-05-01T01:00:00Z");

    @Test
    void dutiesFallOnTheMidpointAMonthAfterTheEndAndEachYearAfterIt() {
        assertThat(new Duty("*", Duty.Kind.INTERIM, "MIDPOINT", 1, "").date(1, START, END))
                .isEqualTo(LocalDate.of(2027, 5, 17)); // 272 days / 2 = 136 days after 1 January
        assertThat(new Duty("*", Duty.Kind.FINAL, "AFTER_END_MONTHS:1", 1, "").date(1, START, END))
                .isEqualTo(LocalDate.of(2027, 10, 30));
        assertThat(new Duty("*", Duty.Kind.UTILISATION, "YEARLY_AFTER_END", 5, "").date(3, START, END))
                .isEqualTo(LocalDate.of(2030, 9, 30));
        assertThat(new Duty("*", Duty.Kind.SATISFACTION, "AT_END", 1, "").date(1, START, END)).isEqualTo(END);
    }

    @Test
    void everyProgramOwesAFinalReportAndTheDefaultAskForFiveYearsOfFollowUp() {
        Duties duties = new Duties();
        assertThat(duties.of("SBJ")).extracting(Duty::kind).contains(Duty.Kind.INTERIM, Duty.Kind.FINAL,
                Duty.Kind.UTILISATION, Duty.Kind.SATISFACTION, Duty.Kind.FOLLOW_UP);
        assertThat(duties.of("SBJ").stream().filter(d -> d.kind() == Duty.Kind.UTILISATION).findFirst()
                .orElseThrow().count()).isEqualTo(5);
        assertThat(duties.of("SSF")).extracting(Duty::kind).contains(Duty.Kind.FINAL)
                .doesNotContain(Duty.Kind.UTILISATION);
        assertThat(duties.of("SSF")).allSatisfy(d -> assertThat(d.source()).isNotBlank());
    }

    @Test
    void aReportOpensSixtyDaysBeforeItsDueDateAndKeepsEveryVersionWithItsDecision() {
        ProjectReport r = ProjectReport.due(1, Duty.Kind.INTERIM, 1, LocalDate.of(2027, 5, 17));
        assertThatThrownBy(() -> r.submit("보고", null, LocalDate.of(2027, 3, 17), "a", NOW))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("report.tooEarly");
        assertThatThrownBy(() -> r.submit(" ", null, LocalDate.of(2027, 5, 1), "a", NOW))
                .hasMessageContaining("field.required");
        r.submit("1판", null, LocalDate.of(2027, 5, 1), "a", NOW);
        assertThatThrownBy(() -> r.submit("again", null, LocalDate.of(2027, 5, 1), "a", NOW))
                .hasMessageContaining("report.notOpen");
        assertThatThrownBy(() -> r.decide(ProjectReport.Decision.CHANGES, "", "o", NOW))
                .hasMessageContaining("report.noteRequired");
        r.decide(ProjectReport.Decision.CHANGES, "X-ray 결과를 적어 주세요", "o", NOW);
        assertThat(r.status()).isEqualTo(ProjectReport.Status.CHANGES_REQUESTED);
        assertThat(r.owed()).isTrue();
        assertThat(r.overdue(LocalDate.of(2027, 5, 18))).isTrue();
        r.submit("2판", null, LocalDate.of(2027, 5, 18), "a", NOW);
        assertThat(r.overdue(LocalDate.of(2027, 5, 18))).as("handed in").isFalse();
        r.decide(ProjectReport.Decision.ACCEPT, null, "o", NOW);
        assertThat(r.versions()).extracting(ReportVersion::summary).containsExactly("1판", "2판");
        assertThat(r.versions()).extracting(ReportVersion::decision)
                .containsExactly(ProjectReport.Decision.CHANGES, ProjectReport.Decision.ACCEPT);
        assertThat(r.reschedule(LocalDate.of(2027, 6, 1))).as("an accepted report keeps its date").isFalse();
    }

    @Test
    void aReportNotHandedInFollowsAChangedPeriodAndIsRemindedAgain() {
        ProjectReport r = ProjectReport.due(1, Duty.Kind.FINAL, 1, LocalDate.of(2027, 10, 30));
        r.markReminded(false);
        assertThat(r.reschedule(LocalDate.of(2027, 12, 30))).isTrue();
        assertThat(r.dueOn()).isEqualTo(LocalDate.of(2027, 12, 30));
        assertThat(r.remindedBefore()).isFalse();
    }

    @Test
    void satisfactionIsTheMeanRatingTimesTwentyAndEveryQuestionMustBeRated() {
        ProjectSurvey s = ProjectSurvey.send(1, Duty.Kind.SATISFACTION, 1, END, "o", NOW);
        assertThat(s.dueOn()).isEqualTo(END.plusDays(30));
        assertThatThrownBy(() -> s.answerSatisfaction(List.of(5, 5, 6, 5), null, "a", NOW))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("survey.rating");
        assertThatThrownBy(() -> s.answerFollowUp(Won.of(1), 1, ProjectSurvey.ResultUse.NOT_USED, false, null, "a",
                NOW)).hasMessageContaining("survey.closed");
        s.answerSatisfaction(List.of(5, 5, 4, 5), null, "a", NOW);
        assertThat(s.satisfaction()).isEqualTo(95.0);
        assertThatThrownBy(() -> s.answerSatisfaction(List.of(1, 1, 1, 1), null, "a", NOW))
                .hasMessageContaining("survey.closed");
    }
}
