package kr.jiwon.matching;

import java.util.List;
import kr.jiwon.programs.InstituteAdvice;
import org.springframework.stereotype.Component;

/** The finder's institute advice, from the same recommender that routes requests to institutes. */
@Component
class FinderAdvice implements InstituteAdvice {

    private final InstituteMatching matching;

    FinderAdvice(InstituteMatching matching) {
        this.matching = matching;
    }

    @Override
    public List<Advice> institutesFor(String bottleneck, List<String> fields, String regionCode, int k) {
        if (bottleneck == null || bottleneck.isBlank()) {
            return List.of();
        }
        return matching.recommend(new MatchRequest(null, bottleneck, fields, List.of(), regionCode), k).stream()
                .map(r -> new Advice(r.institute(), r.koreanName(), r.reasons().stream()
                        .map(x -> new Reason(x.messageKey(), x.terms())).toList()))
                .toList();
    }
}
