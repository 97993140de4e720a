package kr.jiwon.matching;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import kr.jiwon.institutes.InstituteManagement;
import kr.jiwon.shared.Regions;
import kr.jiwon.shared.Violations;
import org.springframework.stereotype.Service;

/**
 * Recommendations for the application form, the officer's view and the API, from the live institute directory.
 * The ranking index is built on first use and rebuilt after an institute's profile changes; the decisions it learns
 * from are read once and then kept up to date one application at a time.
 */
@Service
public class InstituteMatching {

    static final int MAX_TEXT = 5_000;

    private final InstituteManagement institutes;
    private final Regions regions;
    private final MatchOffers offers;
    private final kr.jiwon.applications.ApplicationManagement applications;
    private final AtomicReference<Recommender> recommender = new AtomicReference<>();
    private volatile boolean indexStale = true;
    /** The applications whose offers were decided since the decisions were last read (committed changes only). */
    private final java.util.Set<Long> changed = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /**
     * Every decided offer by its id, with its request's analysed words; null until first read (touched only while
     * holding {@code recommender}).
     */
    private java.util.Map<Long, Decisions.Learned> decided;

    InstituteMatching(InstituteManagement institutes, Regions regions, MatchOffers offers,
            kr.jiwon.applications.ApplicationManagement applications) {
        this.institutes = institutes;
        this.regions = regions;
        this.offers = offers;
        this.applications = applications;
    }

    public List<Recommendation> recommend(MatchRequest request, int k) {
        new Violations()
                .check(request.text() != null && !request.text().isBlank(), "text", "field.required")
                .check(request.text() == null || request.text().length() <= MAX_TEXT, "text", "field.tooLong", MAX_TEXT)
                .check(k >= 1 && k <= 50, "k", "matching.k")
                .check(request.region() == null || regions.isKnown(request.region()), "region", "region.unknown",
                        request.region())
                .throwIfAny();
        return recommender().recommend(request, k);
    }

    /**
     * Accepts and officers' choices pull an institute towards similar requests; declines and withdrawals away. All
     * decided offers are read once (two statements: the offers, then their applications' texts); after that only
     * the offers of the applications decided since, so the reading does not grow with every decision ever made.
     * A request's words are those of its text when its offer was decided.
     */
    private Decisions decisions(java.util.Set<Long> since) {
        if (decided == null) {
            decided = new java.util.HashMap<>();
            learn(offers.decided());
        } else if (!since.isEmpty()) {
            List<MatchOffer> now = offers.ofApplications(since);
            now.forEach(o -> decided.remove(o.id()));
            learn(now.stream().filter(o -> o.status().isDecided()).toList());
        }
        return new Decisions(decided.values());
    }

    private void learn(List<MatchOffer> offers) {
        java.util.Map<Long, String> texts = applications.matchingTexts(
                offers.stream().map(MatchOffer::applicationId).collect(java.util.stream.Collectors.toSet()));
        java.util.Map<Long, java.util.Set<String>> terms = new java.util.HashMap<>();
        for (MatchOffer o : offers) {
            String text = texts.get(o.applicationId());
            if (text != null) {
                decided.put(o.id(), new Decisions.Learned(o.institute(), o.status() == OfferStatus.ACCEPTED,
                        terms.computeIfAbsent(o.applicationId(), id -> Decisions.terms(text))));
            }
        }
    }

    /** Drops the index; the next recommendation rebuilds it (cheap to call many times, e.g. during an import). */
    public void invalidate() {
        indexStale = true;
    }

    /**
     * Offers of these applications were accepted, declined or withdrawn: the next recommendation reads their offers
     * again, once the change has committed (before, it could not see it), and keeps the index.
     */
    void decisionsChanged(java.util.Collection<Long> applicationIds) {
        List<Long> ids = List.copyOf(applicationIds);
        kr.jiwon.shared.AfterCommit.run(() -> changed.addAll(ids));
    }

    @org.springframework.context.event.EventListener
    void on(kr.jiwon.institutes.InstituteProfileChanged event) {
        invalidate();
    }

    /**
     * The index with the decisions, built by one thread when missing or stale (the others wait for it rather than
     * build their own). A flag is cleared before what it asks for is read, so a change made meanwhile is not lost.
     */
    private Recommender recommender() {
        Recommender r = recommender.get();
        if (r != null && !indexStale && changed.isEmpty()) {
            return r;
        }
        synchronized (recommender) {
            r = recommender.get();
            java.util.Set<Long> since = java.util.Set.copyOf(changed);
            changed.removeAll(since);
            if (r == null || indexStale) {
                indexStale = false;
                r = new Recommender(InstituteProfiles.from(institutes.all()), regions, decisions(since));
            } else if (!since.isEmpty()) {
                r = r.withDecisions(decisions(since));
            }
            recommender.set(r);
            return r;
        }
    }

}
