package kr.jiwon.accounts.web;

import java.util.List;
import java.util.function.Predicate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;

/**
 * The session registry as seen by the concurrent-session check, which asks on every request whether the session has
 * been signed out by a newer one. Only people whose sessions are limited (officers and administrators) can have a
 * session signed out that way, so for everyone else the answer is "not registered" without reading the session store
 * a second time (the request's session is already loaded); everything else goes to the store.
 */
final class LimitedSessionRegistry implements SessionRegistry {

    private final SessionRegistry store;

    private final Predicate<Authentication> limited;

    LimitedSessionRegistry(SessionRegistry store, Predicate<Authentication> limited) {
        this.store = store;
        this.limited = limited;
    }

    @Override
    public SessionInformation getSessionInformation(String sessionId) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        return current != null && limited.test(current) ? store.getSessionInformation(sessionId) : null;
    }

    @Override
    public List<Object> getAllPrincipals() {
        return store.getAllPrincipals();
    }

    @Override
    public List<SessionInformation> getAllSessions(Object principal, boolean includeExpiredSessions) {
        return store.getAllSessions(principal, includeExpiredSessions);
    }

    @Override
    public void refreshLastRequest(String sessionId) {
        store.refreshLastRequest(sessionId);
    }

    @Override
    public void registerNewSession(String sessionId, Object principal) {
        store.registerNewSession(sessionId, principal);
    }

    @Override
    public void removeSessionInformation(String sessionId) {
        store.removeSessionInformation(sessionId);
    }
}
