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
        recommender.set(new Recommender(InstituteProfiles.from(institutes.all()), regions, decisions()));
    }

    /** Accepts and officers' choices pull an institute towards similar requests; declines and withdrawals away. */
    private Decisions decisions() {
        java.util.List<Decisions.Decision> list = new java.util.ArrayList<>();
        for (MatchOffer o : offers.findAll()) {
            boolean taken = o.status() == OfferStatus.ACCEPTED;
            boolean refused = o.status() == OfferStatus.DECLINED || o.status() == OfferStatus.WITHDRAWN;
            if (taken || refused) {
                var a = applications.forMatching(o.applicationId());
                list.add(new Decisions.Decision(a.title() + " " + a.bottleneck(), o.institute(), taken));
            }
        }
        return new Decisions(list);
    }

    /** Drops the index; the next recommendation rebuilds it (cheap to call many times, e.g. during an import). */
    public void invalidate() {
        recommender.set(null);
    }

    @org.springframework.context.event.EventListener
    void on(kr.jiwon.institutes.InstituteProfileChanged event) {
        invalidate();
    }

    /** The index, built once by one thread when it is missing (the others wait for it rather than build their own). */
    private Recommender recommender() {
        Recommender r = recommender.get();
        if (r != null) {
            return r;
        }
        synchronized (recommender) {
            r = recommender.get();
            if (r == null) {
                r = new Recommender(InstituteProfiles.from(institutes.all()), regions, decisions());
                recommender.compareAndSet(null, r);
            }
            return r;
        }
    }

}
