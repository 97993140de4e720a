package kr.jiwon.outcomes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import kr.jiwon.audit.AuditLog;
import kr.jiwon.projects.Project;
import kr.jiwon.projects.ProjectManagement;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.CurrentUser;
import kr.jiwon.shared.SeoulTime;
import kr.jiwon.shared.Violations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Smart-factory levels of a project's plant before and after (recorded by the company or the officer). */
@Service
@Transactional
public class FactoryLevels {

    private final JdbcClient jdbc;
    private final ProjectManagement projects;
    private final AuditLog audit;
    private final Clock clock;

    FactoryLevels(JdbcClient jdbc, ProjectManagement projects, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.projects = projects;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<FactoryLevel> of(Project p) {
        return jdbc.sql("select stage, level, assessed_on, evidence, recorded_at, recorded_by from factory_level"
                + " where project_id = ? order by stage desc")
                .param(p.id())
                .query((rs, n) -> new FactoryLevel(FactoryLevel.Stage.valueOf(rs.getString(1)), rs.getInt(2),
                        rs.getObject(3, LocalDate.class), rs.getString(4), rs.getTimestamp(5).toInstant(),
                        rs.getString(6)))
                .list();
    }

    /** Records (or corrects) the level of a stage; an "after" level is assessed on or after the project's start. */
    public FactoryLevel record(CurrentUser user, long projectId, FactoryLevel.Stage stage, Integer level,
            LocalDate on, String evidence, Actor actor) {
        Project p = projects.view(user, projectId, actor);
        if (!projects.isCompany(user, p) && !user.isOffice()) {
            throw new AccessDeniedException("the company or an officer");
        }
        Violations v = new Violations();
        v.check(stage != null, "stage", "field.required");
        v.check(level != null && level >= 1 && level <= 5, "level", "factoryLevel.range");
        v.check(on != null && !on.isAfter(SeoulTime.today(clock)), "assessedOn", "factoryLevel.date");
        v.check(on == null || stage != FactoryLevel.Stage.AFTER || !on.isBefore(p.startsOn()), "assessedOn",
                "factoryLevel.afterStart", p.startsOn());
        v.check(evidence != null && !evidence.isBlank() && evidence.length() <= 500, "evidence", "field.required");
        v.throwIfAny();
        FactoryLevel fl = new FactoryLevel(stage, level, on, evidence.strip(), clock.instant(), user.username());
        jdbc.sql("delete from factory_level where project_id = ? and stage = ?").params(projectId, stage.name())
                .update();
        jdbc.sql("insert into factory_level (project_id, stage, level, assessed_on, evidence, recorded_at,"
                + " recorded_by) values (?, ?, ?, ?, ?, ?, ?)")
                .params(projectId, stage.name(), level, on, fl.evidence(), java.sql.Timestamp.from(fl.recordedAt()),
                        fl.recordedBy())
                .update();
        audit.recordChange(actor, "FACTORY_LEVEL", "PROJECT", projectId, stage + " L" + level + " " + on);
        return fl;
    }
}
