package kr.jiwon.persistence;

import static kr.jiwon.review.ReviewFixtures.OFFICE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import kr.jiwon.accounts.AccountManagement;
import kr.jiwon.applications.ApplicationsFixtures;
import kr.jiwon.applications.ApplicationsFixtures.CompanyUser;
import kr.jiwon.audit.AuditLog;
import kr.jiwon.audit.AuditQuery;
import kr.jiwon.institutes.InstituteManagement;
import kr.jiwon.institutes.ProfileEdit;
import kr.jiwon.institutes.ResearchInstitute;
import kr.jiwon.notices.BoardPage;
import kr.jiwon.notices.Notice;
import kr.jiwon.notices.NoticeBoard;
import kr.jiwon.notices.NoticeCategory;
import kr.jiwon.notices.NoticeForm;
import kr.jiwon.notifications.Notifications;
import kr.jiwon.search.SavedSearch;
import kr.jiwon.search.SavedSearches;
import kr.jiwon.shared.TextList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The platform's other records on a database: the board (paging, neighbours, atomic view counts, feeds' latest),
 * saved searches, institute profiles, the audit log's filters, notifications, accounts and login throttling. Run on
 * H2 and on a real PostgreSQL.
 */
public abstract class RecordsContract {

    @Autowired
    NoticeBoard board;
    @Autowired
    SavedSearches saved;
    @Autowired
    InstituteManagement institutes;
    @Autowired
    AuditLog audit;
    @Autowired
    Notifications notifications;
    @Autowired
    AccountManagement accounts;
    @Autowired
    ApplicationsFixtures fixtures;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApplicationEventPublisher events;

    @Test
    void theBoardPagesNewestFirstCountsEveryConcurrentViewAndHidesWhatIsNotPublic() throws Exception {
        String tag = "계약" + System.nanoTime();
        Notice older = board.create(new NoticeForm(null, NoticeCategory.PRESS, tag + " 첫째", "본문 **굵게**",
                "담당", "부서", null, true, Instant.now().minusSeconds(120)), OFFICE);
        Notice newer = board.create(new NoticeForm(null, NoticeCategory.PRESS, tag + " 둘째", "본문", "담당", "부서",
                null, true, Instant.now().minusSeconds(60)), OFFICE);
        Notice hidden = board.create(new NoticeForm(null, NoticeCategory.PRESS, tag + " 숨김", "본문", "담당", "부서",
                null, false, null), OFFICE);
        BoardPage page = board.page(NoticeCategory.PRESS, 1);
        List<String> titles = page.rows().stream().map(r -> r.title()).filter(t -> t.startsWith(tag)).toList();
        assertThat(titles).containsExactly(tag + " 둘째", tag + " 첫째");
        assertThat(board.neighbour(older, true)).hasValueSatisfying(r -> assertThat(r.id()).isEqualTo(newer.id()));
        assertThat(board.latest(NoticeCategory.PRESS, 50)).extracting(Notice::id).doesNotContain(hidden.id());
        assertThat(board.find(hidden.id())).isPresent();
        assertThat(older.bodyText()).isEqualTo("본문 굵게");

        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 20; i++) {
            pool.submit(() -> board.countView(newer.id()));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(board.post(newer.id()).viewCount()).isEqualTo(20);
    }

    @Test
    void savedSearchesAreKeptPerUserAndEndWithTheirUnsubscribeKey() {
        String user = "saver" + System.nanoTime();
        SavedSearch s = saved.save(user, user + "@example.kr", SavedSearch.Kind.SEARCH, "다이캐스팅", "q=다이캐스팅",
                OFFICE);
        assertThat(saved.of(user)).extracting(SavedSearch::id).containsExactly(s.id());
        assertThat(saved.unsubscribe(s.unsubscribeKey())).isEqualTo("다이캐스팅");
        assertThat(saved.of(user)).singleElement().satisfies(x -> assertThat(x.active()).isFalse());
        saved.delete(user, s.id());
        assertThat(saved.of(user)).isEmpty();
    }

    @Test
    void anInstitutesProfileEditIsStored() {
        ResearchInstitute kims = institutes.institute("KIMS");
        institutes.editProfile(kims.id(), new ProfileEdit(TextList.of("첨단소재", "표면처리"), "분말 성형", "SEM",
                "금속 소재 분석", 7), "institute");
        ResearchInstitute after = institutes.institute("KIMS");
        assertThat(after.fields().values()).containsExactly("첨단소재", "표면처리");
        assertThat(after.capacity()).isEqualTo(7);
    }

    @Test
    void theAuditLogIsFilteredByActorActionTargetAndDate() {
        String who = "auditor" + System.nanoTime();
        kr.jiwon.shared.Actor actor = new kr.jiwon.shared.Actor(who, "OFFICER", "203.0.113.9");
        audit.recordChange(actor, "CONTRACT_CHANGE", "CALL", 42L, "변경");
        audit.recordView(actor, "CONTRACT_VIEW", "APPLICATION", 7L, "열람");
        assertThat(audit.search(new AuditQuery(who, null, null, null, null, null, 10))).hasSize(2);
        assertThat(audit.search(new AuditQuery(who, "CALL", "42", "CONTRACT_CHANGE", Instant.now().minusSeconds(86_400),
                Instant.now().plusSeconds(86_400), 10))).singleElement()
                .satisfies(e -> assertThat(e.ip()).isEqualTo("203.0.113.9"));
    }

    @Test
    void notificationsAreKeptForTheCompanyAndTheUser() {
        CompanyUser c = fixtures.company();
        String email = "n" + System.nanoTime() + "@example.kr";
        notifications.toCompany(kr.jiwon.notifications.NotificationKind.GENERAL, c.company().id(), email, "제목", "본문",
                "/my/applications");
        notifications.toUser(kr.jiwon.notifications.NotificationKind.GENERAL, c.user().username(), email, "개인", "본문",
                null);
        assertThat(notifications.ofCompany(c.company().id())).extracting(n -> n.subject()).containsExactly("제목");
        assertThat(notifications.ofUser(c.user().username())).extracting(n -> n.subject()).containsExactly("개인");
        assertThat(notifications.sentTo(email)).extracting(n -> n.subject()).containsExactlyInAnyOrder("제목", "개인");
    }

    @Test
    void anAccountIsLockedAfterRepeatedFailedLoginsAndItsCompanyListsIt() {
        CompanyUser c = fixtures.company();
        assertThat(accounts.membersOf(c.company().id())).extracting(a -> a.username())
                .containsExactly(c.user().username());
        assertThat(users.loadUserByUsername(c.user().username()).isAccountNonLocked()).isTrue();
        for (int i = 0; i < 10; i++) {
            events.publishEvent(new AuthenticationFailureBadCredentialsEvent(
                    UsernamePasswordAuthenticationToken.unauthenticated(c.user().username(), "wrong"),
                    new BadCredentialsException("wrong")));
        }
        assertThat(users.loadUserByUsername(c.user().username()).isAccountNonLocked()).isFalse();
    }
}
