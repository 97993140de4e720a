package kr.jiwon.applications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kr.jiwon.companies.Company;
import kr.jiwon.companies.CompanyFixtures;
import kr.jiwon.companies.ParticipationRestriction;
import kr.jiwon.programs.Call;
import kr.jiwon.programs.CallFixtures;
import kr.jiwon.shared.CompanySize;
import kr.jiwon.shared.FieldViolation;
import kr.jiwon.shared.TextList;
import kr.jiwon.shared.Won;
import org.junit.jupiter.api.Test;

/**
 * The eligibility the programs really have, each a named policy: 확인·서약 (참여제한, 체납, 휴·폐업, 중복 지원), the
 * 참여제한 register, duplicate funding across programs, evidence for 소부장·뿌리기업 status, two named institutes for
 * 융합형, and the plant's location apart from the head office; all failures come back at once.
 */
class EligibilityAdditionsTests {

    static final Instant OPEN = EligibilityPoliciesTests.OPEN;
    static final TextList ALL = TextList.of("NO_PARTICIPATION_RESTRICTION", "NO_TAX_ARREARS", "IN_BUSINESS",
            "NO_DUPLICATE_FUNDING");

    private static Application draft(String track, TextList institutes, TextList declarations) {
        Application a = Application.start(1L, 2L, track, "kim", "김지원", "kim@example.kr", OPEN);
        a.write(new ApplicationForm(null, track, "다이캐스팅 기공 불량 개선", "알루미늄 다이캐스팅 부품의 기공 불량률이 7%입니다.",
                TextList.of("기계금속"), TextList.EMPTY, institutes, Won.ofManwon(4000), 10, Won.ofManwon(1000), "김지원",
                "055-123-4567", "kim@example.kr", declarations), "kim", OPEN);
        return a;
    }

    private static SubmissionContext context(Application a, Call call, Company company,
            List<ParticipationRestriction> restrictions, List<SubmissionContext.Funded> funded) {
        return new SubmissionContext(a, call, company,
                EligibilityPoliciesTests.REGIONS.find(company.regionCode()).orElseThrow(), 1, OPEN, OPEN, 0,
                s -> true, s -> true, java.util.Set.of(),
                EligibilityPoliciesTests.REGIONS.find(company.siteRegionCode()).orElseThrow(), restrictions, funded);
    }

    private static List<String> keys(List<FieldViolation> v) {
        return v.stream().map(FieldViolation::messageKey).toList();
    }

    private static Company confirmed() {
        return CompanyFixtures.company(CompanySize.SME, "48250", true, true);
    }

    @Test
    void everyDeclarationTheCallAsksForMustBeConfirmed() {
        Call call = CallFixtures.declaring(null, ALL);
        Application none = draft("GENERAL", TextList.of("KITECH"), TextList.EMPTY);
        assertThat(EligibilityPolicies.declarations(context(none, call, confirmed(), List.of(), List.of())))
                .hasSize(4).allSatisfy(v -> {
                    assertThat(v.field()).isEqualTo("declarations");
                    assertThat(v.messageKey()).isEqualTo("eligibility.declarationMissing");
                });
        Application some = draft("GENERAL", TextList.of("KITECH"), TextList.of("no_tax_arrears", "IN_BUSINESS", "모름"));
        assertThat(some.content().declarations().values()).as("known codes only")
                .containsExactly("NO_TAX_ARREARS", "IN_BUSINESS");
        assertThat(EligibilityPolicies.declarations(context(some, call, confirmed(), List.of(), List.of())))
                .hasSize(2);
        Application all = draft("GENERAL", TextList.of("KITECH"), ALL);
        assertThat(EligibilityPolicies.declarations(context(all, call, confirmed(), List.of(), List.of()))).isEmpty();
        // a call that asks for nothing takes an application that declares nothing
        assertThat(EligibilityPolicies.declarations(context(none, CallFixtures.declaring(null, null), confirmed(),
                List.of(), List.of()))).isEmpty();
    }

