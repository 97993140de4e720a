package kr.jiwon.applications;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.relational.core.mapping.event.AfterConvertCallback;
import org.springframework.data.relational.core.mapping.event.AfterSaveCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An application's history (its transitions) is append-only: read when it is first wanted (not with every
 * application read — a call's list of hundreds would otherwise run a statement for each), and on save only the
 * transitions made since are inserted, each at the position after the last stored one, after the application's row
 * (whose version, and the row lock its update takes, guard against a concurrent change). Spring Data JDBC would
 * delete and re-insert the whole list on every save of the aggregate — a statement and a growing batch on every
 * submission, screening and decision. Rows go when their application goes (the foreign key cascades).
 */
@Component
class ApplicationHistory implements AfterConvertCallback<Application>, AfterSaveCallback<Application> {

    private final JdbcTemplate jdbc;

    ApplicationHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Application onAfterConvert(Application a) {
        long id = a.id();
        a.historyFrom(() -> jdbc.query("select from_status, to_status, actor, at, reason from application_transition "
                + "where application_id = ? order by position",
                (rs, i) -> new ApplicationTransition(status(rs.getString(1)), status(rs.getString(2)),
                        rs.getString(3), rs.getTimestamp(4).toInstant(), rs.getString(5)),
                id));
        return a;
    }

    @Override
    public Application onAfterSave(Application a) {
        List<ApplicationTransition> unstored = a.unstoredTransitions();
        if (!unstored.isEmpty()) {
            List<Object[]> rows = new ArrayList<>();
            for (ApplicationTransition t : unstored) {
                rows.add(new Object[]{a.id(), t.fromStatus() == null ? null : t.fromStatus().name(),
                        t.toStatus().name(), t.actor(), Timestamp.from(t.at()), t.reason(), a.id()});
            }
            // the position is the next after the stored ones, found by the insert itself (no read beforehand)
            jdbc.batchUpdate("insert into application_transition "
                    + "(application_id, position, from_status, to_status, actor, at, reason) "
                    + "select cast(? as bigint), coalesce(max(position), -1) + 1, cast(? as varchar(20)), "
                    + "cast(? as varchar(20)), cast(? as varchar(100)), cast(? as timestamp with time zone), "
                    + "cast(? as varchar(2000)) from application_transition where application_id = ?", rows);
            a.historyStored();
        }
        return a;
    }

    private static ApplicationStatus status(String s) {
        return s == null ? null : ApplicationStatus.valueOf(s);
    }
}
