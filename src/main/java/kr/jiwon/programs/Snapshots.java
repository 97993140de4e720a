package kr.jiwon.programs;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Aggregates that are read on every submission and hand-off but change a few times in their life (a call, its
 * program), kept in memory while their stored version is the one kept: a read costs one indexed look-up of the
 * version instead of the aggregate's three to five queries and its mapping, and is never staler than the
 * database, whichever instance changed it. What a transaction loaded is kept only once that transaction has
 * committed, so a change that rolls back never lingers. What it hands out must not be changed: the aggregates'
 * changing methods are package-private and used on freshly loaded copies only.
 */
final class Snapshots<T> {

    private static final int MAX = 10_000;

    private final ConcurrentHashMap<Long, T> byId = new ConcurrentHashMap<>();
    private final JdbcTemplate jdbc;
    private final String versionQuery;
    private final ToLongFunction<T> version;

    /** {@code versionQuery} selects the version column of the row with the given id. */
    Snapshots(JdbcTemplate jdbc, String versionQuery, ToLongFunction<T> version) {
        this.jdbc = jdbc;
        this.versionQuery = versionQuery;
        this.version = version;
    }

    /** The aggregate as stored now: the kept one if its version is still the stored one, otherwise loaded. */
    Optional<T> get(long id, LongFunction<Optional<T>> load) {
        Long stored = jdbc.query(versionQuery, rs -> rs.next() ? rs.getLong(1) : null, id);
        if (stored == null) {
            byId.remove(id);
            return Optional.empty();
        }
        T kept = byId.get(id);
        if (kept != null && version.applyAsLong(kept) == stored) {
            return Optional.of(kept);
        }
        Optional<T> fresh = load.apply(id);
        fresh.ifPresent(t -> keep(id, t));
        return fresh;
    }

    private void keep(long id, T t) {
        kr.jiwon.shared.AfterCommit.run(() -> put(id, t));
    }

    private void put(long id, T t) {
        if (byId.size() >= MAX) {
            byId.clear();
        }
        byId.merge(id, t, (old, now) -> version.applyAsLong(now) >= version.applyAsLong(old) ? now : old);
    }
}