    @Test
    void aRestrictedCompanyCannotApplyWhileTheRestrictionHolds() {
        Call call = CallFixtures.declaring(null, ALL);
        Application a = draft("GENERAL", TextList.of("KITECH"), ALL);
        ParticipationRestriction r = new ParticipationRestriction(1L, 2L, LocalDate.of(2030, 6, 1),
                LocalDate.of(2032, 5, 31), "국가연구개발혁신법 제32조 참여제한 처분", "officer", OPEN);
        List<FieldViolation> v = EligibilityPolicies.participationRestriction(context(a, call, confirmed(), List.of(r),
                List.of()));
        assertThat(keys(v)).containsExactly("eligibility.restricted");
        assertThat(v.get(0).args()).contains("국가연구개발혁신법 제32조 참여제한 처분");
        assertThat(r.holdsOn(LocalDate.of(2032, 5, 31))).isTrue();
        assertThat(r.holdsOn(LocalDate.of(2032, 6, 1))).isFalse();
    }

    @Test
    void theSameProjectSelectedInAnotherCallIsNotFundedTwice() {
        Call call = CallFixtures.declaring(null, ALL);
        Application a = draft("GENERAL", TextList.of("KITECH"), ALL);
        var sameTitle = new SubmissionContext.Funded("뿌리 공정 자동화 1차", "R-2030-1-000003", "다이캐스팅 기공 불량 개선!",
                "전혀 다른 설명");
        var sameProblem = new SubmissionContext.Funded("스마트공장 3.0", "S-2030-1-000010", "기공 저감 과제",
                "알루미늄 다이캐스팅 부품의 기공 불량률이 7%입니다");
        var other = new SubmissionContext.Funded("소부장 2차", "T-2030-2-000001", "도금 밀착력 개선",
                "커넥터 니켈 도금층이 열충격 시험에서 박리됩니다.");
        List<FieldViolation> v = EligibilityPolicies.duplicateFunding(context(a, call, confirmed(), List.of(),
                List.of(sameTitle, sameProblem, other)));
        assertThat(keys(v)).containsExactly("eligibility.duplicateFunding", "eligibility.duplicateFunding");
        assertThat(v.get(0).args()).containsExactly("뿌리 공정 자동화 1차", "R-2030-1-000003");
        assertThat(v.get(1).args()).containsExactly("스마트공장 3.0", "S-2030-1-000010");
    }

    @Test
    void aRequiredStatusCountsOnlyWithItsCertificateNumber() {
        Call call = CallFixtures.declaring(null, ALL); // requires 소부장 and 뿌리기업
        Application a = draft("GENERAL", TextList.of("KITECH"), ALL);
        assertThat(EligibilityPolicies.requiredStatus(context(a, call, confirmed(), List.of(), List.of()))).isEmpty();
        Company ticked = CompanyFixtures.declared(CompanySize.SME, "48250", null, true, true);
        assertThat(keys(EligibilityPolicies.requiredStatus(context(a, call, ticked, List.of(), List.of()))))
                .containsExactly("eligibility.sobujangEvidence", "eligibility.rootEvidence");
        Company neither = CompanyFixtures.declared(CompanySize.SME, "48250", null, false, false);
        assertThat(keys(EligibilityPolicies.requiredStatus(context(a, call, neither, List.of(), List.of()))))
                .containsExactly("eligibility.sobujangRequired", "eligibility.rootRequired");
    }

    @Test
    void aConvergentProjectNamesAsManyInstitutesAsItsTrackAsks() {
        Call call = CallFixtures.declaring(null, ALL); // 융합형 asks for two
        Application one = draft("CONVERGENT", TextList.of("KITECH"), ALL);
        List<FieldViolation> v = EligibilityPolicies.namedInstitutes(context(one, call, confirmed(), List.of(),
                List.of()));
        assertThat(keys(v)).containsExactly("eligibility.institutesRequired");
        assertThat(v.get(0).field()).isEqualTo("desiredInstitutes");
        assertThat(v.get(0).args()).containsExactly("융합형", "2", "1");
        Application two = draft("CONVERGENT", TextList.of("KITECH", "KIMS"), ALL);
        assertThat(EligibilityPolicies.namedInstitutes(context(two, call, confirmed(), List.of(), List.of())))
                .isEmpty();
        Application general = draft("GENERAL", TextList.EMPTY, ALL);
        assertThat(EligibilityPolicies.namedInstitutes(context(general, call, confirmed(), List.of(), List.of())))
                .as("일반형 asks for one, which matching finds").isEmpty();
    }

