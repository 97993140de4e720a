package kr.jiwon.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log's tamper evidence and retention (PIPA 접속기록: kept at least a year, two by default, and checked).
 *
 * <p>
 * Entries are appended in the transaction of what they record, so they are not hashed there (a chain needs one writer,
 * and a lock held to every commit would serialise the platform). Instead a sealer links each committed entry, in the
 * order it finds them, into a hash chain: seal n = SHA-256(seal n-1, the entry's content). {@link #verify} walks the
 * chain: an altered entry no longer matches its seal, a deleted entry leaves its seal alone, a deleted seal leaves a
 * gap in the numbers. Two instances may seal at once: the seal number is the primary key, so one of them fails and
 * tries again at its next turn. Entries written since the last sealing (seconds) are not yet covered; an entry inserted
 * behind the platform's back is sealed like any other — the chain proves that nothing sealed changed, not who wrote it.
 */
@Service
public class AuditChain {

    /** The hash before the first seal. */
    static final String GENESIS = "0".repeat(64);
    /** The shortest retention PIPA allows for 접속기록 (and the PostgreSQL trigger's floor). */
    static final Duration MINIMUM_RETENTION = Duration.ofDays(365);
    private static final int BATCH = 500;
    /** How far behind the newest sealed entry a late commit is looked for at each turn (the startup turn looks at all). */
    private static final long LATE_WINDOW = 10_000;

    /** One finding of {@link #verify}: the seal number and what is wrong, as a message key and its arguments. */
    public record Problem(long seq, String messageKey, Object... args) {
    }

    /** What {@link #verify} found: how many seals it checked, the last one, problems, and entries not yet sealed. */
    public record Report(long checked, long headSeq, String headHash, List<Problem> problems, long unsealed) {

        public boolean intact() {
            return problems.isEmpty();
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration retention;
    private volatile boolean sweptAll;

    AuditChain(JdbcClient jdbc, Clock clock, @Value("${jiwon.audit.retention:P730D}") Duration retention) {
        if (retention.compareTo(MINIMUM_RETENTION) < 0) {
            throw new IllegalStateException("jiwon.audit.retention must be at least 365 days (PIPA), not " + retention);
        }
        this.jdbc = jdbc;
        this.clock = clock;
        this.retention = retention;
    }

    /** Seals what was committed since the last turn (every few seconds; at the first turn, every unsealed entry). */
    @Scheduled(initialDelayString = "${jiwon.audit.seal-delay:PT5S}", fixedDelayString = "${jiwon.audit.seal-delay:PT5S}")
    void sealTurn() {
        try {
            seal(!sweptAll);
            sweptAll = true;
        } catch (org.springframework.dao.DataIntegrityViolationException raced) {
            // another instance sealed the same entries first: the next turn continues from its seals
        }
    }

    /** Seals every committed entry not yet sealed (all of them, or only near the end when {@code everything} is false). */
    @Transactional
    public int seal(boolean everything) {
        Head head = head();
        long low = everything ? 0 : Math.max(0, head.maxEventId() - LATE_WINDOW);
        int sealed = 0;
        long seq = head.seq();
        String prev = head.hash();
        while (true) {
            List<Entry> batch = jdbc.sql("select id, at, actor, actor_role, action, target_type, target_id, detail, ip"
                    + " from audit_event e where e.id > ? and not exists (select 1 from audit_seal s"
                    + " where s.event_id = e.id) order by e.id limit " + BATCH)
                    .param(low).query((rs, n) -> entryAt(rs, 1)).list();
            Timestamp now = Timestamp.from(clock.instant());
            for (Entry e : batch) {
                seq++;
                prev = hash(prev, e);
                jdbc.sql("insert into audit_seal (seq, event_id, hash, sealed_at) values (?, ?, ?, ?)")
                        .params(seq, e.id(), prev, now).update();
                sealed++;
                low = e.id();
            }
            if (batch.size() < BATCH) {
                return sealed;
            }
        }
    }

    /** Walks the whole chain from its start (after the latest purge) and reports what does not hold. */
    @Transactional(readOnly = true)
    public Report verify() {
        Head start = start();
        long expected = start.seq() + 1;
        String prev = start.hash();
        List<Problem> problems = new ArrayList<>();
        long checked = 0;
        long after = start.seq();
        while (true) {
            List<Sealed> page = jdbc.sql("select s.seq, s.event_id, s.hash, e.id, e.at, e.actor, e.actor_role,"
                    + " e.action, e.target_type, e.target_id, e.detail, e.ip from audit_seal s"
                    + " left join audit_event e on e.id = s.event_id where s.seq > ? order by s.seq limit 1000")
                    .param(after).query((rs, n) -> new Sealed(rs.getLong(1), rs.getLong(2), rs.getString(3),
                            rs.getObject(4) == null ? null : entryAt(rs, 4)))
                    .list();
            for (Sealed s : page) {
                if (s.seq() != expected) {
                    problems.add(new Problem(expected, "auditChain.gap", expected, s.seq() - 1));
                }
                if (s.entry() == null) {
                    problems.add(new Problem(s.seq(), "auditChain.deleted", s.seq(), s.eventId()));
                } else if (!hash(prev, s.entry()).equals(s.hash())) {
                    problems.add(new Problem(s.seq(), "auditChain.altered", s.seq(), s.eventId()));
                }
                prev = s.hash();
                expected = s.seq() + 1;
                after = s.seq();
                checked++;
            }
            if (page.size() < 1000) {
                break;
            }
        }
        long unsealed = jdbc.sql("select count(*) from audit_event e where not exists (select 1 from audit_seal s"
                + " where s.event_id = e.id)").query(Long.class).single();
        return new Report(checked, after, prev, problems, unsealed);
    }

    /** The hash seal {@code seq} has now, if it exists — to compare with a head recorded elsewhere earlier. */
    @Transactional(readOnly = true)
    public java.util.Optional<String> sealHash(long seq) {
        return jdbc.sql("select hash from audit_seal where seq = ?").param(seq).query(String.class).optional();
    }

    /**
     * Removes the sealed entries older than the retention period, oldest first and only as one run from the chain's
     * start (so the rest still verifies), and records where the chain now starts. Daily; returns how many went.
     */
    @Scheduled(cron = "${jiwon.audit.purge-cron:0 30 3 * * *}", zone = "Asia/Seoul")
    @Transactional
    public int purge() {
        Instant before = clock.instant().minus(retention);
        Head start = start();
        List<long[]> old = new ArrayList<>();
        String lastHash = null;
        for (var row : jdbc.sql("select s.seq, s.event_id, s.hash, e.at from audit_seal s"
                + " left join audit_event e on e.id = s.event_id where s.seq > ? order by s.seq limit 10000")
                .param(start.seq()).query((rs, n) -> new Object[]{rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getTimestamp(4)})
                .list()) {
            Timestamp at = (Timestamp) row[3];
            if (at == null || !at.toInstant().isBefore(before)) {
                break;
            }
            old.add(new long[]{(Long) row[0], (Long) row[1]});
            lastHash = (String) row[2];
        }
        if (old.isEmpty()) {
            return 0;
        }
        long upTo = old.get(old.size() - 1)[0];
        jdbc.sql("insert into audit_purge (up_to_seq, last_hash, purged_before, purged_at, entries)"
                + " values (?, ?, ?, ?, ?)")
                .params(upTo, lastHash, Timestamp.from(before), Timestamp.from(clock.instant()), old.size()).update();
        jdbc.sql("delete from audit_event where id in (select event_id from audit_seal where seq > ? and seq <= ?)")
                .params(start.seq(), upTo).update();
        jdbc.sql("delete from audit_seal where seq > ? and seq <= ?").params(start.seq(), upTo).update();
        return old.size();
    }

    private record Head(long seq, String hash, long maxEventId) {
    }

    private record Entry(long id, Instant at, String actor, String actorRole, String action, String targetType,
            String targetId, String detail, String ip) {
    }

    private record Sealed(long seq, long eventId, String hash, Entry entry) {
    }

    /** The newest seal (or the chain's start when nothing is sealed since the latest purge). */
    private Head head() {
        Head start = start();
        return jdbc.sql("select seq, hash, (select max(event_id) from audit_seal) from audit_seal"
                + " where seq = (select max(seq) from audit_seal)")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2), rs.getLong(3))).optional()
                .orElse(start);
    }

    /** Where the chain starts: after the latest purge, or at the beginning. */
    private Head start() {
        return jdbc.sql("select up_to_seq, last_hash from audit_purge order by up_to_seq desc limit 1")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2), 0)).optional()
                .orElse(new Head(0, GENESIS, 0));
    }

    /** An entry from nine columns starting at {@code first}: id, at, actor, role, action, type, id, detail, ip. */
    private static Entry entryAt(ResultSet rs, int first) throws SQLException {
        return new Entry(rs.getLong(first), rs.getTimestamp(first + 1).toInstant(), rs.getString(first + 2),
                rs.getString(first + 3), rs.getString(first + 4), rs.getString(first + 5), rs.getString(first + 6),
                rs.getString(first + 7), rs.getString(first + 8));
    }

    static String hash(String prev, Entry e) {
        StringBuilder content = new StringBuilder(prev);
        for (Object field : new Object[]{e.id(), micros(e.at()), e.actor(), e.actorRole(), e.action(), e.targetType(),
                e.targetId(), e.detail(), e.ip()}) {
            // length-prefixed, so no two different entries read the same; null differs from ""
            String s = field == null ? null : String.valueOf(field);
            content.append('|').append(s == null ? -1 : s.length()).append(':').append(s == null ? "" : s);
        }
        return kr.jiwon.shared.Sha256.hex(content.toString());
    }

    private static long micros(Instant at) {
        return at.getEpochSecond() * 1_000_000 + at.getNano() / 1_000;
    }
}
