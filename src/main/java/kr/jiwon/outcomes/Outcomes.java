package kr.jiwon.outcomes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import kr.jiwon.audit.AuditLog;
import kr.jiwon.projects.Project;
import kr.jiwon.projects.ProjectManagement;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.CurrentUser;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.SeoulTime;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outcomes module's façade: a project's KPIs for whoever may read the project; the company chooses KPIs from its
 * program's catalogue (once the agreement is signed) and records measurements; roll-ups per program.
 */
@Service
@Transactional
public class Outcomes {

    private final ProjectKpis kpis;
    private final KpiCatalog catalog;
    private final ProjectManagement projects;
    private final AuditLog audit;
    private final Clock clock;

    Outcomes(ProjectKpis kpis, KpiCatalog catalog, ProjectManagement projects, AuditLog audit, Clock clock) {
        this.kpis = kpis;
        this.catalog = catalog;
        this.projects = projects;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<KpiStatus> of(Project p) {
        return kpis.findByProjectIdOrderById(p.id()).stream()
                .map(k -> new KpiStatus(catalog.find(p.programCode(), k.code()).orElseThrow(), k)).toList();
    }

    public List<KpiDefinition> menu(Project p) {
        return catalog.forProgram(p.programCode());
    }

    public ProjectKpi choose(CurrentUser user, long projectId, String code, Double baseline, Double target,
            Actor actor) {
        Project p = companysRunningProject(user, projectId, actor);
        KpiDefinition d = catalog.find(p.programCode(), code)
                .orElseThrow(() -> InvalidInputException.of("code", "kpi.unknown"));
        if (kpis.existsByProjectIdAndCode(projectId, code)) {
            throw InvalidInputException.of("code", "kpi.alreadyChosen", d.name());
        }
        ProjectKpi saved = kpis.save(ProjectKpi.choose(projectId, d, baseline, target, user.username(),
                clock.instant()));
        audit.recordChange(actor, "KPI_CHOOSE", "PROJECT", projectId, code + " " + baseline + " → " + target);
        return saved;
    }

    public ProjectKpi measure(CurrentUser user, long projectId, long kpiId, LocalDate on, Double numerator,
            Double denominator, String evidence, Actor actor) {
        Project p = companysRunningProject(user, projectId, actor);
        ProjectKpi k = kpis.findById(kpiId).filter(x -> x.projectId() == projectId)
                .orElseThrow(() -> InvalidInputException.of("kpi", "kpi.unknown"));
        KpiDefinition d = catalog.find(p.programCode(), k.code()).orElseThrow();
        k.measure(d, on, numerator, denominator, evidence, SeoulTime.today(clock), user.username(),
                clock.instant());
        ProjectKpi saved = kpis.save(k);
        audit.recordChange(actor, "KPI_MEASURE", "PROJECT", projectId, k.code() + " " + on);
        return saved;
    }

    /** The roll-up of every project of a program (officers). */
    public Rollup rollup(CurrentUser user, String programCode) {
        return rollup(user, programCode, null);
    }

    /** The roll-up of a program's projects, or of one call's when a call is given (officers). */
    @Transactional(readOnly = true)
    public Rollup rollup(CurrentUser user, String programCode, Long callId) {
        if (!user.isOffice()) {
            throw new AccessDeniedException("officers only");
        }
        List<Project> ps = projects.all().stream().filter(p -> p.programCode().equals(programCode))
                .filter(p -> callId == null || callId.equals(p.callId())).toList();
        return Rollup.of(ps.stream().flatMap(p -> of(p).stream()).toList());
    }

    private Project companysRunningProject(CurrentUser user, long projectId, Actor actor) {
        Project p = projects.view(user, projectId, actor);
        if (!projects.isCompany(user, p)) {
            throw new AccessDeniedException("only the project's company");
        }
        if (!p.status().signed()) {
            throw InvalidInputException.of("code", "kpi.afterAgreement");
        }
        return p;
    }
}
