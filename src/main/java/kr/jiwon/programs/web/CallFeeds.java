package kr.jiwon.programs.web;

import static kr.jiwon.shared.web.Syndication.base;
import static kr.jiwon.shared.web.Syndication.entry;
import static kr.jiwon.shared.web.Syndication.feed;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import kr.jiwon.programs.Call;
import kr.jiwon.programs.CallFilter;
import kr.jiwon.programs.CallManagement;
import kr.jiwon.shared.SeoulTime;
import kr.jiwon.shared.web.Syndication;
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
import org.springframework.web.bind.annotation.RestController;

/**
 * The calls as feeds: RSS of new calls (Rome) and an iCalendar of their deadlines (ical4j; each event ends at the
 * call's closing time, in UTC), so companies can follow them in a reader or a calendar app.
 */
@RestController
class CallFeeds {

    static final int ENTRIES = 50;

    private final CallManagement calls;
    private final MessageSource messages;

    CallFeeds(CallManagement calls, MessageSource messages) {
        this.calls = calls;
        this.messages = messages;
    }

    @GetMapping("/feeds/calls.rss")
    ResponseEntity<String> callsRss() throws FeedException {
        String base = base();
        SyndFeed feed = feed(Syndication.RSS, text("feed.calls.title"), base + "/calls",
                text("feed.calls.description"));
        List<SyndEntry> entries = published().stream().sorted(Comparator.comparing(Call::opensAt).reversed())
                .limit(ENTRIES).map(c -> entry(c.title(), base + "/calls/" + c.id(), c.opensAt(),
                        (c.summary() == null ? "" : c.summary()) + "\n" + text("feed.calls.deadline") + ": "
                                + SeoulTime.minute(c.closesAt()) + " (KST)"))
                .toList();
        feed.setEntries(entries);
        return Syndication.response(feed);
    }

    @GetMapping("/feeds/calls.ics")
    ResponseEntity<byte[]> callsIcs() throws IOException {
        String base = base();
        Calendar cal = new Calendar();
        cal.add(new ProdId("-//Jiwon//Call deadlines//KO"));
        cal.add(ImmutableVersion.VERSION_2_0);
        cal.add(ImmutableCalScale.GREGORIAN);
        for (Call c : published()) {
            VEvent event = new VEvent(c.closesAt().minusSeconds(30 * 60), c.closesAt(),
                    "[" + text("feed.calls.deadline") + "] " + c.title());
            event.add(new Uid("call-" + c.id() + "@jiwon"));
            event.add(new Url(URI.create(base + "/calls/" + c.id())));
            event.add(new Description(text("feed.calls.deadline") + " " + SeoulTime.minute(c.closesAt())
                    + " (KST) · " + base + "/calls/" + c.id()));
            cal.add(event);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CalendarOutputter().output(cal, out);
        return ResponseEntity.ok().contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                .body(out.toByteArray());
    }

    /** One call's deadline (and its announcement day, when set) for a calendar app: "캘린더에 추가". */
    @GetMapping("/calls/{id}.ics")
    ResponseEntity<byte[]> callIcs(@org.springframework.web.bind.annotation.PathVariable long id) throws IOException {
        Call c = calls.call(id);
        if (c.status() == kr.jiwon.programs.CallStatus.DRAFT) {
            throw new kr.jiwon.shared.NotFoundException("call.notFound", id);
        }
        String base = base();
        Calendar cal = new Calendar();
        cal.add(new ProdId("-//Jiwon//Call//KO"));
        cal.add(ImmutableVersion.VERSION_2_0);
        cal.add(ImmutableCalScale.GREGORIAN);
        VEvent deadline = new VEvent(c.closesAt().minusSeconds(30 * 60), c.closesAt(),
                "[" + text("feed.calls.deadline") + "] " + c.title());
        deadline.add(new Uid("call-" + c.id() + "@jiwon"));
        deadline.add(new Url(URI.create(base + "/calls/" + c.id())));
        cal.add(deadline);
        if (c.notice().announceOn() != null) {
            VEvent announce = new VEvent(c.notice().announceOn(), "[" + text("call.schedule.announce") + "] "
                    + c.title());
            announce.add(new Uid("call-" + c.id() + "-announce@jiwon"));
            announce.add(new Url(URI.create(base + "/calls/" + c.id())));
            cal.add(announce);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CalendarOutputter().output(cal, out);
        return ResponseEntity.ok().contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"call-" + c.id() + ".ics\"")
                .body(out.toByteArray());
    }

    private List<Call> published() {
        return calls.calls(CallFilter.published());
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, Locale.KOREAN);
    }
}
