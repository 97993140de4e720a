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
}
