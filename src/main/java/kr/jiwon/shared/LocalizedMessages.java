package kr.jiwon.shared;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The messages (messages.properties, messages_en.properties) with arguments written in the reader's language: a
 * {@link Won} given to a message is 5,000만원 in Korean and KRW 50 million in English, a {@link CompanySize} its name,
 * a list each of its items — so code passes the value, never a string formatted for one language.
 */
@Configuration(proxyBeanMethods = false)
class LocalizedMessages {

    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource() {

            @Override
            protected Object[] resolveArguments(Object[] args, Locale locale) {
                Object[] resolved = super.resolveArguments(args, locale);
                for (int i = 0; i < resolved.length; i++) {
                    resolved[i] = localized(resolved[i], locale);
                }
                return resolved;
            }

            private Object localized(Object arg, Locale locale) {
                if (arg instanceof Won won) {
                    return "en".equals(locale.getLanguage()) ? won.english() : won.korean();
                }
                if (arg instanceof CompanySize size) {
                    return getMessage(size.messageKey(), null, size.name(), locale);
                }
                if (arg instanceof java.util.Collection<?> list) {
                    return String.join(", ", list.stream().map(x -> String.valueOf(localized(x, locale))).toList());
                }
                return arg;
            }
        };
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
