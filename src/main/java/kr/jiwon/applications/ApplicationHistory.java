package kr.jiwon.applications;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.relational.core.mapping.event.AfterConvertCallback;
import org.springframework.data.relational.core.mapping.event.AfterSaveCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An application's history (its transitions) is append-only: read with the application, and on save only the
 * transitions made since are inserted, after the application's row (whose version guards against a concurrent
 * change). Spring Data JDBC would delete and re-insert the whole list on every save of the aggregate — a statement
 * and a growing batch on every submission, screening and decision. Rows go when their application goes (the
 * foreign key cascades).
 */
@Component
class ApplicationHistory implements AfterConvertCallback<Application>, AfterSaveCallback<Application> {

    private final JdbcTemplate jdbc;

    ApplicationHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Application onAfterConvert(Application a) {
        a.historyRead(jdbc.query("select from_status, to_status, actor, at, reason from application_transition "
                + "where application_id = ? order by position",
                (rs, i) -> new ApplicationTransition(status(rs.getString(1)), status(rs.getString(2)),
                        rs.getString(3), rs.getTimestamp(4).toInstant(), rs.getString(5)),
                a.id()));
        return a;
    }

    @Override
    public Application onAfterSave(Application a) {
        List<ApplicationTransition> unstored = a.unstoredTransitions();
        if (!unstored.isEmpty()) {
            List<Object[]> rows = new ArrayList<>();
            int position = a.storedTransitions();
            for (ApplicationTransition t : unstored) {
                rows.add(new Object[]{a.id(), position++, t.fromStatus() == null ? null : t.fromStatus().name(),
                        t.toStatus().name(), t.actor(), Timestamp.from(t.at()), t.reason()});
            }
            jdbc.batchUpdate("insert into application_transition "
                    + "(application_id, position, from_status, to_status, actor, at, reason) "
                    + "values (?, ?, ?, ?, ?, ?, ?)", rows);
            a.historyStored();
        }
        return a;
    }

    private static ApplicationStatus status(String s) {
        return s == null ? null : ApplicationStatus.valueOf(s);
    }
}
