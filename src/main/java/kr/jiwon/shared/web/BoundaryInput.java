package kr.jiwon.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import kr.jiwon.shared.InvalidValueException;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Input that does not belong is refused where it enters (ASVS V5.1): text with control characters (NUL and the other
 * C0/C1 controls; line breaks and tabs are text) — H2 would store it and PostgreSQL refuses it with an error — in
 * JSON (problem+json naming the field) and in form or query parameters (400); and a fractional number where a whole
 * one is expected (1.5 months was truncated to 1).
 */
@Configuration(proxyBeanMethods = false)
class BoundaryInput {

    static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]");

    @Bean
    JsonMapperBuilderCustomizer boundaryInputJson() {
        return builder -> builder.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .addModule(new SimpleModule("boundary-input").addDeserializer(String.class, new PlainText()));
    }

    /** Strings as Jackson reads them, refused when they hold a control character. */
    static final class PlainText extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String s = super.deserialize(p, ctxt);
            if (s != null && CONTROL.matcher(s).find()) {
                throw new InvalidValueException("text.controlCharacter");
            }
            return s;
        }
    }

    @Bean
    OncePerRequestFilter boundaryInputParameters() {
        return new OncePerRequestFilter() {

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws ServletException, IOException {
                boolean bad = request.getParameterMap().entrySet().stream()
                        .anyMatch(e -> CONTROL.matcher(e.getKey()).find()
                                || java.util.Arrays.stream(e.getValue()).anyMatch(v -> CONTROL.matcher(v).find()));
                if (bad) {
                    response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                    return;
                }
                chain.doFilter(request, response);
            }
        };
    }
}
