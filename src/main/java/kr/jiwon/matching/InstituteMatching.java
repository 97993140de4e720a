package kr.jiwon.matching;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import kr.jiwon.institutes.InstituteManagement;
import kr.jiwon.shared.Regions;
import kr.jiwon.shared.Violations;
import org.springframework.stereotype.Service;

/**
 * Recommendations for the application form, the officer's view and the API, from the live institute directory.
 * The ranking index is built on first use and rebuilt when {@link #refresh()} is called (after profile edits).
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
    private volatile boolean decisionsStale = true;
    /** The analysed words of the decided requests' texts (touched only while holding {@code recommender}). */
    private java.util.Map<String, java.util.Set<String>> termsOfText = java.util.Map.of();

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

    /** Rebuilds the index from the directory and the decisions as they are now. */
    public void refresh() {
        invalidate();
        recommender();
    }

    /**
     * Accepts and officers' choices pull an institute towards similar requests; declines and withdrawals away. Read
     * in two statements (the decided offers, then their applications' texts); a text is analysed once and kept while
     * a decision still refers to it.
     */
    private Decisions decisions() {
        List<MatchOffer> decided = offers.decided();
        java.util.Map<Long, String> texts = applications.matchingTexts(
                decided.stream().map(MatchOffer::applicationId).collect(java.util.stream.Collectors.toSet()));
        java.util.List<Decisions.Decision> list = new java.util.ArrayList<>();
        for (MatchOffer o : decided) {
            String text = texts.get(o.applicationId());
            if (text != null) {
                list.add(new Decisions.Decision(text, o.institute(), o.status() == OfferStatus.ACCEPTED));
            }
        }
        java.util.Map<String, java.util.Set<String>> kept = new java.util.HashMap<>();
        Decisions made = new Decisions(list, text -> kept.computeIfAbsent(text, t -> termsOfText.containsKey(t)
                ? termsOfText.get(t)
                : Decisions.terms(t)));
        termsOfText = kept;
        return made;
    }

    /** Drops the index; the next recommendation rebuilds it (cheap to call many times, e.g. during an import). */
    public void invalidate() {
        indexStale = true;
    }

    /**
     * An offer was accepted, declined or withdrawn: the next recommendation reads the decisions again, once the
     * change has committed (before, it could not see it), and keeps the index.
     */
    void decisionsChanged() {
        kr.jiwon.shared.AfterCommit.run(() -> decisionsStale = true);
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
        if (r != null && !indexStale && !decisionsStale) {
            return r;
        }
        synchronized (recommender) {
            r = recommender.get();
            if (r == null || indexStale) {
                indexStale = false;
                decisionsStale = true;
                r = new Recommender(InstituteProfiles.from(institutes.all()), regions, Decisions.NONE);
            }
            if (decisionsStale) {
                decisionsStale = false;
                r = r.withDecisions(decisions());
            }
            recommender.set(r);
            return r;
        }
    }

}
