package kr.jiwon.outcomes.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import kr.jiwon.outcomes.KpiDefinition;
import kr.jiwon.outcomes.KpiStatus;
import kr.jiwon.outcomes.Measurement;
import kr.jiwon.outcomes.Outcomes;
import kr.jiwon.outcomes.ProjectKpi;
import kr.jiwon.projects.Project;
import kr.jiwon.projects.ProjectManagement;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A project's outcome KPIs through the API: the menu, the chosen KPIs with their progress, choosing and measuring. */
@RestController
@Tag(name = "Outcomes", description = "성과지표")
class OutcomeApi {

    private final Outcomes outcomes;
    private final ProjectManagement projects;

    OutcomeApi(Outcomes outcomes, ProjectManagement projects) {
        this.outcomes = outcomes;
        this.projects = projects;
    }

    record KpiJson(long id, String code, String name, String unit, KpiDefinition.Direction direction,
            double baseline, double target, Double latest, Double improvement, Double progress, boolean met,
            List<Measurement> measurements) {

        static KpiJson of(KpiStatus s) {
            ProjectKpi k = s.kpi();
            return new KpiJson(k.id(), k.code(), s.definition().name(), s.definition().unit(),
                    s.definition().direction(), k.baseline(), k.target(), s.latest().orElse(null),
                    s.improvement().orElse(null), s.progress().orElse(null), s.met(), k.measurements());
        }
    }

    record ChooseRequest(String code, Double baseline, Double target) {
    }

    record MeasureRequest(LocalDate measuredOn, Double numerator, Double denominator, String evidence) {
    }

    @GetMapping("/api/v1/projects/{id}/kpis")
    @Operation(summary = "The project's KPIs with the latest value, improvement, progress and whether the target is met")
    List<KpiJson> list(@PathVariable long id, CurrentUser user, Actor actor) {
        return outcomes.of(projects.view(user, id, actor)).stream().map(KpiJson::of).toList();
    }

    @GetMapping("/api/v1/projects/{id}/kpis/menu")
    List<KpiDefinition> menu(@PathVariable long id, CurrentUser user, Actor actor) {
        return outcomes.menu(projects.view(user, id, actor));
    }

    @PostMapping("/api/v1/projects/{id}/kpis")
    @Operation(summary = "Choose a KPI from the program's menu with a baseline and a target (the company)")
    KpiJson choose(@PathVariable long id, @RequestBody ChooseRequest body, CurrentUser user, Actor actor) {
        ProjectKpi k = outcomes.choose(user, id, body.code(), body.baseline(), body.target(), actor);
        return status(user, id, k.id(), actor);
    }

    @PostMapping("/api/v1/projects/{id}/kpis/{kpiId}/measurements")
    @Operation(summary = "Record a measurement from what was counted; the value follows the KPI's formula")
    KpiJson measure(@PathVariable long id, @PathVariable long kpiId, @RequestBody MeasureRequest body,
            CurrentUser user, Actor actor) {
        outcomes.measure(user, id, kpiId, body.measuredOn(), body.numerator(), body.denominator(), body.evidence(),
                actor);
        return status(user, id, kpiId, actor);
    }

    private KpiJson status(CurrentUser user, long id, long kpiId, Actor actor) {
        Project p = projects.view(user, id, actor);
        return outcomes.of(p).stream().filter(s -> s.kpi().id() == kpiId).map(KpiJson::of).findFirst()
                .orElseThrow();
    }
}
