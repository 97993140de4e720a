package kr.jiwon.applications.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/** The application form's field names as people read them ("과제명"), for lists that name what is missing. */
final class FormFieldLabels {

    private FormFieldLabels() {
    }

    /** Field → its label in the reader's language (the field itself when it has none). */
    static Map<String, String> of(Iterable<String> fields, MessageSource messages) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String f : fields) {
            String key = f.equals("ownContribution") ? "edit.ownContributionLabel" : "application." + f;
            labels.put(f, messages.getMessage(key, null, f, LocaleContextHolder.getLocale()));
        }
        return labels;
    }
}
