package kr.jiwon.review;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.jiwon.applications.ApplicationListColumns;
import org.springframework.stereotype.Component;

/** The review's columns in the officer's application list: the aggregated score, the 가점 and the sheets in. */
@Component
class ReviewListColumns implements ApplicationListColumns {

    private final ScoreAggregation scores;

    ReviewListColumns(ScoreAggregation scores) {
        this.scores = scores;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<String> headers() {
        return List.of("심사 점수", "가점", "가점 사유", "총점", "제출된 심사표");
    }

    @Override
    public Map<Long, List<Object>> cells(long callId) {
        Map<Long, List<Object>> out = new HashMap<>();
        scores.scores(callId).forEach((id, s) -> out.put(id, java.util.Arrays.asList(s.reviewScore(), s.bonus(),
                String.join(", ", s.bonusRules()), s.total(), s.submitted() + "/" + s.assigned())));
        return out;
    }
}
