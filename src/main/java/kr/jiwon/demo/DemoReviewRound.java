package kr.jiwon.demo;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.jiwon.accounts.AccountManagement;
import kr.jiwon.accounts.NewAccount;
import kr.jiwon.applications.Application;
import kr.jiwon.applications.ApplicationForm;
import kr.jiwon.applications.ApplicationManagement;
import kr.jiwon.applications.ApplicationScreening;
import kr.jiwon.applications.ApplicationStatus;
import kr.jiwon.applications.ApplicationSubmission;
import kr.jiwon.applications.DocumentManagement;
import kr.jiwon.companies.Company;
import kr.jiwon.companies.CompanyManagement;
import kr.jiwon.matching.InstituteRequests;
import kr.jiwon.matching.MatchOffer;
import kr.jiwon.matching.OfferStatus;
import kr.jiwon.programs.Call;
import kr.jiwon.programs.CallManagement;
import kr.jiwon.programs.ProgramManagement;
import kr.jiwon.review.ReviewPlan;
import kr.jiwon.review.ReviewPlanning;
import kr.jiwon.review.ReviewerAssignment;
import kr.jiwon.review.Scoring;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.BusinessRegistrationNumber;
import kr.jiwon.shared.CompanySize;
import kr.jiwon.shared.CurrentUser;
import kr.jiwon.shared.Role;
import kr.jiwon.shared.TextList;
import kr.jiwon.shared.Won;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A call's life in progress, so the platform can be tried at once (first start of the embedded profile):
 * <ul>
 * <li>소부장 1차: twelve companies (the demo applicant among them) applied; the research institutes took the requests
 * on (a convergent one from two fields, one after another institute declined; two still wait for KITECH's answer);
 * the officer closed the call and screened it (one ineligible); the three demo reviewers submitted every score
 * sheet — an officer can run the selection, its what-if and the confirmation right away.</li>
 * <li>뿌리 자동화 1차: four applications under review, the sheets of {@code reviewer} still to be written.</li>
 * </ul>
 * Everything goes through the modules' own services, as the people would (documents, receipts, audit). The
 * companies other than (주)한빛다이캐스팅 and their texts are made up for the demo.
 */
@Component
@Order(35)
class DemoReviewRound implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoReviewRound.class);
    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes();
    private static final Actor OFFICER = new Actor("officer", "OFFICER", "127.0.0.1");

    private final DemoProperties properties;
    private final ProgramManagement programs;
    private final CallManagement calls;
    private final CompanyManagement companies;
    private final AccountManagement accounts;
    private final ApplicationManagement applications;
    private final ApplicationSubmission submission;
    private final DocumentManagement documents;
    private final ApplicationScreening screening;
    private final InstituteRequests requests;
    private final ReviewPlanning planning;
    private final ReviewerAssignment assignment;
    private final Scoring scoring;
    private final java.time.Clock clock;

    DemoReviewRound(DemoProperties properties, ProgramManagement programs, CallManagement calls,
            CompanyManagement companies, AccountManagement accounts, ApplicationManagement applications,
            ApplicationSubmission submission, DocumentManagement documents, ApplicationScreening screening,
            InstituteRequests requests, ReviewPlanning planning, ReviewerAssignment assignment,
            Scoring scoring, java.time.Clock clock) {
        this.clock = clock;
        this.properties = properties;
        this.programs = programs;
        this.calls = calls;
        this.companies = companies;
        this.accounts = accounts;
        this.applications = applications;
        this.submission = submission;
        this.documents = documents;
        this.screening = screening;
        this.requests = requests;
        this.planning = planning;
        this.assignment = assignment;
        this.scoring = scoring;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.enabled()) {
            return;
        }
        Call sbj = firstRound("SBJ");
        Call rpa = firstRound("RPA");
        if (sbj == null || rpa == null || !applications.handedIn(sbj.id()).isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        Map<DemoRequests.Demo, Application> sbjApps = apply(sbj, DemoRequests.SBJ);
        sbjApps.values().forEach(this::awaitFirstOffer);
        sbjApps.forEach(this::institutesAnswer);
        calls.close(sbj.id());
        CurrentUser officer = accounts.current("officer");
        List<Long> eligible = new ArrayList<>();
        Application ineligible = sbjApps.get(DemoRequests.SBJ.get(DemoRequests.SBJ.size() - 1));
        sbjApps.values().stream().filter(a -> !a.id().equals(ineligible.id())).forEach(a -> eligible.add(a.id()));
        screening.changeStatuses(officer, sbj.id(), eligible, ApplicationStatus.ELIGIBLE, null, OFFICER);
        screening.changeStatuses(officer, sbj.id(), List.of(ineligible.id()), ApplicationStatus.INELIGIBLE,
                "필수 제출 서류 누락 또는 불량(사업자 납세증명서 유효기간 경과)", OFFICER);
        // 소부장 gives no 가점 for 인구감소지역 (its 가점 is for 소부장 특화단지, domain notes); the field 가점 is a default
        planning.change(sbj.id(), 2, 10, "기술성:40\n사업화 가능성:30\n정책 부합성:30", "PRIORITY_FIELD:2",
                ReviewPlan.Aggregation.MEAN, false, OFFICER);
        assignment.assign(sbj.id(), OFFICER);
        score(sbj, sbjApps, List.of("reviewer", "reviewer2", "reviewer3"));

        Map<DemoRequests.Demo, Application> rpaApps = apply(rpa, DemoRequests.RPA);
        calls.close(rpa.id());
        screening.changeStatuses(officer, rpa.id(), rpaApps.values().stream().map(Application::id).toList(),
                ApplicationStatus.ELIGIBLE, null, OFFICER);
        planning.change(rpa.id(), 3, 10, "기술성:40\n사업화 가능성:30\n정책 부합성:30", "",
                ReviewPlan.Aggregation.MEAN, false, OFFICER);
        assignment.assign(rpa.id(), OFFICER);
        score(rpa, rpaApps, List.of("reviewer2", "reviewer3"));
        log.info("Demo review round: {} applications to {} (scored), {} to {} (under review), in {} ms",
                sbjApps.size(), sbj.title(), rpaApps.size(), rpa.title(), (System.nanoTime() - start) / 1_000_000);
    }

    private Call firstRound(String programCode) {
        return programs.programByCode(programCode).flatMap(p -> calls.callsOf(p.id()).stream()
                .filter(c -> c.round() == 1).findFirst()).orElse(null);
    }

    Map<DemoRequests.Demo, Application> apply(Call call, List<DemoRequests.Demo> demos) {
        Map<DemoRequests.Demo, Application> out = new LinkedHashMap<>();
        for (DemoRequests.Demo d : demos) {
            CurrentUser user = userOf(d);
            Actor actor = new Actor(user.username(), "APPLICANT", "127.0.0.1");
            Application a = applications.start(user, call.id(), d.track(), actor);
            Won amount = Won.ofManwon(d.manwon());
            int share = call.minOwnContributionPercent() == null ? 30 : Math.max(30, call.minOwnContributionPercent());
            // a share of the total cost (asked + own) when funders share it, else of the amount asked; in 만원
            int ownManwon = call.ownShareOfTotal()
                    ? (d.manwon() * share + (100 - share) - 1) / (100 - share)
                    : Math.max(500, d.manwon() * share / 100 / 100 * 100);
            Won own = Won.ofManwon(ownManwon);
            int maxMonths = call.tracks().stream().filter(t -> t.code().equals(d.track())).findFirst()
                    .map(kr.jiwon.programs.Track::maxMonths).orElse(12);
            a = applications.write(user, a.id(), new ApplicationForm(a.version(), d.track(), d.title(), d.bottleneck(),
                    TextList.of(d.fields()), TextList.EMPTY, TextList.of(d.desired()), amount,
                    Math.min(maxMonths, d.track().equals("CONVERGENT") ? 12 : 9), own, user.displayName(),
                    "055-123-4567",
                    a.contactEmail(), call.eligibility().declarations()), actor);
            documents.attach(user, a.id(), "사업계획서.pdf", new ByteArrayInputStream(PDF), actor);
            submission.submit(user, a.id(), null, clock.instant(), actor);
            out.put(d, applications.forMatching(a.id()));
        }
        return out;
    }

    /** The demo applicant's own account for its company; made-up contacts for the other companies. */
    private CurrentUser userOf(DemoRequests.Demo d) {
        Company c = companies.findByBusinessRegistrationNumber(BusinessRegistrationNumber.parse(d.brn()))
                .orElseGet(() -> companies.register(DemoData.demoCompany(d.brn(), d.company(), CompanySize.SME,
                        d.region(), TextList.of(d.fields()), true, d.root(),
                        d.root() ? TextList.of("주조", "열처리") : TextList.of())));
        return accounts.membersOf(c.id()).stream().findFirst().map(a -> accounts.current(a.username()))
                .orElseGet(() -> {
                    String email = "contact" + d.brn().replace("-", "") + "@demo.jiwon.example";
                    // made-up contacts never sign in: no password (a hash each was a third of this round)
                    accounts.createWithoutPassword(new NewAccount(email, email, null, contactName(d.brn()),
                            Role.APPLICANT, c.id(), null));
                    return accounts.current(email);
                });
    }

    /** Made-up names for the demo companies' contacts (common Korean names; no real person is meant). */
    private static final List<String> CONTACTS = List.of("김민준", "이서연", "박지훈", "최수빈", "정현우", "강지민", "조은비",
            "윤성호", "장미경", "임태윤", "한소영", "오준혁", "서하늘", "신동욱", "권나래", "황재석");

    /** A demo company's contact, always the same for the same 사업자등록번호. */
    static String contactName(String brn) {
        return CONTACTS.get(Math.floorMod(brn.hashCode(), CONTACTS.size()));
    }

    /** The institutes answer as the demo says: accept (both for a convergent project), decline first, or wait. */
    void institutesAnswer(DemoRequests.Demo d, Application a) {
        if (d.institutes() == DemoRequests.Institutes.PENDING || d.institutes() == DemoRequests.Institutes.NONE) {
            return;
        }
        if (d.institutes() == DemoRequests.Institutes.DECLINE_THEN_ACCEPT) {
            open(a).forEach(o -> requests.decline(o.institute(), o.id(), "현재 수행 중인 과제로 인력이 부족합니다.",
                    coordinator(o)));
        }
        for (int round = 0; round < 2; round++) {
            open(a).forEach(o -> requests.accept(o.institute(), o.id(), coordinator(o)));
        }
    }

    /** The request is passed to its first institute after the submission commits, apart from it: wait for that. */
    void awaitFirstOffer(Application a) {
        long until = System.nanoTime() + 30_000_000_000L;
        while (requests.ofApplication(a.id()).isEmpty() && System.nanoTime() < until) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private List<MatchOffer> open(Application a) {
        return requests.ofApplication(a.id()).stream().filter(o -> o.status() == OfferStatus.OFFERED).toList();
    }

    private static Actor coordinator(MatchOffer o) {
        return new Actor(o.institute().toLowerCase(java.util.Locale.ROOT) + "-coordinator", "INSTITUTE", "127.0.0.1");
    }

    /**
     * The reviewers' sheets: points near each application's quality, a little apart by reviewer, submitted. Only
     * the given reviewers write theirs.
     */
    void score(Call call, Map<DemoRequests.Demo, Application> apps, List<String> reviewers) {
        Map<Long, DemoRequests.Demo> byId = new LinkedHashMap<>();
        apps.forEach((d, a) -> byId.put(a.id(), d));
        for (String reviewer : reviewers) {
            int offset = reviewer.equals("reviewer") ? 2 : reviewer.equals("reviewer2") ? -3 : 1;
            for (Scoring.Task t : scoring.tasks(reviewer)) {
                DemoRequests.Demo d = byId.get(t.applicationId());
                if (t.callId() != call.id() || d == null) {
                    continue;
                }
                double q = Math.min(100, Math.max(40, d.quality() + offset)) / 100.0;
                Map<String, Double> points = Map.of("기술성", Math.round(40 * q * 2) / 2.0,
                        "사업화 가능성", Math.round(30 * q * 2) / 2.0, "정책 부합성",
                        Math.round(30 * Math.min(1, q + 0.03) * 2) / 2.0);
                scoring.save(reviewer, t.applicationId(), points, "제출 서류와 현장 애로를 검토했습니다.", true,
                        new Actor(reviewer, "REVIEWER", "127.0.0.1"));
            }
        }
    }
}