    @Test
    void thePlantCountsBesideTheHeadOfficeForRegionsAndForTheDeclineAreaTest() {
        // head office in 서울 강남구 (11680), plant in 경남 거창군 (48880, 인구감소지역); the call is for 경남 (48)
        Company split = CompanyFixtures.declared(CompanySize.SME, "11680", "48880", false, false);
        assertThat(split.siteRegionCode()).isEqualTo("48880");
        assertThat(EligibilityPoliciesTests.REGIONS.find(split.siteRegionCode()).orElseThrow().declineArea()).isTrue();
        assertThat(EligibilityPoliciesTests.REGIONS.find(split.regionCode()).orElseThrow().declineArea()).isFalse();
        Call gyeongnam = CallFixtures.declaring(TextList.of("48"), ALL);
        Application a = draft("GENERAL", TextList.of("KITECH"), ALL);
        assertThat(EligibilityPolicies.region(context(a, gyeongnam, split, List.of(), List.of()))).isEmpty();
        Company seoulOnly = CompanyFixtures.declared(CompanySize.SME, "11680", null, false, false);
        assertThat(keys(EligibilityPolicies.region(context(a, gyeongnam, seoulOnly, List.of(), List.of()))))
                .containsExactly("eligibility.region");
    }

    @Test
    void allFailuresComeBackAtOnce() {
        Call call = CallFixtures.declaring(null, ALL);
        Application a = draft("CONVERGENT", TextList.of("KITECH"), TextList.EMPTY);
        Company ticked = CompanyFixtures.declared(CompanySize.SME, "48250", null, true, true);
        ParticipationRestriction r = new ParticipationRestriction(1L, 2L, LocalDate.of(2030, 6, 1),
                LocalDate.of(2032, 5, 31), "참여제한 처분", "officer", OPEN);
        var same = new SubmissionContext.Funded("다른 사업", "X-1", "다이캐스팅 기공 불량 개선", "");
        List<FieldViolation> v = new EligibilityPolicies().checkContent(context(a, call, ticked, List.of(r),
                List.of(same)));
        assertThat(keys(v)).contains("eligibility.sobujangEvidence", "eligibility.rootEvidence",
                "eligibility.institutesRequired", "eligibility.declarationMissing", "eligibility.restricted",
                "eligibility.duplicateFunding");
        assertThat(new EligibilityPolicies().all()).extracting(EligibilityPolicy::name).contains("declarations",
                "participation-restriction", "duplicate-funding", "named-institutes", "required-status", "region");
    }

    @Test
    void whenFundersShareTheTotalCostTheCompanysPartIsOfTheTotalAndItsCashAtMostThatPart() {
        Call shared = CallFixtures.sharing(40);
        // 6,000만원 asked: the company pays 40 % of the total, so at least 4,000만원 (4,000 / 10,000)
        Application a = Application.start(1L, 2L, "GENERAL", "kim", "김지원", "kim@example.kr", OPEN);
        a.write(new ApplicationForm(null, "GENERAL", "기초 MES", "설비 데이터 수집과 생산 실적 관리 시스템을 구축하려 합니다.",
                TextList.of("디지털 전환"), TextList.EMPTY, TextList.EMPTY, Won.ofManwon(6000), 6, Won.ofManwon(3999),
                "김지원", "055-123-4567", "kim@example.kr", TextList.EMPTY, Won.ofManwon(4500)), "kim", OPEN);
        List<FieldViolation> v = EligibilityPolicies.ownContribution(context(a, shared, confirmed(), List.of(),
                List.of()));
        assertThat(keys(v)).containsExactly("eligibility.cashOverOwn", "eligibility.ownShareOfTotal");
        assertThat(v.get(1).args()[2]).isEqualTo(Won.ofManwon(4000));
        Application ok = Application.start(1L, 2L, "GENERAL", "kim", "김지원", "kim@example.kr", OPEN);
        ok.write(new ApplicationForm(null, "GENERAL", "기초 MES", "설비 데이터 수집과 생산 실적 관리 시스템을 구축하려 합니다.",
                TextList.of("디지털 전환"), TextList.EMPTY, TextList.EMPTY, Won.ofManwon(6000), 6, Won.ofManwon(4000),
                "김지원", "055-123-4567", "kim@example.kr", TextList.EMPTY, Won.ofManwon(1000)), "kim", OPEN);
        assertThat(EligibilityPolicies.ownContribution(context(ok, shared, confirmed(), List.of(), List.of())))
                .isEmpty();
    }
}
