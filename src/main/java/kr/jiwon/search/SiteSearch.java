package kr.jiwon.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import kr.jiwon.institutes.InstituteProfileChanged;
import kr.jiwon.notices.NoticeChanged;
import kr.jiwon.programs.CallChanged;
import kr.jiwon.programs.ProgramChanged;
import org.apache.lucene.search.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * One Korean search over calls, programs, institutes and notices. The index is built from the database when the
 * application is ready and follows every change through the modules' events (after their transaction commits).
 */
@Service
public class SiteSearch implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SiteSearch.class);

    private final SearchIndex index = new SearchIndex();
    private final SearchSources sources;
    private final Clock clock;
    private volatile boolean built;

    private final kr.jiwon.shared.Regions regions;

    SiteSearch(SearchSources sources, Clock clock, kr.jiwon.shared.Regions regions) {
        this.regions = regions;
        this.sources = sources;
        this.clock = clock;
    }

    /** Changes made by other instances are looked for back to here (with an overlap for late commits). */
    private volatile java.time.Instant followedUpTo;

    /** Rebuilds the whole index from the database. */
    @EventListener(ApplicationReadyEvent.class)
    public void rebuild() {
        followedUpTo = clock.instant();
        long start = System.nanoTime();
        List<SearchDocument> docs = sources.all();
        index.replaceAll(docs);
        built = true;
        log.info("Search index built: {} documents in {} ms", docs.size(), (System.nanoTime() - start) / 1_000_000);
    }

    public SearchResult search(SearchQuery q) {
        if (q.q().isEmpty() && !q.hasFilter()) {
            return new SearchResult(q, List.of(), 0, "search.empty");
        }
        Query words = q.q().isEmpty() ? null : index.words(q.q());
        if (!q.q().isEmpty() && words == null) {
            return new SearchResult(q, List.of(), 0, "search.nothingToSearch");
        }
        if (words != null && q.region() == null) {
            // "김해 금형": a company names where it is; calls open to that 시도 or to the whole country fit it too
            java.util.Set<String> sidos = new java.util.TreeSet<>();
            for (String word : q.q().split("[\\s,·]+")) {
                sidos.addAll(regions.sidosNamed(word));
            }
            if (!sidos.isEmpty()) {
                words = index.wordsOrPlace(words, sidos);
            }
        }
        try {
            SearchResult r = index.search(q, words, clock.instant());
            if (r.total() == 0) {
                return new SearchResult(q, List.of(), 0, "search.noResults");
            }
            return q.q().length() > SearchQuery.MAX_LENGTH
                    ? new SearchResult(q, r.hits(), r.total(), "search.truncated")
                    : r;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the index has been built from the database (readiness waits for it). */
    public boolean built() {
        return built;
    }

    public int size() {
        return index.size();
    }

    /**
     * Follows the board's posts changed on any instance (another instance's event never reaches this one): every
     * {@code jiwon.search.follow-interval}, the posts changed since the last look — with a 10-second overlap for
     * transactions that committed late — are indexed again. Indexing a post twice changes nothing.
     */
    @org.springframework.scheduling.annotation.Scheduled(fixedDelayString = "${jiwon.search.follow-interval:PT2S}", initialDelayString = "${jiwon.search.follow-interval:PT2S}")
    void follow() {
        java.time.Instant since = followedUpTo;
        if (!built || since == null) {
            return;
        }
        java.time.Instant now = clock.instant();
        for (long id : sources.noticesChangedSince(since.minusSeconds(10))) {
            on(new NoticeChanged(id));
        }
        followedUpTo = now;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(NoticeChanged e) {
        afterTheFirstBuild(() -> sources.notice(e.noticeId()).ifPresentOrElse(index::upsert,
                () -> index.delete(SearchKind.NOTICE, String.valueOf(e.noticeId()))));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(CallChanged e) {
        afterTheFirstBuild(() -> sources.call(e.callId()).ifPresentOrElse(index::upsert,
                () -> index.delete(SearchKind.CALL, String.valueOf(e.callId()))));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ProgramChanged e) {
        afterTheFirstBuild(() -> index.upsert(sources.program(e.programId())));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(InstituteProfileChanged e) {
        afterTheFirstBuild(() -> index.upsert(sources.institute(e.shortName())));
    }

    /**
     * Indexes a change once the first build has begun: changes made while the platform starts (demo data, imports)
     * are read by that build, so indexing each of them on its own first would be work thrown away.
     */
    private void afterTheFirstBuild(Runnable indexing) {
        if (followedUpTo != null) {
            indexing.run();
        }
    }

    /** Adds documents directly (the benchmark loads generated notices this way). */
    void addAll(List<SearchDocument> docs) {
        index.upsertAll(docs);
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}
