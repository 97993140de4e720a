package kr.jiwon.search;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kr.jiwon.audit.AuditLog;
import kr.jiwon.notifications.Notifications;
import kr.jiwon.programs.CallFinder;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Saved searches and finder profiles with alerts: every few minutes each active one is run again, and what is new
 * since it was last checked (a call published, a post published) is sent to its owner in the app and by e-mail,
 * with a one-click unsubscribe link.
 */
@Service
@Transactional(readOnly = true)
public class SavedSearches {

    /** A new match: what it is, its title and address. */
    public record Match(String kind, String title, String url) {
    }

    private final SavedSearchStore store;
    private final SiteSearch search;
    private final CallFinder finder;
    private final Notifications notifications;
    private final MessageSource messages;
    private final AuditLog audit;
    private final Clock clock;
    private final String baseUrl;
    private final SecureRandom random = new SecureRandom();

    SavedSearches(SavedSearchStore store, SiteSearch search, CallFinder finder, Notifications notifications,
            MessageSource messages, AuditLog audit, Clock clock,
            @Value("${jiwon.base-url:http://localhost:8080}") String baseUrl) {
        this.store = store;
        this.search = search;
        this.finder = finder;
        this.notifications = notifications;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
        this.baseUrl = baseUrl.replaceAll("/$", "");
    }

    @Transactional
    public SavedSearch save(String username, String email, SavedSearch.Kind kind, String name, String query,
            Actor actor) {
        if (query == null || query.isBlank() || query.length() > 2000) {
            throw InvalidInputException.of("query", "savedSearch.query");
        }
        if (email == null || !email.contains("@")) {
            throw InvalidInputException.of("email", "savedSearch.email");
        }
        String label = name == null || name.isBlank() ? query : name.strip();
        byte[] key = new byte[24];
        random.nextBytes(key);
        Instant now = clock.instant();
        SavedSearch saved = store.save(new SavedSearch(null, username, email, kind,
                label.length() > 200 ? label.substring(0, 200) : label, query, now, now,
                HexFormat.of().formatHex(key), true));
        audit.recordChange(actor, "SAVED_SEARCH_CREATE", "SAVED_SEARCH", saved.id(), kind + " " + query);
        return saved;
    }

    public List<SavedSearch> of(String username) {
        return store.findByUsernameOrderByIdDesc(username);
    }

    @Transactional
    public void delete(String username, long id) {
        SavedSearch s = store.findById(id).filter(x -> x.username().equals(username))
                .orElseThrow(() -> new NotFoundException("savedSearch.notFound", id));
        store.delete(s);
    }

    /** The owner turns a saved search's alerts off or on again (on: for what appears from now). */
    @Transactional
    public void alerts(String username, long id, boolean on) {
        SavedSearch s = store.findById(id).filter(x -> x.username().equals(username))
                .orElseThrow(() -> new NotFoundException("savedSearch.notFound", id));
        if (on && !s.active()) {
            s.resume(clock.instant());
        } else if (!on) {
            s.unsubscribe();
        }
        store.save(s);
    }

    /** The saved search an alert's unsubscribe link names: its name, and whether it still sends alerts. */
    public record Subscription(String name, boolean active) {
    }

    /** What an unsubscribe link is about, changing nothing (mail scanners open links). */
    public Subscription subscription(String key) {
        SavedSearch s = store.findByUnsubscribeKey(key).orElseThrow(() -> new NotFoundException(
                "savedSearch.notFound", key));
        return new Subscription(s.name(), s.active());
    }

    /** One-click unsubscribe from an e-mail (its page's button, or the mail program's RFC 8058 POST); returns the search's name. */
    @Transactional
    public String unsubscribe(String key) {
        SavedSearch s = store.findByUnsubscribeKey(key).orElseThrow(() -> new NotFoundException(
                "savedSearch.notFound", key));
        s.unsubscribe();
        store.save(s);
        return s.name();
    }

    /** Looks for new matches of every active saved search and notifies their owners; returns how many were told. */
    @Scheduled(fixedDelayString = "${jiwon.alerts.interval:PT5M}", initialDelayString = "PT1M")
    @Transactional
    public int sendAlerts() {
        Instant now = clock.instant();
        int told = 0;
        for (SavedSearch s : store.findByActiveTrue()) {
            List<Match> fresh = newMatches(s, now);
            if (!fresh.isEmpty()) {
                notify(s, fresh);
                told++;
            }
            s.checked(now);
            store.save(s);
        }
        return told;
    }

