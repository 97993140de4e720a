package kr.jiwon.selection;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kr.jiwon.applications.ApplicationListColumns;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The selection's columns in the officer's application list: the current decision, its amount and its reason. */
@Component
class SelectionListColumns implements ApplicationListColumns {

    private final SelectionResults results;
    private final MessageSource messages;

    SelectionListColumns(SelectionResults results, MessageSource messages) {
        this.results = results;
        this.messages = messages;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<String> headers() {
        return List.of("선정 결과", "지원 금액(원)", "선정 사유");
    }

    @Override
    public Map<Long, List<Object>> cells(long callId) {
        Map<Long, List<Object>> out = new HashMap<>();
        results.result(callId).ifPresent(r -> r.decisions().forEach(d -> out.put(d.applicationId(),
                java.util.Arrays.asList(d.selected() ? "선정" : "미선정", d.amount() == null ? null : d.amount().amount(),
                        d.reasonKey() == null
                                ? null
                                : messages.getMessage(d.reasonKey(), d.reasonArgs(), d.reasonKey(), Locale.KOREAN)))));
        return out;
    }
}
