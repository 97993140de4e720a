package kr.jiwon.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import kr.jiwon.programs.CallFilter;
import kr.jiwon.programs.CallManagement;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** Every feed is parsed back with a real library (Rome for RSS/Atom, ical4j for iCalendar) and checked. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"embedded", "test"})
class FeedsIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    CallManagement calls;

    private SyndFeed read(String url) throws Exception {
        var response = mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse();
        return new SyndFeedInput().build(new StringReader(response.getContentAsString(StandardCharsets.UTF_8)));
    }

    @Test
    void noticesAsRss2AndAtomPerCategory() throws Exception {
        SyndFeed rss = read("/feeds/notices.rss?category=ESG");
        assertThat(rss.getFeedType()).isEqualTo("rss_2.0");
        assertThat(rss.getEntries()).hasSize(7);
        assertThat(rss.getEntries()).extracting(SyndEntry::getTitle).contains("RE100 산단 조성에 범부처 역량 총결집");
        assertThat(rss.getEntries()).allSatisfy(e -> {
            assertThat(e.getLink()).matches("http://localhost/notices/\\d+");
            assertThat(e.getPublishedDate()).isNotNull();
        });
        SyndFeed atom = read("/feeds/notices.atom");
        assertThat(atom.getFeedType()).isEqualTo("atom_1.0");
        assertThat(atom.getEntries()).extracting(SyndEntry::getTitle)
                .contains("소부장 융합혁신지원단 심화기술지원사업 1차 공고");
        assertThat(read("/feeds/notices.rss?category=PRESS").getEntries()).extracting(SyndEntry::getTitle)
                .allMatch(t -> t.contains("뿌리산업") || !t.isEmpty());
    }

    @Test
    void newCallsAsRssAndDeadlinesAsICalendar() throws Exception {
        int published = calls.calls(CallFilter.published()).size();
        SyndFeed rss = read("/feeds/calls.rss");
        assertThat(rss.getEntries()).hasSize(Math.min(published, 50));
        assertThat(rss.getEntries()).extracting(SyndEntry::getTitle)
                .contains("소부장 융합혁신지원단 심화기술지원사업 1차 공고");

        var response = mvc.perform(get("/feeds/calls.ics")).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).startsWith("text/calendar");
        Calendar cal = new CalendarBuilder().build(new StringReader(
                response.getContentAsString(StandardCharsets.UTF_8)));
        cal.validate();
        var events = cal.<VEvent>getComponents("VEVENT");
        assertThat(events).hasSize(published);
        var call = calls.calls(CallFilter.published()).get(0);
        VEvent event = events.stream().filter(e -> e.getUid().orElseThrow().getValue()
                .equals("call-" + call.id() + "@jiwon")).findFirst().orElseThrow();
        assertThat(event.getSummary().getValue()).contains(call.title());
        java.time.temporal.Temporal end = event.getDateTimeEnd().getDate();
        assertThat(java.time.Instant.from(end)).isEqualTo(call.closesAt());
    }
}
