package kr.jiwon.matching;

import java.time.Instant;
import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface MatchOffers extends ListCrudRepository<MatchOffer, Long> {

    /** Read at every hand-off and on application pages: written SQL, not a derived query rendered at each call. */
    @org.springframework.data.jdbc.repository.query.Query("select * from match_offer where application_id = :applicationId order by id")
    List<MatchOffer> findByApplicationIdOrderByIdAsc(Long applicationId);

    /** The offers an institute or an officer decided (accepted, declined, withdrawn): what the recommender learns from. */
    @org.springframework.data.jdbc.repository.query.Query("select * from match_offer where status in ('ACCEPTED', 'DECLINED', 'WITHDRAWN') order by id")
    List<MatchOffer> decided();

    /** Every offer of these applications (the ones whose decisions changed). */
    @org.springframework.data.jdbc.repository.query.Query("select * from match_offer where application_id in (:applicationIds) order by id")
    List<MatchOffer> ofApplications(java.util.Collection<Long> applicationIds);

    List<MatchOffer> findByInstituteOrderByIdDesc(String institute);

    List<MatchOffer> findByCallIdOrderByIdAsc(Long callId);

    List<MatchOffer> findByStatusAndRespondByBefore(OfferStatus status, Instant before);
}
