package kr.jiwon.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/** Rejected fields as the pages show them: field name → messages in the user's language, in input order. */
public final class FieldMessages {

    private FieldMessages() {
    }

    public static Map<String, List<String>> byField(List<FieldViolation> violations, MessageSource messages) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (FieldViolation v : violations) {
            out.computeIfAbsent(v.field() == null ? "form" : v.field(), k -> new ArrayList<>())
                    .add(messages.getMessage(v.messageKey(), v.args(), v.messageKey(),
                            LocaleContextHolder.getLocale()));
        }
        return out;
    }
}
