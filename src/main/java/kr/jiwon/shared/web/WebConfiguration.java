package kr.jiwon.shared.web;

import java.time.Clock;
import java.util.Locale;
import kr.jiwon.shared.SeoulTime;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Korean first: the UI and messages are Korean unless the user picks English with {@code ?lang=en} (kept in a
 * cookie), or an API client asks for it with {@code Accept-Language: en}. The server clock is Seoul's.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final org.springframework.beans.factory.ObjectProvider<kr.jiwon.shared.CurrentUsers> users;

    WebConfiguration(org.springframework.beans.factory.ObjectProvider<kr.jiwon.shared.CurrentUsers> users) {
        this.users = users;
    }

    /** Handlers get who is asking as parameters ({@link WhoIsAsking}). */
    @Override
    public void addArgumentResolvers(
            java.util.List<org.springframework.web.method.support.HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new WhoIsAsking(username -> users.getObject().byUsername(username)));
    }

    /** Seoul's clock; in the demo one the demo data may set back while writing its history at first start. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock(@org.springframework.beans.factory.annotation.Value("${jiwon.demo.enabled:false}") boolean demo) {
        return demo ? new kr.jiwon.shared.HistoryClock() : Clock.system(SeoulTime.ZONE);
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("jiwon-lang");
        resolver.setDefaultLocaleFunction(request -> {
            // Pages are Korean unless ?lang=en was chosen; API clients may ask for English by header.
            boolean api = request.getRequestURI().startsWith("/api/");
            if (api && request.getHeader("Accept-Language") != null
                    && request.getLocale().getLanguage().equals("en")) {
                return Locale.ENGLISH;
            }
            return Locale.KOREAN;
        });
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }
}
