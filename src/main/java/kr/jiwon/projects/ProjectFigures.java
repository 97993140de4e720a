package kr.jiwon.projects;

import java.util.HashMap;
import java.util.Map;
import kr.jiwon.shared.Won;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures this module publishes for statistics, summed in the database: per call the projects, the signed ones
 * and what they committed, were paid and spent; and how many projects each research institute carries now.
 */
@Service
@Transactional(readOnly = true)
public class ProjectFigures {

    /** A call's projects in figures; money only of the signed ones (협약 체결 이후). */
    public record CallTotals(int projects, int signed, Won committed, Won paid, Won spent) {

        public static final CallTotals NONE = new CallTotals(0, 0, Won.of(0), Won.of(0), Won.of(0));
    }

    private static final String SIGNED = " p.status in ('IN_PROGRESS', 'SETTLING', 'CLOSED') ";

    private final JdbcClient jdbc;

    ProjectFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every call that has projects → its totals. */
    public Map<Long, CallTotals> byCall() {
        Map<Long, long[]> sums = new HashMap<>();
        jdbc.sql("select p.call_id, sum(case when p.status <> 'GIVEN_UP' then 1 else 0 end), sum(case when" + SIGNED
                + "then 1 else 0 end),"
                + " sum(case when" + SIGNED + "then p.grant_amount else 0 end) from project p group by p.call_id")
                .query(rs -> {
                    sums.put(rs.getLong(1), new long[]{rs.getLong(2), rs.getLong(3), rs.getLong(4), 0, 0});
                });
        jdbc.sql("select p.call_id, sum(pp.amount) from project_payment pp join project p on p.id = pp.project_id"
                + " where" + SIGNED + "group by p.call_id")
                .query(rs -> {
                    sums.get(rs.getLong(1))[3] = rs.getLong(2);
                });
        jdbc.sql("select p.call_id, sum(s.amount) from spending s join project p on p.id = s.project_id"
                + " where" + SIGNED + "group by p.call_id")
                .query(rs -> {
                    sums.get(rs.getLong(1))[4] = rs.getLong(2);
                });
        Map<Long, CallTotals> out = new HashMap<>();
        sums.forEach((call, s) -> out.put(call, new CallTotals((int) s[0], (int) s[1], Won.of(s[2]), Won.of(s[3]),
                Won.of(s[4]))));
        return out;
    }

    /** Each research institute (short name) → the projects it takes part in that are being agreed or carried out. */
    public Map<String, Integer> currentLoad() {
        Map<String, Integer> out = new HashMap<>();
        jdbc.sql("select institutes from project where status in ('AGREEMENT', 'IN_PROGRESS')")
                .query((rs, n) -> rs.getString(1)).list()
                .forEach(joined -> kr.jiwon.shared.TextList.parse(joined).values()
                        .forEach(i -> out.merge(i, 1, Integer::sum)));
        return out;
    }
}
