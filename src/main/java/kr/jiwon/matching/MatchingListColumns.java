package kr.jiwon.matching;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import kr.jiwon.applications.ApplicationListColumns;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Matching's columns in the officer's application list: the institutes that took the request on, and every request
 * passed with where it stands (e.g. "KIMS 거절 → KITECH 수락").
 */
@Component
class MatchingListColumns implements ApplicationListColumns {

    private final InstituteRequests requests;
    private final MessageSource messages;

    MatchingListColumns(InstituteRequests requests, MessageSource messages) {
        this.requests = requests;
        this.messages = messages;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public List<String> headers() {
        return List.of("수행 연구기관", "연구기관 요청 경과");
    }

    @Override
    public Map<Long, List<Object>> cells(long callId) {
        Map<Long, List<MatchOffer>> byApplication = new LinkedHashMap<>();
        requests.queue(callId).forEach(o -> byApplication.computeIfAbsent(o.applicationId(),
                k -> new java.util.ArrayList<>()).add(o));
        Map<Long, List<Object>> out = new LinkedHashMap<>();
        byApplication.forEach((id, offers) -> out.put(id, List.of(
                offers.stream().filter(o -> o.status() == OfferStatus.ACCEPTED).map(MatchOffer::institute)
                        .collect(Collectors.joining(", ")),
                offers.stream().map(o -> o.institute() + " " + messages.getMessage("offerStatus." + o.status().name(),
                        null, o.status().name(), Locale.KOREAN)).collect(Collectors.joining(" → ")))));
        return out;
    }
}
