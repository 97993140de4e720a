package kr.jiwon.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;
import org.springframework.session.Session;

class SessionReadOnceTests {

    /** A store that remembers which ids were looked up. */
    static final class Store extends MapSessionRepository {

        final List<String> lookedUp = new ArrayList<>();

        Store() {
            super(new ConcurrentHashMap<>());
        }

        @Override
        public MapSession findById(String id) {
            lookedUp.add(id);
            return super.findById(id);
        }
    }

    final Store store = new Store();

    final SessionReadOnce once = new SessionReadOnce(store);

    @AfterEach
    void forget() {
        SessionReadOnce.forget();
    }

    @Test
    void theLookUpRightAfterSavingASessionIsAnsweredWithoutTheStore() {
        Session s = store.createSession();
        s.setAttribute("who", "applicant");
        once.save(s);

        Session found = once.findById(s.getId());

        assertThat(store.lookedUp).isEmpty();
        assertThat(found.getId()).isEqualTo(s.getId());
        assertThat(found.getLastAccessedTime()).isEqualTo(s.getLastAccessedTime());
        // only once: the next look-up reads the store, which has the attributes
        assertThat(once.findById(s.getId()).<String>getAttribute("who")).isEqualTo("applicant");
        assertThat(store.lookedUp).containsExactly(s.getId());
    }

    @Test
    void anotherIdOrAForgottenSaveOrADeletionGoesToTheStore() {
        MapSession a = store.createSession();
        MapSession b = store.createSession();
        store.save(b);
        once.save(a);
        assertThat(once.findById(b.getId()).getId()).isEqualTo(b.getId());

        once.save(a);
        SessionReadOnce.forget();
        once.findById(a.getId());

        once.save(a);
        once.deleteById(a.getId());
        assertThat(once.findById(a.getId())).isNull();

        assertThat(store.lookedUp).containsExactly(b.getId(), a.getId(), a.getId());
    }

    @Test
    void whatASaveLeavesDoesNotOutliveTheDispatchNorCrossThreads() throws Exception {
        Session s = store.createSession();
        new SessionReadOnce.Scope().doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(),
                new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
                }, (request, response, chain) -> once.save(s)));
        once.findById(s.getId());

        once.save(s);
        Thread other = new Thread(() -> once.findById(s.getId()));
        other.start();
        other.join();

        assertThat(store.lookedUp).containsExactly(s.getId(), s.getId());
    }
}
