package kr.jiwon.review;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface ScoreSheets extends ListCrudRepository<ScoreSheet, Long> {

    Optional<ScoreSheet> findByApplicationIdAndReviewerId(long applicationId, long reviewerId);

    List<ScoreSheet> findByCallIdOrderByApplicationIdAscReviewerIdAsc(long callId);
}
