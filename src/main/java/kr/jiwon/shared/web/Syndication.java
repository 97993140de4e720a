package kr.jiwon.shared.web;

import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.time.Instant;
import java.util.Date;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** RSS 2.0 and Atom 1.0 feeds written with Rome, in Korean and UTF-8, for the modules that publish one. */
public final class Syndication {

    public static final String RSS = "rss_2.0";
    public static final String ATOM = "atom_1.0";

    private Syndication() {
    }

    public static SyndFeed feed(String type, String title, String link, String description) {
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

    public static SyndEntry entry(String title, String link, Instant at, String text) {
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

    /** The feed as a response: RSS as application/rss+xml, Atom as application/atom+xml. */
    public static ResponseEntity<String> response(SyndFeed feed) throws FeedException {
        String type = ATOM.equals(feed.getFeedType()) ? "application/atom+xml" : "application/rss+xml";
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type + ";charset=UTF-8"))
                .body(new SyndFeedOutput().outputString(feed));
    }

    /** The site's address as the current request reached it (links in feeds are absolute). */
    public static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}
