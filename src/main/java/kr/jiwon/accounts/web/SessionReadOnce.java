package kr.jiwon.accounts.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.RuntimeBeanReference;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.GenericBeanDefinition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.MapSession;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Spring Session reads a signed-in request's session from the store twice: when the request first asks for it, and
 * again right after writing it back (every request writes it: the last access time changes), only to learn whether
 * the id the browser sent still names a session and so whether to send a new cookie (spring-session#1731 and #1424,
 * both open upstream). That second read is a statement on every signed-in request.
 *
 * <p>The session filter is given this repository around the JDBC one (only the filter: the concurrent-session
 * registry and the clean-up use the JDBC repository itself). It answers the one look-up that follows the saving of a
 * session, in the same request and for the same id, with a stand-in for the session it has just written: its id and
 * times, no attributes (the filter only asks whether it exists and sets its access time, which changes nothing
 * stored). Any other look-up reads the store. What it remembers lives for one dispatch of one request on one thread: the look-up that follows takes it,
 * and the filter around the session filter forgets it at both ends of the dispatch.
 */
final class SessionReadOnce implements SessionRepository<Session> {

    private static final ThreadLocal<Session> JUST_SAVED = new ThreadLocal<>();

    private final SessionRepository<Session> store;

    @SuppressWarnings("unchecked")
    SessionReadOnce(SessionRepository<? extends Session> store) {
        this.store = (SessionRepository<Session>) store;
    }

    @Override
    public Session createSession() {
        return store.createSession();
    }

    @Override
    public void save(Session session) {
        store.save(session);
        MapSession written = new MapSession(session.getId());
        written.setCreationTime(session.getCreationTime());
        written.setLastAccessedTime(session.getLastAccessedTime());
        written.setMaxInactiveInterval(session.getMaxInactiveInterval());
        JUST_SAVED.set(written);
    }

    @Override
    public Session findById(String id) {
        Session saved = JUST_SAVED.get();
        JUST_SAVED.remove();
        return saved != null && saved.getId().equals(id) && !saved.isExpired() ? saved : store.findById(id);
    }

    @Override
    public void deleteById(String id) {
        JUST_SAVED.remove();
        store.deleteById(id);
    }

    /** Forgets what was saved on this thread; the scope filter calls it at both ends of every dispatch. */
    static void forget() {
        JUST_SAVED.remove();
    }

    /** Wraps the session filter so that nothing remembered outlives the dispatch it was saved in. */
    static final class Scope implements Filter {

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            forget();
            try {
                chain.doFilter(request, response);
            } finally {
                forget();
            }
        }
    }

    /**
     * Gives the session filter this repository around the JDBC one. Spring Boot makes the JDBC repository only when
     * no other {@link SessionRepository} is defined, so this one is not a bean of that type: once the configuration
     * has been read, the filter's definition is told to take it as its argument, and nothing else sees it.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class Wiring {

        static final String NAME = "jiwonSessionReadOnce";

        @Bean
        static BeanFactoryPostProcessor sessionFilterReadsOnce() {
            return factory -> {
                String[] stores = factory.getBeanNamesForType(JdbcIndexedSessionRepository.class, false, false);
                String[] filters = factory.getBeanNamesForType(SessionRepositoryFilter.class, false, false);
                if (stores.length != 1 || filters.length != 1) {
                    return; // no web sessions in this run (or not the set-up this was written for): leave it be
                }
                GenericBeanDefinition once = new GenericBeanDefinition();
                once.setBeanClass(SessionReadOnce.class);
                once.getConstructorArgumentValues().addIndexedArgumentValue(0, new RuntimeBeanReference(stores[0]));
                ((BeanDefinitionRegistry) factory).registerBeanDefinition(NAME, once);
                factory.getBeanDefinition(filters[0]).getConstructorArgumentValues()
                        .addIndexedArgumentValue(0, new RuntimeBeanReference(NAME));
            };
        }

        @Bean
        FilterRegistrationBean<Scope> sessionReadOnceScope() {
            FilterRegistrationBean<Scope> r = new FilterRegistrationBean<>(new Scope());
            r.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
            r.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
            return r;
        }
    }
}
