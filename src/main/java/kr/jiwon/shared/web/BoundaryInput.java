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
 * one is expected (1.5 months was truncated to 1); and a request body larger than any form or JSON document needs.
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

    /**
     * A request body that is not a file upload (JSON, a form) is at most {@code jiwon.http.max-body} (1 MB): a larger
     * declared length is answered 413 at once, and a body sent without a length is cut off there (413 too, see
     * ApiProblems). Uploads have their own limits (multipart, per file and per application).
     */
    @Bean
    OncePerRequestFilter boundaryBodySize(
            @org.springframework.beans.factory.annotation.Value("${jiwon.http.max-body:1MB}") org.springframework.util.unit.DataSize max,
            org.springframework.context.MessageSource messages,
            org.springframework.web.servlet.LocaleResolver locales) {
        long limit = max.toBytes();
        String shown = max.toMegabytes() >= 1 ? max.toMegabytes() + "MB" : max.toKilobytes() + "KB";
        return new OncePerRequestFilter() {

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws ServletException, IOException {
                String type = request.getContentType();
                if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
                    chain.doFilter(request, response);
                    return;
                }
                if (request.getContentLengthLong() > limit) {
                    java.util.Locale locale = locales.resolveLocale(request);
                    Problems.write(response, 413, messages.getMessage("problem.tooLarge.title", null, locale),
                            messages.getMessage("problem.tooLarge.detail", new Object[]{shown}, locale));
                    return;
                }
                chain.doFilter(new jakarta.servlet.http.HttpServletRequestWrapper(request) {

                    @Override
                    public jakarta.servlet.ServletInputStream getInputStream() throws IOException {
                        return new Capped(super.getInputStream(), limit);
                    }
                }, response);
            }
        };
    }

    /** The body beyond the limit: read as an error, answered 413. */
    static final class BodyTooLarge extends IOException {

        BodyTooLarge() {
            super("request body too large");
        }
    }

    /** A request body that stops at the limit. */
    private static final class Capped extends jakarta.servlet.ServletInputStream {

        private final jakarta.servlet.ServletInputStream in;
        private final long limit;
        private long read;

        Capped(jakarta.servlet.ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0 && ++read > limit) {
                throw new BodyTooLarge();
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = in.read(buf, off, len);
            if (n > 0 && (read += n) > limit) {
                throw new BodyTooLarge();
            }
            return n;
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(jakarta.servlet.ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
