package kr.jiwon.matching;

import java.time.Instant;
import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface MatchOffers extends ListCrudRepository<MatchOffer, Long> {

    List<MatchOffer> findByApplicationIdOrderByIdAsc(Long applicationId);

    List<MatchOffer> findByInstituteOrderByIdDesc(String institute);

    List<MatchOffer> findByCallIdOrderByIdAsc(Long callId);

    List<MatchOffer> findByStatusAndRespondByBefore(OfferStatus status, Instant before);
}
