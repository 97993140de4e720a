package kr.jiwon.matching;

import java.util.List;

/** A bottleneck to match: the company's own words, optionally its fields, 뿌리기술 and region (시도 or 시군구 code). */
public record MatchRequest(String id, String text, List<String> fields, List<String> rootTechnologies, String region) {

    public MatchRequest {
        fields = fields == null ? List.of() : List.copyOf(fields);
        rootTechnologies = rootTechnologies == null ? List.of() : List.copyOf(rootTechnologies);
    }

    public static MatchRequest of(String text) {
        return new MatchRequest(null, text, null, null, null);
    }
}