    /**
     * A published call was amended (정정공고): the owners of saved searches that find it are told what changed, in
     * the transaction that records the amendment.
     */
    @org.springframework.context.event.EventListener
    void on(kr.jiwon.programs.CallAmended e) {
        String url = "/calls/" + e.callId();
        for (SavedSearch s : store.findByActiveTrue()) {
            if (matches(s, null, clock.instant()).stream().anyMatch(m -> m.url().equals(url))) {
                String body = text("alert.amended.body", s.name(), e.title(), e.reason(),
                        "- " + String.join("\n- ", e.changes())) + "\n\n" + baseUrl + url + "\n\n"
                        + text("alert.unsubscribe", unsubscribeUrl(s));
                notifications.toUser(kr.jiwon.notifications.NotificationKind.SAVED_SEARCH, s.username(), s.email(),
                        text("alert.amended.subject", e.title()), body, url, unsubscribeUrl(s));
            }
        }
    }

    List<Match> newMatches(SavedSearch s, Instant now) {
        return matches(s, s.checkedAt(), now);
    }

    /** What the saved search finds now; with {@code since}, only what appeared after it. */
    private List<Match> matches(SavedSearch s, Instant since, Instant now) {
        Map<String, String> q = params(s.query());
        List<Match> out = new ArrayList<>();
        if (s.kind() == SavedSearch.Kind.SEARCH) {
            SearchKind kind = q.containsKey("kind") && !q.get("kind").isBlank()
                    ? SearchKind.valueOf(q.get("kind"))
                    : null;
            SearchResult r = search.search(new SearchQuery(q.getOrDefault("q", ""), kind, q.get("category"),
                    q.get("field"), q.get("region"), "true".equals(q.get("open")), true, 1, 50));
            r.hits().stream().filter(h -> h.kind() == SearchKind.CALL || h.kind() == SearchKind.NOTICE)
                    .filter(h -> since == null
                            || h.date() != null && h.date().isAfter(since) && !h.date().isAfter(now))
                    .forEach(h -> out.add(new Match(h.kind().name(), h.title().replaceAll("</?mark>", ""),
                            h.url())));
        } else {
            CallFinder.CompanyProfile p = new CallFinder.CompanyProfile(q.get("region"),
                    q.containsKey("size") ? kr.jiwon.shared.CompanySize.valueOf(q.get("size")) : null,
                    "true".equals(q.get("sobujang")), "true".equals(q.get("root")),
                    kr.jiwon.shared.TextList.of(q.getOrDefault("field", "").isBlank()
                            ? List.of()
                            : List.of(q.get("field").split(","))));
            finder.find(p).stream().filter(CallFinder.CallFit::eligible)
                    .filter(f -> since == null || f.call().statusChangedAt() != null
                            && f.call().statusChangedAt().isAfter(since))
                    .forEach(f -> out.add(new Match("CALL", f.call().title(), "/calls/" + f.call().id())));
        }
        return out;
    }

    private void notify(SavedSearch s, List<Match> fresh) {
        StringBuilder body = new StringBuilder(text("alert.body", s.name(), fresh.size())).append("\n\n");
        fresh.forEach(m -> body.append("- ").append(m.title()).append("\n  ").append(baseUrl).append(m.url())
                .append('\n'));
        body.append('\n').append(text("alert.unsubscribe", unsubscribeUrl(s)));
        notifications.toUser(kr.jiwon.notifications.NotificationKind.SAVED_SEARCH, s.username(), s.email(),
                text("alert.subject", s.name(), fresh.size()),
                body.toString(), fresh.get(0).url(), unsubscribeUrl(s));
    }

    /** The saved search's one-click stop: a page with a button, and the mail's List-Unsubscribe address. */
    private String unsubscribeUrl(SavedSearch s) {
        return baseUrl + "/alerts/unsubscribe/" + s.unsubscribeKey();
    }

    /** The query string of a saved page as a map (a repeated parameter is joined with commas). */
    static Map<String, String> params(String query) {
        Map<String, String> out = new LinkedHashMap<>();
        UriComponentsBuilder
                .fromUriString(
                        "/?" + query)
                .build().getQueryParams()
                .forEach((k, v) -> out.put(k,
                        String.join(",", v.stream().map(x -> x == null
                                ? ""
                                : java.net.URLDecoder.decode(x,
                                        java.nio.charset.StandardCharsets.UTF_8))
                                .toList())));
        return out;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.KOREAN);
    }
}
