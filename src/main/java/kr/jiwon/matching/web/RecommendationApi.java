package kr.jiwon.matching.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import kr.jiwon.matching.InstituteMatching;
import kr.jiwon.matching.MatchRequest;
import kr.jiwon.matching.Recommendation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Recommended institutes for a bottleneck, with the reasons; public, as the institute directory is. */
@RestController
@Tag(name = "Matching", description = "연구기관 추천")
class RecommendationApi {

    private final InstituteMatching matching;

    RecommendationApi(InstituteMatching matching) {
        this.matching = matching;
    }

    @GetMapping("/api/v1/institutes/recommendations")
    @Operation(summary = "Rank institutes for a bottleneck text (Korean); optional fields, root technologies, region")
    List<Recommendation> recommend(@RequestParam(required = false) String text,
            @RequestParam(defaultValue = "5") int k,
            @RequestParam(required = false) List<String> fields,
            @RequestParam(required = false) List<String> rootTechnologies,
            @RequestParam(required = false) String region) {
        return matching.recommend(new MatchRequest(null, text, fields, rootTechnologies, region), k);
    }
}
