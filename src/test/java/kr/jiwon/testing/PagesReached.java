package kr.jiwon.testing;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Which of the site's pages and form posts the browser journeys reached, in a test run: every handler a request
 * from headless Chromium (its user agent names Chrome) or a journey's download of a link) arrived at is noted, and when the run ends
 * {@code target/pages-not-reached.txt} lists the site's handlers (not the API's) that none reached — the pages and
 * buttons no journey drives. A report for the team, not an assertion: reading it is how the gaps are found.
 */
@Component
@Profile("test")
class PagesReached implements WebMvcConfigurer, HandlerInterceptor {

    private static final Set<String> REACHED = ConcurrentHashMap.newKeySet();
    private static final Set<String> ALL = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(PagesReached::write, "pages-reached"));
    }

    private final org.springframework.context.ApplicationContext context;

    PagesReached(org.springframework.context.ApplicationContext context) {
        this.context = context; // the handler mapping is looked up when first needed: it is made from this configurer
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (ALL.isEmpty()) {
            context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class).getHandlerMethods()
                    .forEach((info, method) -> {
                        if (method.getBeanType().getPackageName().startsWith("kr.jiwon")
                                && info.getPathPatternsCondition() != null) {
                            info.getPathPatternsCondition().getPatternValues().stream()
                                    .filter(p -> !p.startsWith("/api/"))
                                    .forEach(p -> (info.getMethodsCondition().getMethods().isEmpty()
                                            ? Set.of("GET")
                                            : info.getMethodsCondition().getMethods().stream().map(Enum::name)
                                                    .collect(java.util.stream.Collectors.toSet()))
                                            .forEach(m -> ALL.add(m + " " + p)));
                        }
                    });
        }
        String agent = String.valueOf(request.getHeader("User-Agent"));
        if (handler instanceof HandlerMethod && (agent.contains("Chrome/")
                || "download".equals(request.getHeader("X-Journey")))) {
            Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
            REACHED.add(request.getMethod() + " " + pattern);
        }
        return true;
    }

    private static void write() {
        if (ALL.isEmpty()) {
            return;
        }
        Set<String> missing = new TreeSet<>(ALL);
        missing.removeAll(REACHED);
        try {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "pages-not-reached.txt"), "# " + missing.size() + " of "
                    + ALL.size() + " handlers of the site not reached by a browser journey in this run\n"
                    + String.join("\n", missing) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("pages-not-reached.txt: " + e);
        }
    }
}
