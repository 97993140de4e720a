package kr.jiwon.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import kr.jiwon.shared.Actor;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends to the audit log and reads it back. A change is logged in the transaction of the change (both or
 * neither); a view is logged in a transaction of its own, so read-only work can log too.
 */
@Service
public class AuditLog {

    private final AuditEvents events;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    AuditLog(AuditEvents events, NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public void recordChange(Actor actor, String action, String targetType, Object targetId, String detail) {
        append(actor, action, targetType, targetId, detail);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordView(Actor actor, String action, String targetType, Object targetId, String detail) {
        append(actor, action, targetType, targetId, detail);
    }

    private void append(Actor actor, String action, String targetType, Object targetId, String detail) {
        events.save(new AuditEvent(null, clock.instant(), actor.username(), actor.role(), action, targetType,
                targetId == null ? null : String.valueOf(targetId), truncate(detail), actor.ip()));
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 2000 ? s : s.substring(0, 2000);
    }

    /** Entries matching the query, newest first. */
    @Transactional(readOnly = true)
    public List<AuditEvent> search(AuditQuery q) {
        StringBuilder sql = new StringBuilder("select * from audit_event where 1 = 1");
        MapSqlParameterSource p = new MapSqlParameterSource();
        List<String> conditions = new ArrayList<>();
        if (q.actor() != null) {
            conditions.add(" and actor = :actor");
            p.addValue("actor", q.actor());
        }
        if (q.targetType() != null) {
            conditions.add(" and target_type = :targetType");
            p.addValue("targetType", q.targetType());
        }
        if (q.targetId() != null) {
            conditions.add(" and target_id = :targetId");
            p.addValue("targetId", q.targetId());
        }
        if (q.action() != null) {
            conditions.add(" and action = :action");
            p.addValue("action", q.action());
        }
        if (q.from() != null) {
            conditions.add(" and at >= :from");
            p.addValue("from", java.sql.Timestamp.from(q.from()));
        }
        if (q.to() != null) {
            conditions.add(" and at < :to");
            p.addValue("to", java.sql.Timestamp.from(q.to()));
        }
        conditions.forEach(sql::append);
        sql.append(" order by id desc limit :limit");
        p.addValue("limit", q.limit() <= 0 ? 500 : Math.min(q.limit(), 10_000));
        return jdbc.query(sql.toString(), p, (rs, i) -> new AuditEvent(rs.getLong("id"),
                rs.getTimestamp("at").toInstant(), rs.getString("actor"), rs.getString("actor_role"),
                rs.getString("action"), rs.getString("target_type"), rs.getString("target_id"), rs.getString("detail"),
                rs.getString("ip")));
    }
}
