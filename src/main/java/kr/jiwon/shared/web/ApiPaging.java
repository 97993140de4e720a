package kr.jiwon.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Every list the JSON API answers can be paged the same way, and every read carries an ETag: {@code ?page=0&pageSize=50}
 * (page from 0, pageSize 1–500) slices the list; the answer always says {@code X-Total-Count} and, when paged, gives
 * {@code Link} relations first, prev, next and last (RFC 8288). Without the parameters the whole list comes as
 * before. A GET's ETag is the hash of its body unless the handler set one from a version (RFC 9110: a matching
 * {@code If-None-Match} gets 304).
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiPaging implements ResponseBodyAdvice<Object> {

    static final int MAX_SIZE = 500;

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
            ServerHttpResponse response) {
        if (!(body instanceof List<?> list) || !(request instanceof ServletServerHttpRequest servlet)
                || !servlet.getServletRequest().getRequestURI().startsWith("/api/")) {
            return body;
        }
        HttpServletRequest http = servlet.getServletRequest();
        response.getHeaders().set("X-Total-Count", String.valueOf(list.size()));
        String pageParam = http.getParameter("page");
        String sizeParam = http.getParameter("pageSize");
        if (pageParam == null && sizeParam == null) {
            return body;
        }
        int page = pageParam == null ? 0 : Integer.parseInt(pageParam);
        int size = sizeParam == null ? 50 : Integer.parseInt(sizeParam);
        int last = Math.max(0, (list.size() - 1) / size);
        UriComponentsBuilder self = UriComponentsBuilder.fromUri(request.getURI());
        StringBuilder links = new StringBuilder();
        link(links, self, 0, size, "first");
        if (page > 0) {
            link(links, self, Math.min(page - 1, last), size, "prev");
        }
        if (page < last) {
            link(links, self, page + 1, size, "next");
        }
        link(links, self, last, size, "last");
        response.getHeaders().set("Link", links.toString());
        int from = (int) Math.min((long) page * size, list.size());
        return List.copyOf(list.subList(from, Math.min(list.size(), from + size)));
    }

    private static void link(StringBuilder links, UriComponentsBuilder self, int page, int size, String rel) {
        if (!links.isEmpty()) {
            links.append(", ");
        }
        String uri = self.cloneBuilder().replaceQueryParam("page", page).replaceQueryParam("pageSize", size)
                .build().toUriString();
        links.append('<').append(uri.replaceFirst("^https?://[^/]+", "")).append(">; rel=\"").append(rel)
                .append('"');
    }

    /** Refuses a malformed page or size before any handler runs, as problem+json naming the parameter. */
    static class Parameters extends OncePerRequestFilter {

        private final org.springframework.context.MessageSource messages;

        Parameters(org.springframework.context.MessageSource messages) {
            this.messages = messages;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !"GET".equals(request.getMethod()) || !request.getRequestURI().startsWith("/api/")
                    || request.getRequestURI().startsWith("/api/v1/search");
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String page = request.getParameter("page");
            String size = request.getParameter("pageSize");
            if (page != null && !page.matches("\\d{1,6}")) {
                Problems.write(response, 400, text(request, "problem.invalidInput.title"),
                        text(request, "paging.page.invalid"));
                return;
            }
            if (size != null && (!size.matches("\\d{1,3}") || Integer.parseInt(size) < 1
                    || Integer.parseInt(size) > MAX_SIZE)) {
                Problems.write(response, 400, text(request, "problem.invalidInput.title"),
                        text(request, "paging.size.invalid", MAX_SIZE));
                return;
            }
            chain.doFilter(request, response);
        }

        private String text(HttpServletRequest request, String key, Object... args) {
            java.util.Locale locale = "en".equals(request.getParameter("lang"))
                    || request.getLocale().getLanguage().equals("en")
                            ? java.util.Locale.ENGLISH
                            : java.util.Locale.KOREAN;
            return messages.getMessage(key, args, key, locale);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Filters {

        @Bean
        FilterRegistrationBean<Parameters> apiPagingParameters(org.springframework.context.MessageSource messages) {
            FilterRegistrationBean<Parameters> r = new FilterRegistrationBean<>(new Parameters(messages));
            r.addUrlPatterns("/api/*");
            return r;
        }

        @Bean
        FilterRegistrationBean<ShallowEtagHeaderFilter> apiEtags() {
            FilterRegistrationBean<ShallowEtagHeaderFilter> r = new FilterRegistrationBean<>(
                    new ShallowEtagHeaderFilter());
            r.addUrlPatterns("/api/*");
            return r;
        }
    }
}
