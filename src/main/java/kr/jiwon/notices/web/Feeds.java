package kr.jiwon.notices.web;

import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import kr.jiwon.notices.Markdown;
import kr.jiwon.notices.Notice;
import kr.jiwon.notices.NoticeBoard;
import kr.jiwon.notices.NoticeCategory;
import kr.jiwon.programs.Call;
import kr.jiwon.programs.CallFilter;
import kr.jiwon.programs.CallManagement;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Feeds: RSS 2.0 and Atom 1.0 of the notices (optionally one category) and RSS of new calls, written with Rome;
 * an iCalendar of call deadlines written with ical4j (each event ends at the call's closing time, in UTC).
 */
@RestController
class Feeds {

    static final int ENTRIES = 50;

    private final NoticeBoard board;
    private final CallManagement calls;
    private final MessageSource messages;

    Feeds(NoticeBoard board, CallManagement calls, MessageSource messages) {
        this.board = board;
        this.calls = calls;
        this.messages = messages;
    }

    @GetMapping("/feeds/notices.rss")
    ResponseEntity<String> noticesRss(@RequestParam(required = false) NoticeCategory category) throws FeedException {
        return feed(notices(category, "rss_2.0"), "application/rss+xml");
    }

    @GetMapping("/feeds/notices.atom")
    ResponseEntity<String> noticesAtom(@RequestParam(required = false) NoticeCategory category) throws FeedException {
        return feed(notices(category, "atom_1.0"), "application/atom+xml");
    }

    @GetMapping("/feeds/calls.rss")
    ResponseEntity<String> callsRss() throws FeedException {
        String base = base();
        SyndFeed feed = feed("rss_2.0", text("feed.calls.title"), base + "/calls", text("feed.calls.description"));
        List<SyndEntry> entries = new ArrayList<>();
        published().stream().sorted(Comparator.comparing(Call::opensAt).reversed()).limit(ENTRIES).forEach(c -> {
            SyndEntry e = entry(c.title(), base + "/calls/" + c.id(), c.opensAt(),
                    (c.summary() == null ? "" : c.summary()) + "\n" + text("feed.calls.deadline") + ": "
                            + kr.jiwon.shared.SeoulTime.toOffset(c.closesAt()).toLocalDateTime().toString()
                            .replace('T', ' ') + " (KST)");
            entries.add(e);
        });
        feed.setEntries(entries);
        return feed(feed, "application/rss+xml");
    }

    @GetMapping("/feeds/calls.ics")
    ResponseEntity<byte[]> callsIcs() throws IOException {
        String base = base();
        Calendar cal = new Calendar();
        cal.add(new ProdId("-//Jiwon//Call deadlines//KO"));
        cal.add(ImmutableVersion.VERSION_2_0);
        cal.add(ImmutableCalScale.GREGORIAN);
        for (Call c : published()) {
            java.time.Instant end = c.closesAt();
            VEvent event = new VEvent(end.minusSeconds(30 * 60), end, "[" + text("feed.calls.deadline") + "] " + c.title());
            event.add(new Uid("call-" + c.id() + "@jiwon"));
            event.add(new Url(java.net.URI.create(base + "/calls/" + c.id())));
            event.add(new Description(text("feed.calls.deadline") + " "
                    + kr.jiwon.shared.SeoulTime.toOffset(c.closesAt()).toLocalDateTime().toString().replace('T', ' ')
                    + " (KST) · " + base + "/calls/" + c.id()));
            cal.add(event);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CalendarOutputter().output(cal, out);
        return ResponseEntity.ok().contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                .body(out.toByteArray());
    }

    private List<Call> published() {
        return calls.calls(CallFilter.published());
    }

    private SyndFeed notices(NoticeCategory category, String type) {
        String base = base();
        String title = text("feed.notices.title") + (category == null ? ""
                : " · " + text("noticeCategory." + category.name()));
        SyndFeed feed = feed(type, title, base + "/notices" + (category == null ? ""
                : "?category=" + category.name()), text("feed.notices.description"));
        List<SyndEntry> entries = new ArrayList<>();
        for (Notice n : board.latest(category, ENTRIES)) {
            String plain = Markdown.toText(n.body());
            SyndEntry e = entry(n.title(), base + "/notices/" + n.id(), n.publishAt(),
                    plain.length() > 500 ? plain.substring(0, 500) + " …" : plain);
            e.setAuthor(n.author());
            entries.add(e);
        }
        feed.setEntries(entries);
        return feed;
    }

    private static SyndFeed feed(String type, String title, String link, String description) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(type);
        feed.setTitle(title);
        feed.setLink(link);
        feed.setUri(link);
        feed.setDescription(description);
        feed.setLanguage("ko");
        feed.setPublishedDate(new Date());
        feed.setEncoding("UTF-8");
        return feed;
    }

    private static SyndEntry entry(String title, String link, Instant at, String text) {
        SyndEntry e = new SyndEntryImpl();
        e.setTitle(title);
        e.setLink(link);
        e.setUri(link);
        e.setPublishedDate(Date.from(at));
        e.setUpdatedDate(Date.from(at));
        SyndContentImpl content = new SyndContentImpl();
        content.setType("text/plain");
        content.setValue(text);
        e.setDescription(content);
        return e;
    }

    private static ResponseEntity<String> feed(SyndFeed feed, String type) throws FeedException {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type + ";charset=UTF-8"))
                .body(new SyndFeedOutput().outputString(feed));
    }

    private static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, Locale.KOREAN);
    }
}
