package kr.jiwon.outcomes.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kr.jiwon.outcomes.Duty;
import kr.jiwon.outcomes.ProjectReport;
import kr.jiwon.outcomes.ProjectSurvey;
import kr.jiwon.outcomes.Reports;
import kr.jiwon.outcomes.Surveys;
import kr.jiwon.projects.Project;
import kr.jiwon.projects.ProjectManagement;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.CurrentUser;
import kr.jiwon.shared.Won;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A project's reports and surveys through the API, with the same rules and audit as the pages. */
@RestController
@Tag(name = "Outcomes", description = "보고서·사후관리")
class FollowUpApi {

    private final Reports reports;
    private final Surveys surveys;
    private final ProjectManagement projects;
    private final java.time.Clock clock;

    FollowUpApi(Reports reports, Surveys surveys, ProjectManagement projects, java.time.Clock clock) {
        this.clock = clock;
        this.reports = reports;
        this.surveys = surveys;
        this.projects = projects;
    }

    record VersionJson(int number, String summary, String fileName, Instant submittedAt,
            ProjectReport.Decision decision, String decisionNote, Instant decidedAt) {
    }

    record ReportJson(long id, Duty.Kind kind, int seq, LocalDate dueOn, LocalDate opensOn,
            ProjectReport.Status status, boolean overdue, List<VersionJson> versions) {

        static ReportJson of(ProjectReport r, LocalDate today) {
            List<VersionJson> vs = new java.util.ArrayList<>();
            for (int i = 0; i < r.versions().size(); i++) {
                var v = r.versions().get(i);
                vs.add(new VersionJson(i + 1, v.summary(), v.fileName(), v.submittedAt(), v.decision(),
                        v.decisionNote(), v.decidedAt()));
            }
            return new ReportJson(r.id(), r.kind(), r.seq(), r.dueOn(), r.opensOn(), r.status(), r.overdue(today),
                    vs);
        }
    }

    record SubmitRequest(String summary) {
    }

    record DecisionRequest(ProjectReport.Decision decision, String note) {
    }

    record SurveyJson(long id, Duty.Kind kind, int seq, Instant sentAt, LocalDate dueOn, Instant answeredAt,
            List<Integer> ratings, Double satisfaction, Won sales, Integer employees,
            ProjectSurvey.ResultUse resultUse, Boolean followOn, String comment) {

        static SurveyJson of(ProjectSurvey s) {
            return new SurveyJson(s.id(), s.kind(), s.seq(), s.sentAt(), s.dueOn(), s.answeredAt(), s.ratings(),
                    s.satisfaction(), s.salesWon(), s.employees(), s.resultUse(), s.followOn(), s.comment());
        }
    }

    record AnswerRequest(List<Integer> ratings, Won sales, Integer employees, ProjectSurvey.ResultUse resultUse,
            Boolean followOn, String comment) {
    }

    @GetMapping("/api/v1/projects/{id}/reports")
    @Operation(summary = "The reports the project owes, with due dates, status and every submitted version")
    List<ReportJson> list(@PathVariable long id, CurrentUser user, Actor actor) {
        Project p = projects.view(user, id, actor);
        LocalDate today = kr.jiwon.shared.SeoulTime.today(clock);
        return reports.of(p).stream().map(r -> ReportJson.of(r, today)).toList();
    }

    @PostMapping("/api/v1/projects/{id}/reports/{reportId}")
    @Operation(summary = "The company submits a report (a new version after changes were asked for)")
    ReportJson submit(@PathVariable long id, @PathVariable long reportId, @RequestBody SubmitRequest body,
            CurrentUser user, Actor actor) {
        ProjectReport r = reports.submit(user, id, reportId, body.summary(), null, null, actor);
        return ReportJson.of(r, kr.jiwon.shared.SeoulTime.today(clock));
    }

    @PostMapping("/api/v1/projects/{id}/reports/{reportId}/decision")
    @Operation(summary = "The officer accepts the latest version, asks for changes or rejects it (comments required)")
    ReportJson decide(@PathVariable long id, @PathVariable long reportId, @RequestBody DecisionRequest body,
            CurrentUser user, Actor actor) {
        ProjectReport r = reports.decide(user, id, reportId, body.decision(), body.note(), actor);
        return ReportJson.of(r, kr.jiwon.shared.SeoulTime.today(clock));
    }

    @GetMapping("/api/v1/projects/{id}/surveys")
    @Operation(summary = "The surveys sent to the project's company, with their answers")
    List<SurveyJson> surveys(@PathVariable long id, CurrentUser user, Actor actor) {
        return surveys.of(projects.view(user, id, actor)).stream().map(SurveyJson::of).toList();
    }

    @PostMapping("/api/v1/projects/{id}/surveys/{surveyId}")
    @Operation(summary = "The company answers a survey: ratings 1-5 for satisfaction; sales, employees, use of the "
            + "result and follow-on work for the follow-up")
    SurveyJson answer(@PathVariable long id, @PathVariable long surveyId, @RequestBody AnswerRequest body,
            CurrentUser user, Actor actor) {
        ProjectSurvey s = body.ratings() != null
                ? surveys.answerSatisfaction(user, id, surveyId, body.ratings(), body.comment(), actor)
                : surveys.answerFollowUp(user, id, surveyId, body.sales(), body.employees(), body.resultUse(),
                        body.followOn(), body.comment(), actor);
        return SurveyJson.of(s);
    }
}
