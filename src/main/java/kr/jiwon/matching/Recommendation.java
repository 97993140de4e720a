package kr.jiwon.matching;

import java.util.List;

/**
 * One ranked institute with its score and why it fits: {@code why} as Korean sentences (the API's long-standing
 * field), {@code reasons} as kinds with the matched words, for pages to say in the reader's language.
 */
public record Recommendation(String institute, String koreanName, double score, List<Reason> reasons) {

    /** The reasons as Korean sentences: the API's long-standing {@code why} field. */
    @com.fasterxml.jackson.annotation.JsonProperty("why")
    public List<String> why() {
        return reasons.stream().map(Reason::korean).toList();
    }

    /** One reason: its kind and the words, fields, equipment or city behind it. */
    public record Reason(Kind kind, List<String> terms) {

        public enum Kind {

            TERMS("일치한 용어"), FIELDS("분야 일치"), EQUIPMENT("맞는 장비"), SAME_REGION("같은 지역"), REGIONAL_SUPPORT(
                    "지역 지원기관"), HISTORY("비슷한 요청을 맡은 이력"), STANDARD("시험하는 규격·인증"), PART(
                            "다루는 부품"), PROCESS("다루는 공정"), ROLE("요청 유형에 맞는 기관");

            private final String korean;

            Kind(String korean) {
                this.korean = korean;
            }
        }

        /** The reason as the Korean sentence {@code why} holds. */
        public String korean() {
            return terms.isEmpty() ? kind.korean : kind.korean + ": " + String.join(", ", terms);
        }

        public String messageKey() {
            return "why." + kind.name();
        }
    }

    public Recommendation {
        reasons = List.copyOf(reasons);
    }
}
