package kr.jiwon.applications;

import java.util.List;
import kr.jiwon.shared.Won;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures this module publishes for statistics: a call's handed-in applications as plain rows (no contents, no
 * contact, no documents) read in one query, for counting by status, company, track and amount elsewhere.
 */
@Service
@Transactional(readOnly = true)
public class ApplicationFigures {

    /** One handed-in application, as statistics count it. */
    public record Row(long applicationId, long companyId, String trackCode, ApplicationStatus status, Won requested,
            kr.jiwon.shared.TextList technologyFields, kr.jiwon.shared.TextList rootTechnologies) {
    }

    private final JdbcClient jdbc;

    ApplicationFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The call's handed-in applications (neither draft nor withdrawn), oldest first. */
    public List<Row> handedIn(long callId) {
        return jdbc.sql("select id, company_id, track_code, status, requested_amount, technology_fields,"
                + " root_technologies from application"
                + " where call_id = ? and status not in ('DRAFT', 'WITHDRAWN') order by id")
                .param(callId)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        ApplicationStatus.valueOf(rs.getString(4)),
                        rs.getObject(5) == null ? null : Won.of(rs.getLong(5)),
                        kr.jiwon.shared.TextList.parse(rs.getString(6)),
                        kr.jiwon.shared.TextList.parse(rs.getString(7))))
                .list();
    }

    /** How many of the call's applications are in each status, drafts and withdrawn ones included. */
    public java.util.Map<ApplicationStatus, Integer> statusCounts(long callId) {
        java.util.Map<ApplicationStatus, Integer> out = new java.util.EnumMap<>(ApplicationStatus.class);
        for (ApplicationStatus s : ApplicationStatus.values()) {
            out.put(s, 0);
        }
        jdbc.sql("select status, count(*) from application where call_id = ? group by status").param(callId)
                .query(rs -> {
                    out.put(ApplicationStatus.valueOf(rs.getString(1)), rs.getInt(2));
                });
        return out;
    }

    /** The handed-in applications' receipt times (Asia/Seoul days), oldest first, for the intake over time. */
    public java.util.SortedMap<java.time.LocalDate, Integer> receiptsByDay(long callId) {
        java.util.SortedMap<java.time.LocalDate, Integer> out = new java.util.TreeMap<>();
        jdbc.sql("select submitted_at from application where call_id = ? and submitted_at is not null"
                + " and status not in ('DRAFT', 'WITHDRAWN')").param(callId)
                .query((rs, n) -> rs.getTimestamp(1).toInstant()).list()
                .forEach(at -> out.merge(java.time.LocalDate.ofInstant(at, kr.jiwon.shared.SeoulTime.ZONE), 1,
                        Integer::sum));
        return out;
    }
}
