package kr.jiwon.matching;

import kr.jiwon.applications.InstituteAccess;
import org.springframework.stereotype.Component;

/** An institute holds a request while it is offered to it or once it has accepted it. */
@Component
class OfferedInstituteAccess implements InstituteAccess {

    private final MatchOffers offers;

    OfferedInstituteAccess(MatchOffers offers) {
        this.offers = offers;
    }

    @Override
    public boolean holdsRequest(String instituteShortName, long applicationId) {
        return offers.findByApplicationIdOrderByIdAsc(applicationId).stream()
                .anyMatch(o -> o.institute().equals(instituteShortName)
                        && (o.status() == OfferStatus.OFFERED || o.status() == OfferStatus.ACCEPTED));
    }
}
