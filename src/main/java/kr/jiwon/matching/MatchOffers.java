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

    /** Offers awaiting an answer, due before the time, whose institute has not been reminded yet. */
    @org.springframework.data.jdbc.repository.query.Query("select * from match_offer where status = 'OFFERED' and respond_by < :before and reminded_at is null order by id")
    List<MatchOffer> unremindedDueBefore(Instant before);

    List<MatchOffer> findByInstituteOrderByIdDesc(String institute);

    List<MatchOffer> findByCallIdOrderByIdAsc(Long callId);

    List<MatchOffer> findByStatusAndRespondByBefore(OfferStatus status, Instant before);
}
