package kr.jiwon.outcomes;

import java.util.List;
import java.util.Optional;
import kr.jiwon.projects.Project;
import kr.jiwon.projects.ProjectManagement;
import kr.jiwon.review.FinalEvaluations;
import kr.jiwon.review.FinalReview;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.CurrentUser;
import kr.jiwon.shared.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The project side of the final evaluation: it opens once the final report is accepted, and the panel reads that
 * report with the project's outcome figures; the scoring itself is the review module's
 * ({@link FinalEvaluations}).
 */
@Service
@Transactional
public class FinalEvaluationDesk {

    private final FinalEvaluations finals;
    private final Reports reports;
    private final Outcomes outcomes;
    private final ProjectManagement projects;

    FinalEvaluationDesk(FinalEvaluations finals, Reports reports, Outcomes outcomes, ProjectManagement projects) {
        this.finals = finals;
        this.reports = reports;
        this.outcomes = outcomes;
        this.projects = projects;
    }

    @Transactional(readOnly = true)
    public Optional<FinalReview> of(Project p) {
        return finals.of(p.applicationId());
    }

    /** Officer: opens the final evaluation of a project whose final report was accepted. */
    public FinalReview open(CurrentUser user, long projectId, Actor actor) {
        Project p = officersProject(user, projectId, actor);
        ProjectReport fin = reports.acceptedFinal(p)
                .orElseThrow(() -> InvalidInputException.of("finalReview", "finalReview.reportFirst"));
        int version = fin.versions().size();
        String link = fin.latest().filter(ReportVersion::hasFile).map(v -> "/projects/" + p.id() + "/reports/"
                + fin.id() + "/versions/" + version + "/file").orElse(null);
        return finals.open(new FinalEvaluations.Subject(p.applicationId(), p.callId(), p.programCode(), p.number(),
                p.plan().planTitle(), dossier(p, fin), link), actor);
    }

    public FinalReview assign(CurrentUser user, long projectId, long reviewerId, Actor actor) {
        Project p = officersProject(user, projectId, actor);
        return finals.assign(p.applicationId(), reviewerId, actor);
    }

    public FinalReview decide(CurrentUser user, long projectId, String misconduct, Actor actor) {
        Project p = officersProject(user, projectId, actor);
        return finals.decide(p.applicationId(), misconduct, actor);
    }

    @Transactional(readOnly = true)
    public List<FinalEvaluations.Candidate> candidates(Project p) {
        return finals.of(p.applicationId()).isPresent() ? finals.candidates(p.applicationId()) : List.of();
    }

    /** What the panel reads: the accepted final report's text and the outcome KPIs with their figures. */
    String dossier(Project p, ProjectReport fin) {
        StringBuilder sb = new StringBuilder();
        sb.append("[최종보고서] ").append(p.number()).append(" ").append(p.plan().planTitle()).append('\n');
        sb.append(fin.latest().map(ReportVersion::summary).orElse("")).append("\n\n[성과지표]\n");
        for (KpiStatus k : outcomes.of(p)) {
            KpiDefinition d = k.definition();
            sb.append("- ").append(d.name()).append(": 기준 ").append(d.display(k.kpi().baseline()))
                    .append(" → 목표 ").append(d.display(k.kpi().target())).append(" · 최근 ")
                    .append(k.latest().map(d::display).orElse("—")).append(k.met() ? " (목표 달성)" : "").append('\n');
        }
        return sb.toString();
    }

    private Project officersProject(CurrentUser user, long projectId, Actor actor) {
        if (!user.isOffice()) {
            throw new AccessDeniedException("officers only");
        }
        return projects.view(user, projectId, actor);
    }
}
