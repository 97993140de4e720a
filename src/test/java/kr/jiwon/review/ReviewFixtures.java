package kr.jiwon.review;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import kr.jiwon.applications.Application;
import kr.jiwon.applications.ApplicationForm;
import kr.jiwon.applications.ApplicationManagement;
import kr.jiwon.applications.ApplicationScreening;
import kr.jiwon.applications.ApplicationStatus;
import kr.jiwon.applications.ApplicationSubmission;
import kr.jiwon.applications.ApplicationsFixtures;
import kr.jiwon.applications.ApplicationsFixtures.CompanyUser;
import kr.jiwon.applications.DocumentManagement;
import kr.jiwon.matching.InstituteRequests;
import kr.jiwon.matching.OfferStatus;
import kr.jiwon.programs.CallManagement;
import kr.jiwon.programs.CallStatus;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.CompanySize;
import kr.jiwon.shared.CurrentUser;
import kr.jiwon.shared.Role;
import kr.jiwon.shared.TextList;
import kr.jiwon.shared.Won;
import org.springframework.stereotype.Component;

/** Eligible applications and reviewers for review and selection tests, built through the modules' façades. */
@Component
public class ReviewFixtures {

    public static final Actor OFFICE = new Actor("officer", "OFFICER", "127.0.0.1");

    private final ApplicationsFixtures fixtures;
    private final ApplicationManagement management;
    private final ApplicationSubmission submission;
    private final DocumentManagement documents;
    private final ApplicationScreening screening;
    private final ReviewerPool pool;
    private final ReviewPanel panel;
    private final CallManagement calls;
    private final InstituteRequests requests;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    ReviewFixtures(ApplicationsFixtures fixtures, ApplicationManagement management, ApplicationSubmission submission,
            DocumentManagement documents, ApplicationScreening screening, ReviewerPool pool,
            ReviewPanel panel, CallManagement calls, InstituteRequests requests,
            org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.calls = calls;
        this.requests = requests;
        this.fixtures = fixtures;
        this.management = management;
        this.submission = submission;
        this.documents = documents;
        this.screening = screening;
        this.pool = pool;
        this.panel = panel;
    }

    public record Applied(Application application, CompanyUser company) {

        public long id() {
            return application.id();
        }

        public String brn() {
            return company.company().businessRegistrationNumber().digits();
        }
    }

    /**
     * A company in {@code region} whose application (amount, fields, named institutes) is submitted to the open
     * call (and passed to an institute); {@link #closeAndScreen} then makes it ELIGIBLE.
     */
    public Applied submitted(long callId, String region, Won amount, List<String> fields, List<String> institutes) {
        CompanyUser c = fixtures.company(CompanySize.SME, region, true, true);
        CurrentUser u = c.user();
        Actor actor = new Actor(u.username(), "APPLICANT", "127.0.0.1");
        Application a = management.start(u, callId, "GENERAL", actor);
        a = management.write(u, a.id(), new ApplicationForm(a.version(), "GENERAL", "과제 " + c.company().name(),
                "알루미늄 다이캐스팅 기공 불량을 줄이고 싶습니다.", TextList.of(fields), TextList.EMPTY,
                TextList.of(institutes), amount, 10, Won.ofManwon(1000), "김지원", "055-123-4567",
                u.username(), calls.call(callId).eligibility().declarations()), actor);
        documents.attach(u, a.id(), "plan.pdf", new ByteArrayInputStream(ApplicationsFixtures.PDF), actor);
        submission.submit(u, a.id(), null, Instant.now(), actor);
        kr.jiwon.testing.Events.awaitDelivered(jdbc);
        return new Applied(management.forMatching(a.id()), c);
    }

    /** A convergent (융합형) application: it needs institutes from two fields. */
    public Applied submittedConvergent(long callId, Won amount) {
        CompanyUser c = fixtures.company(CompanySize.SME, "48250", true, true);
        CurrentUser u = c.user();
        Actor actor = new Actor(u.username(), "APPLICANT", "127.0.0.1");
        Application a = management.start(u, callId, "CONVERGENT", actor);
        a = management.write(u, a.id(), new ApplicationForm(a.version(), "CONVERGENT", "융합 과제 " + c.company().name(),
                "이차전지 양극재 소성 공정과 분말 소재 조성을 함께 개선해야 하는 융합 과제입니다.", TextList.of("이차전지", "화학소재"),
                TextList.EMPTY, TextList.of("KRICT", "KIMS"), amount, 12, Won.ofManwon(1000), "김지원", "055-123-4567",
                u.username(), calls.call(callId).eligibility().declarations()), actor);
        documents.attach(u, a.id(), "plan.pdf", new ByteArrayInputStream(ApplicationsFixtures.PDF), actor);
        submission.submit(u, a.id(), null, Instant.now(), actor);
        kr.jiwon.testing.Events.awaitDelivered(jdbc);
        return new Applied(management.forMatching(a.id()), c);
    }

    /** Every institute the call's applications were passed to accepts (so selection may fund them). */
    public void institutesAccept(long callId) {
        for (Application a : management.handedIn(callId)) {
            requests.ofApplication(a.id()).stream().filter(o -> o.status() == OfferStatus.OFFERED)
                    .forEach(o -> requests.accept(o.institute(), o.id(), new Actor(o.institute(), "INSTITUTE",
                            "127.0.0.1")));
        }
    }

    /** Closes the call (early, if its window is still open) and screens every submission as ELIGIBLE. */
    public void closeAndScreen(long callId) {
        if (calls.call(callId).status() == CallStatus.PUBLISHED) {
            calls.close(callId);
        }
        CurrentUser officer = fixtures.account("officer", Role.OFFICER, null);
        List<Long> waiting = management.handedIn(callId).stream().filter(a -> a.status().awaitsScreening())
                .map(Application::id).toList();
        if (!waiting.isEmpty()) {
            screening.changeStatuses(officer, callId, waiting, ApplicationStatus.ELIGIBLE, null, OFFICE);
        }
    }

    /** The application as stored now. */
    public Application reload(Applied a) {
        return management.forMatching(a.id());
    }

    /** A reviewer with a login, invited to the call's panel. */
    public Reviewer reviewer(long callId, String name, List<String> brns, List<String> institutes,
            List<String> fields) {
        String username = "rev" + System.nanoTime();
        fixtures.account(username, Role.REVIEWER, null);
        Reviewer r = pool.register(new NewReviewer(name, username + "@review.kr", "한국대학교", brns, institutes,
                fields, "11", username), OFFICE);
        panel.invite(callId, r.id(), OFFICE);
        return r;
    }
}
