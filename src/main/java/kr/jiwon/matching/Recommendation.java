package kr.jiwon.matching;

import java.util.List;

/** One ranked institute with its score and the reasons, in Korean, why it fits. */
public record Recommendation(String institute, String koreanName, double score, List<String> why) {
}
