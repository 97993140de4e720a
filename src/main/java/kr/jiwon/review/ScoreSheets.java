package kr.jiwon.review;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface ScoreSheets extends ListCrudRepository<ScoreSheet, Long> {

    Optional<ScoreSheet> findByApplicationIdAndReviewerIdAndRound(long applicationId, long reviewerId,
            ScoreSheet.Round round);

    List<ScoreSheet> findByCallId(Long callId);

    long countByCallIdAndStatus(long callId, ScoreSheet.Status status);

    List<ScoreSheet> findByCallIdAndRoundOrderByApplicationIdAscReviewerIdAsc(long callId, ScoreSheet.Round round);

    List<ScoreSheet> findByApplicationIdAndRoundOrderByReviewerIdAsc(long applicationId, ScoreSheet.Round round);
}
