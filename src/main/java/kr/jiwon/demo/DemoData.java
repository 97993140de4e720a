package kr.jiwon.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import kr.jiwon.accounts.AccountManagement;
import kr.jiwon.accounts.NewAccount;
import kr.jiwon.companies.CompanyManagement;
import kr.jiwon.companies.NewCompany;
import kr.jiwon.programs.Call;
import kr.jiwon.programs.CallManagement;
import kr.jiwon.programs.NewCall;
import kr.jiwon.programs.NewCall.NewEligibility;
import kr.jiwon.programs.NewPlan;
import kr.jiwon.programs.NewProgram;
import kr.jiwon.programs.NewTrack;
import kr.jiwon.programs.Plan;
import kr.jiwon.programs.Program;
import kr.jiwon.programs.ProgramManagement;
import kr.jiwon.shared.CompanySize;
import kr.jiwon.shared.Role;
import kr.jiwon.shared.SeoulTime;
import kr.jiwon.shared.TextList;
import kr.jiwon.shared.Won;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds, on the first start of the embedded profile, the programs of our seed material with their published
 * figures, calls whose windows are set relative to today (so some are open), a few companies and demo users.
 * Figures not published (demo call budgets of the 뿌리 and smart-factory calls, their track caps) are marked
 * as illustrative in the call summaries.
 */
