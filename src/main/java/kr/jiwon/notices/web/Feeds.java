package kr.jiwon.notices.web;

import static kr.jiwon.shared.web.Syndication.base;
import static kr.jiwon.shared.web.Syndication.entry;
import static kr.jiwon.shared.web.Syndication.feed;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kr.jiwon.notices.Notice;
import kr.jiwon.notices.NoticeBoard;
import kr.jiwon.notices.NoticeCategory;
import kr.jiwon.shared.web.Syndication;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** RSS 2.0 and Atom 1.0 of the board's public posts (optionally one category), written with Rome. */
@RestController
class Feeds {

    static final int ENTRIES = 50;

    private final NoticeBoard board;
    private final MessageSource messages;

    Feeds(NoticeBoard board, MessageSource messages) {
        this.board = board;
        this.messages = messages;
    }

    @GetMapping("/feeds/notices.rss")
    ResponseEntity<String> noticesRss(@RequestParam(required = false) NoticeCategory category) throws FeedException {
        return Syndication.response(notices(category, Syndication.RSS));
    }

    @GetMapping("/feeds/notices.atom")
    ResponseEntity<String> noticesAtom(@RequestParam(required = false) NoticeCategory category) throws FeedException {
        return Syndication.response(notices(category, Syndication.ATOM));
    }

    private SyndFeed notices(NoticeCategory category, String type) {
        String base = base();
        String title = text("feed.notices.title") + (category == null
                ? ""
                : " · " + text("noticeCategory." + category.name()));
        SyndFeed feed = feed(type, title, base + "/notices" + (category == null
                ? ""
                : "?category=" + category.name()), text("feed.notices.description"));
        List<SyndEntry> entries = new ArrayList<>();
        for (Notice n : board.latest(category, ENTRIES)) {
            String plain = n.bodyText();
            SyndEntry e = entry(n.title(), base + "/notices/" + n.id(), n.publishAt(),
                    plain.length() > 500 ? plain.substring(0, 500) + " …" : plain);
            e.setAuthor(n.author());
            entries.add(e);
        }
        feed.setEntries(entries);
        return feed;
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, Locale.KOREAN);
    }
}