@Component
@Order(20)
@EnableConfigurationProperties(DemoProperties.class)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final String ARGON2 = "{argon2@SpringSecurity_v5_8}";
    static final List<DemoUser> USERS = List.of(
            new DemoUser("admin", "jiwon-admin-demo", Role.ADMIN, "플랫폼 관리자", null, null,
                    ARGON2 + "$argon2id$v=19$m=16384,t=2,p=1$wNuJoE3LqtbuOGcTXc5Q8Q$Smman7Ruo6pvFU/DfWHdyics8tQzocrU2LRBQW9b/bQ"),
            new DemoUser("officer", "jiwon-officer-demo", Role.OFFICER, "KIAT 사업담당자", null, null,
                    ARGON2 + "$argon2id$v=19$m=16384,t=2,p=1$SLwUJt3p5scfXoMPEshuRg$1WE2YHX75ikzbcf9h4gPHd12pXuy5UbAHzhUcLT1prs"),
            new DemoUser("applicant", "jiwon-applicant-demo", Role.APPLICANT, "김지원 과장", "613-81-03457", null,
                    ARGON2 + "$argon2id$v=19$m=16384,t=2,p=1$LZgq0ASJ0zGceP0GROfbMw$ebdlckm0EUez32KTR22epIlo9mqxFrSD+TXsIesbXn0"),
            new DemoUser("institute", "jiwon-institute-demo", Role.INSTITUTE, "KITECH 기업지원 담당", null, "KITECH",
                    ARGON2 + "$argon2id$v=19$m=16384,t=2,p=1$hACXbzCmlIagEmMvfAKfhA$oMGkOxW8IL1L7kVaRfRfRLqQzeFBVR4TORAGFW6tnNs"),
            new DemoUser("reviewer", "jiwon-reviewer-demo", Role.REVIEWER, "평가위원 박기술", null, null,
                    ARGON2 + "$argon2id$v=19$m=16384,t=2,p=1$ZexbrBTtkdIkMHJBsLJjzw$ht6IaVfDTHItdE/Iow4wCOlKr2iPtpfRiQW5auaY0bg"),
            new DemoUser("reviewer2", "jiwon-reviewer-demo", Role.REVIEWER, "평가위원 최소재", null, null,
                    ARGON2 + "$argon2id$v=19$m=16384,t=2,p=1$eS/gdRNNqLKcSG4EmcjLNQ$tKgyzJLBrP/ZiZGu57DlZ2Ew1YTlafX1sBYb8jXMZm8"),
            new DemoUser("reviewer3", "jiwon-reviewer-demo", Role.REVIEWER, "평가위원 정공정", null, null,
                    ARGON2 + "$argon2id$v=19$m=16384,t=2,p=1$+PNkhs3Bw4Td8RwzIcaGqw$LezG8Kym17znj/hsgk8aPE/FRVU8agCpkS9U4t4M+XM"));

    /**
     * A demo login; {@code hash} is its password's Argon2id hash made once (the passwords are published here and in
     * the README), so a first start does not spend seconds hashing them.
     */
    record DemoUser(String username, String password, Role role, String displayName, String companyBrn,
            String institute, String hash) {
    }

    private final DemoProperties properties;
    private final ProgramManagement programs;
    private final CallManagement calls;
    private final CompanyManagement companies;
    private final AccountManagement accounts;
    private final kr.jiwon.institutes.InstituteManagement institutes;
    private final Clock clock;

    DemoData(DemoProperties properties, ProgramManagement programs, CallManagement calls, CompanyManagement companies,
            AccountManagement accounts, kr.jiwon.institutes.InstituteManagement institutes, Clock clock) {
        this.properties = properties;
        this.programs = programs;
        this.calls = calls;
        this.companies = companies;
        this.accounts = accounts;
        this.institutes = institutes;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!properties.enabled()) {
            return;
        }
        if (programs.programs().isEmpty()) {
            seedPrograms();
            seedCompanies();
            log.info("Demo data loaded: {} programs, {} calls", programs.programs().size(),
                    calls.calls(kr.jiwon.programs.CallFilter.published()).size());
        }
        for (DemoUser u : USERS) {
            if (!accounts.exists(u.username())) {
                Long companyId = u.companyBrn() == null
                        ? null
                        : companies.findByBusinessRegistrationNumber(
                                kr.jiwon.shared.BusinessRegistrationNumber.parse(u.companyBrn())).map(c -> c.id())
                                .orElse(null);
                Long instituteId = u.institute() == null
                        ? null
                        : institutes.find(u.institute()).map(i -> i.id()).orElse(null);
                accounts.createWithHash(new NewAccount(u.username(), u.username() + "@demo.jiwon.example",
                        u.password(), u.displayName(), u.role(), companyId, instituteId), u.hash());
            }
        }
        StringBuilder sb = new StringBuilder("\n  Jiwon demo logins (embedded profile only):");
        USERS.forEach(
                u -> sb.append(String.format("%n    %-9s %-10s password %s", u.role(), u.username(), u.password())));
        log.info(sb.toString());
    }

    private LocalDateTime daysFromToday(int days, int hour) {
        LocalDate today = SeoulTime.today(clock);
        return LocalDateTime.of(today.plusDays(days), LocalTime.of(hour, 0));
    }

    private void seedPrograms() {
        Plan root = programs.createPlan(new NewPlan(2024, "2024 뿌리산업 진흥 실행계획", "산업통상자원부",
                Won.ofEok(6369), Won.ofEok(4057),
                "뿌리산업 인력·자동화·디지털 전환·기술개발·특화단지를 아우르는 연간 실행계획. 총 6,369억원으로 전년 대비 57% 늘었다. "
                        + "(전년 총액 4,057억원은 공표된 증가율 +57%에서 역산한 값)"));

        // the published rules: 일반형 up to 5,000만원, 융합형 (two or more institutes) up to 2억원, at most a year,
        // two calls a year (zdnet 2025; docs/reference-sources.md)
        List<NewTrack> sbjTracks = List.of(
                new NewTrack("GENERAL", "일반형", Won.ofManwon(5000), 12, null, 1),
                new NewTrack("CONVERGENT", "융합형(2개 이상 연구기관)", Won.ofEok(2), 12, null, 2));
        Program sbj = programs.createProgram(new NewProgram(null, "SBJ", "소부장 융합혁신지원단 심화기술지원사업",
                "산업통상자원부", "한국산업기술진흥원(KIAT)", Won.ofEok(34), null, 2021, null, null,
                "약 40개 공공연구기관이 기술·연구인력·장비를 빌려주어 소재·부품·장비 기업의 현장 애로기술과 공정 문제를 해결한다. "
                        + "연 34억원으로 40여 개 과제, 과제당 최대 5,000만원(융합형 최대 2억원), 최장 1년, 연 2회 공고. "
                        + "바이오·첨단소재·이차전지·의료기기 분야 4개 기관이 새로 참여해 이 분야 기업도 지원받을 수 있으며, "
                        + "소부장 특화단지·지역 테크노파크와 연계한다. "
                        + "첫 2년간 98개 과제를 지원했다. 신청은 KIAT와 K-PASS를 통해 받는다.",
                TextList.of("공급망 안정", "탄소중립", "디지털 전환"), 2,
                sbjTracks));
        // the four fields of the newly joining institutes widen who can be helped; they are not priority fields.
        // Priority, as the 2023-02-20 notice says (zdnet, 더팩트, 연합뉴스): 소부장 범용기술 for 공급망 안정, 탄소중립 and
        // 디지털 전환 (the priority fields), and convergent (융합형) R&D answering advanced technologies such as
        // micro-OLED (priority to the convergent track, not a field of its own)
        NewEligibility sbjRules = new NewEligibility(TextList.of(CompanySize.SME.name(), CompanySize.MIDSIZE.name()),
                true, false, null, false, null, TextList.of("공급망 안정", "탄소중립", "디지털 전환"), DECLARATIONS, true);
        // 1차: its applications are in (the demo's review round closes it and takes it through screening and
        // review, so an officer can select at once); 2차: open now for a newcomer's own application.
        publish(new NewCall(sbj.id(), 1, "소부장 융합혁신지원단 심화기술지원사업 1차 공고",
                "1차 17억원, 약 25개 과제. 일반형 과제당 최대 5,000만원, 융합형(2개 이상 연구기관 참여) 최대 2억원, 수행기간 최대 12개월. "
                        + "공급망 안정·탄소중립·디지털 전환 관련 소부장 범용기술과, 마이크로 OLED 같은 고도 기술에 대응하는 융합형 과제를 "
                        + "우선 지원한다. "
                        + "애로기술 예: 도금 밀착력, 열처리 변형, 이차전지 소재 공정 수율.",
                Won.ofEok(17), 25, daysFromToday(-40, 9), daysFromToday(1, 18), sbjTracks, sbjRules, 0, null, 5));
        publish(new NewCall(sbj.id(), 2, "소부장 융합혁신지원단 심화기술지원사업 2차 공고",
                "연간 34억원 중 1차(17억원) 이후 남은 17억원. 약 15개 과제는 연 40여 개 과제에서 1차 25개를 뺀 추정치다. "
                        + "조건은 1차와 같다. "
                        + "애로기술 예: 다이캐스팅 기공 불량, 열처리 변형, 이차전지 소재 공정 수율.",
                Won.ofEok(17), 15, daysFromToday(-3, 9), daysFromToday(27, 18), sbjTracks, sbjRules, 0, null, 5));

        // published: 2023년부터 3년간 매년 100억원 (한국경제 2023-05-24); the demo keeps the program running up to
        // the close of its open call (35 days from today) so that the demo has one, and says so; the track caps are those of Samsung 상생형 2차
        // (6,000만원 기초 to 1.5억원 고도화, domain notes)
        int ssfLastYear = Math.max(2025, SeoulTime.today(clock).plusDays(35).getYear());
        Program ssf = programs.createProgram(new NewProgram(null, "SSF", "삼성 스마트공장 3.0", "삼성전자·중소벤처기업부",
                "삼성전자 스마트공장지원센터", Won.ofEok(100), Won.ofEok(300), 2023, ssfLastYear, 600,
                "AI와 데이터로 중소기업 공장을 지능형 공장으로 전환한다. 3년간 매년 100억원, 600개 중소기업 지원. "
                        + "인구감소지역 기업을 우선 선정하고 지자체와 지역 생태계를 만든다. 2015년 이후 3,000개 중소기업을 도왔다."
                        + (ssfLastYear > 2025
                                ? " (공표된 사업 기간은 2023~2025년이며, 데모는 " + ssfLastYear
                                        + "년까지 이어진다고 가정한다.)"
                                : ""),
                TextList.of("디지털 전환", "스마트공장", "인공지능"), null, List.of(
                        new NewTrack("BASIC", "기초(스마트공장 구축)", Won.ofManwon(6000), 6, null, 0),
                        new NewTrack("ADVANCED", "고도화(AI·데이터)", Won.ofManwon(15000), 12, null, 0))));
        publish(illustrative(new NewCall(ssf.id(), 1, "삼성 스마트공장 3.0 참여기업 모집",
                "연 100억원으로 약 200개 기업 지원(3년간 600개). 인구감소지역 소재 기업 우선 선정.",
                Won.ofEok(100), 200, daysFromToday(-3, 9), daysFromToday(35, 18), List.of(
                        new NewTrack("BASIC", "기초(스마트공장 구축)", Won.ofManwon(6000), 6, null, 0),
                        new NewTrack("ADVANCED", "고도화(AI·데이터)", Won.ofManwon(15000), 12, null, 0)),
                new NewEligibility(TextList.of(CompanySize.SME.name()), false, false, null, true, null,
                        TextList.of("디지털 전환", "스마트공장"), DECLARATIONS),
                0, 40, 7), SSF_ASSUMPTIONS, SSF_SHARES));

        Program rpa = programs.createProgram(new NewProgram(root.id(), "RPA", "뿌리기업 자동화·지능화 지원", "산업통상자원부",
                "한국생산기술연구원 국가뿌리산업진흥센터", Won.ofEok(175), null, 2024, null, null,
                "뿌리기업 공정의 자동화·지능화 설비와 기술을 지원한다(2024 실행계획 175억원).",
                TextList.of("자동화", "디지털 전환")));
        Program rdx = programs.createProgram(new NewProgram(root.id(), "RDX", "뿌리산업 디지털 전환 지원", "산업통상자원부",
                null, Won.ofEok(87), null, 2024, null, null, "뿌리공정 데이터 수집·분석과 디지털 전환을 지원한다(87억원).",
                TextList.of("디지털 전환")));
        publish(illustrative(new NewCall(rdx.id(), 1, "뿌리산업 디지털 전환 지원사업 참여기업 모집",
                "뿌리공정의 데이터 수집·분석과 디지털 전환을 지원한다.",
                Won.ofEok(20), 20, daysFromToday(14, 9), daysFromToday(45, 18), List.of(
                        new NewTrack("GENERAL", "일반형", Won.ofEok(1), 9, null, 0)),
                new NewEligibility(TextList.of(CompanySize.SME.name()), false, true, null, false, null,
                        TextList.of("디지털 전환"), DECLARATIONS),
                0, 25, 5), "공고 예산(20억원), 과제당 한도(1억원), 기업 부담 25%와 수행기간은 예시 값이다(공고문에서 온 값이 아님)."));
        programs.createProgram(new NewProgram(root.id(), "RBP", "뿌리산업 BIZ 플랫폼", "산업통상자원부", null,
                Won.ofEok(10), null, 2024, 2024, null, "뿌리기업과 수요기업을 잇는 거래·정보 플랫폼(10억원).", TextList.of()));
        programs.createProgram(new NewProgram(root.id(), "RRD", "차세대 공통·핵심 뿌리기술개발", "산업통상자원부", null,
                null, Won.ofEok(1131), 2025, 2030, null, "차세대 공통·핵심 뿌리기술 R&D(2025~2030년 1,131억원).",
                TextList.of("뿌리기술", "탄소중립")));
        // 1차 is under review (the demo's review round); 2차 is open. Research institutes take no part (0).
        // no published priority to 인구감소지역 (that is 삼성 스마트공장 3.0's): false
        NewEligibility rpaRules = new NewEligibility(TextList.of(CompanySize.SME.name()), false, true, null, false,
                null, TextList.of("자동화", "디지털 전환"), DECLARATIONS);
        publish(illustrative(new NewCall(rpa.id(), 1, "뿌리기업 공정 자동화·지능화 지원사업 1차 참여기업 모집",
                "뿌리기업의 공정 자동화·지능화를 지원한다.",
                Won.ofEok(10), 10, daysFromToday(-45, 9), daysFromToday(1, 18), List.of(
                        new NewTrack("GENERAL", "일반형", Won.ofEok(1), 9, null, 0)),
                rpaRules, 0, 25, 5), "공고 예산(10억원), 과제당 한도(1억원), 기업 부담 25%와 수행기간은 예시 값이다(공고문에서 온 값이 아님)."));
        publish(illustrative(new NewCall(rpa.id(), 2, "뿌리기업 공정 자동화·지능화 지원사업 2차 참여기업 모집",
                "뿌리기업의 공정 자동화·지능화를 지원한다.",
                Won.ofEok(30), 30, daysFromToday(-20, 9), daysFromToday(6, 18), List.of(
                        new NewTrack("GENERAL", "일반형", Won.ofEok(1), 9, null, 0)),
                rpaRules, 10, 25, 5),
                "공고 예산(30억원), 과제당 한도(1억원), 기업 부담 25%, 수행기간과 마감 후 10분 유예는 예시 값이다(공고문에서 온 값이 아님)."));
    }

    /**
     * What the demo's 삼성 스마트공장 3.0 call assumes (shown to officers, never as public call text): the money split
     * is the one the domain notes give for 경남 2024, the caps are Samsung 상생형 2차's, the durations are ours.
     */
    static final String SSF_ASSUMPTIONS = "기업 부담 40% 이상(총사업비 기준)은 경남 2024 사례(삼성 30·도 15·시군 15·기업 40%)를 "
            + "따른 가정이다. 트랙별 지원한도(기초 6,000만원, 고도화 1.5억원)는 삼성 상생형 스마트공장 2차의 값이다. 수행기간(기초 6개월, "
            + "고도화 12개월)은 공고문에서 온 값이 아닌 가정이다.";

    /** The call with a note, for officers only, of what in it is illustrative or assumed. */
    static NewCall illustrative(NewCall c, String assumptions) {
        return illustrative(c, assumptions, c.costShares());
    }

    /** The same, with funders sharing the total cost. */
    static NewCall illustrative(NewCall c, String assumptions, List<NewCall.NewCostShare> shares) {
        return new NewCall(c.programId(), c.round(), c.title(), c.summary(), c.budget(), c.expectedProjects(),
                c.opensAt(), c.closesAt(), c.tracks(), c.eligibility(), c.graceMinutes(), c.minOwnContributionPercent(),
                c.instituteResponseDays(), c.ruleOverrideReason(),
                new kr.jiwon.programs.CallNotice(TextList.EMPTY, null, null, null, assumptions), shares);
    }

    /**
     * 삼성 스마트공장 3.0's money as the domain notes give it for 경남 2024 (§3): 삼성 30 / 도 15 / 시군 15 / 기업 40 % of
     * the total cost, the company's part in cash or in kind.
     */
    static final List<NewCall.NewCostShare> SSF_SHARES = List.of(new NewCall.NewCostShare("삼성전자", 30, false),
            new NewCall.NewCostShare("광역자치단체(도)", 15, false), new NewCall.NewCostShare("기초자치단체(시·군)", 15, false),
            new NewCall.NewCostShare("참여기업", 40, true));

    private void publish(NewCall call) {
        Call created = calls.create(call);
        calls.publish(created.id());
    }

    private void seedCompanies() {
        companies.register(demoCompany("613-81-03457", "(주)한빛다이캐스팅", CompanySize.SME, "48250",
                TextList.of("기계금속", "자동차"), true, true, TextList.of("주조", "금형")));
        companies.register(demoCompany("201-81-07721", "누리디스플레이(주)", CompanySize.SME, "41590",
                TextList.of("디스플레이"), true, false, TextList.of()));
        companies.register(demoCompany("135-86-09131", "(주)영월정밀", CompanySize.SME, "51750",
                TextList.of("기계금속"), false, true, TextList.of("정밀가공", "열처리")));
        companies.register(demoCompany("407-81-05582", "새솔배터리소재(주)", CompanySize.MIDSIZE, "43110",
                TextList.of("이차전지", "기초화학"), true, false, TextList.of()));
    }

    /**
     * A made-up demo company whose statuses carry made-up 확인서 numbers, marked 예시 so that nobody mistakes them
     * for real certificates.
     */
    static NewCompany demoCompany(String brn, String name, CompanySize size, String region, TextList fields,
            boolean sobujang, boolean root, TextList rootTechnologies) {
        String digits = brn.replace("-", "");
        return new NewCompany(brn, name, size, region, fields, sobujang, root, rootTechnologies, null,
                sobujang ? "예시-소부장-" + digits : null, root ? "예시-뿌리-" + digits : null, null, null);
    }

    /** What every demo call asks companies to confirm (domain notes §2 and §4: 요건검토 covers these). */
    static final TextList DECLARATIONS = TextList.of(java.util.Arrays.stream(kr.jiwon.programs.Declaration.values())
            .map(Enum::name).toList());
}
