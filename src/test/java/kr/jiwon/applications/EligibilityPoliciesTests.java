package kr.jiwon.applications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import kr.jiwon.companies.Company;
import kr.jiwon.companies.CompanyFixtures;
import kr.jiwon.programs.Call;
import kr.jiwon.programs.CallFixtures;
import kr.jiwon.shared.CompanySize;
import kr.jiwon.shared.FieldViolation;
import kr.jiwon.shared.Regions;
import kr.jiwon.shared.TextList;
import kr.jiwon.shared.Won;
import org.junit.jupiter.api.Test;

/** Each eligibility policy on its own, without Spring: what it accepts and what it refuses, beside which field. */
class EligibilityPoliciesTests {

    static final Regions REGIONS = new Regions();
    static final Instant OPEN = Instant.parse("2031-03-10T00:00:00Z");
    static final Instant CLOSE = Instant.parse("2031-03-31T09:00:00Z"); // 18:00 KST

    static Call call() {
        return CallFixtures.published(TextList.of("SME"), true, false, null, 0, 20);
    }

    /** A complete draft of 4천만원 for 10 months with 1천만원 of its own, naming KITECH. */
    static Application draft(String track, Won amount, int months, Won own) {
        Application a = Application.start(1L, 2L, track, "kim", "김지원", "kim@example.kr", OPEN);
        a.write(new ApplicationForm(null, track, "다이캐스팅 기공 불량 개선", "알루미늄 다이캐스팅 부품의 기공 불량률이 7%입니다.",
                TextList.of("기계금속"), TextList.of("RT01"), TextList.of("KITECH"), amount, months, own, "김지원",
                "055-123-4567", "kim@example.kr"), "kim", OPEN);
        return a;
    }

    static Application draft() {
        return draft("GENERAL", Won.ofManwon(4000), 10, Won.ofManwon(1000));
    }

    static SubmissionContext context(Application a, Call call, Company company, int documents, Instant now,
            int otherHandedIn) {
        return new SubmissionContext(a, call, company, REGIONS.find(company.regionCode()).orElseThrow(), documents,
                now, now, otherHandedIn, "KITECH"::equals, "RT01"::equals, java.util.Set.of());
    }

    static SubmissionContext context(Application a) {
        return context(a, call(), CompanyFixtures.company(CompanySize.SME, "48250", true, true), 1, OPEN, 0);
    }

    static List<String> fields(List<FieldViolation> v) {
        return v.stream().map(FieldViolation::field).toList();
    }

    @Test
    void openWindowAcceptsOnlyBetweenOpeningAndCloseByTheServersClock() {
        Application a = draft();
        Company c = CompanyFixtures.company(CompanySize.SME, "48250", true, true);
        assertThat(EligibilityPolicies.openWindow(context(a, call(), c, 1, OPEN, 0))).isEmpty();
        assertThat(EligibilityPolicies.openWindow(context(a, call(), c, 1, CLOSE, 0)))
                .extracting(FieldViolation::messageKey).containsExactly("eligibility.closed");
        assertThat(EligibilityPolicies.openWindow(context(a, call(), c, 1, Instant.parse("2031-03-01T00:00:00Z"), 0)))
                .extracting(FieldViolation::messageKey).containsExactly("eligibility.notYetOpen");
    }

    @Test
    void completeNamesEveryMissingPartBesideItsField() {
        assertThat(EligibilityPolicies.complete(context(draft()))).isEmpty();
        Application a = Application.start(1L, 2L, "GENERAL", "kim", "김지원", null, OPEN);
        a.write(new ApplicationForm(null, "GENERAL", "", "짧음", null, TextList.of("RT99"), TextList.of("NOPE"), null,
                null, null, "김", "12", "not-an-address"), "kim", OPEN);
        SubmissionContext ctx = context(a, call(), CompanyFixtures.company(CompanySize.SME, "48250", true, true), 0,
                OPEN, 0);
        assertThat(fields(EligibilityPolicies.complete(ctx))).containsExactlyInAnyOrder("title", "bottleneck",
                "contactPhone", "contactEmail", "documents", "desiredInstitutes", "rootTechnologies");
    }

    @Test
    void sizeClassAndRequiredStatusFollowTheCall() {
        Application a = draft();
        Company large = CompanyFixtures.company(CompanySize.MIDSIZE, "48250", true, true);
        assertThat(fields(EligibilityPolicies.sizeClass(context(a, call(), large, 1, OPEN, 0))))
                .containsExactly("company");
        Company notSobujang = CompanyFixtures.company(CompanySize.SME, "48250", false, false);
        assertThat(EligibilityPolicies.requiredStatus(context(a, call(), notSobujang, 1, OPEN, 0)))
                .extracting(FieldViolation::messageKey).containsExactly("eligibility.sobujangRequired");
    }

    @Test
    void aCallLimitedToARegionAcceptsItsSidoAndItsSigungu() {
        Application a = draft();
        Call gyeongnam = CallFixtures.published(TextList.of("SME"), false, false, TextList.of("48"), 0, null);
        Company gimhae = CompanyFixtures.company(CompanySize.SME, "48250", true, true);
        Company seoul = CompanyFixtures.company(CompanySize.SME, "11110", true, true);
        assertThat(EligibilityPolicies.region(context(a, gyeongnam, gimhae, 1, OPEN, 0))).isEmpty();
        assertThat(fields(EligibilityPolicies.region(context(a, gyeongnam, seoul, 1, OPEN, 0))))
                .containsExactly("company");
    }

    @Test
    void oneApplicationPerCompanyAndCall() {
        Application a = draft();
        Company c = CompanyFixtures.company(CompanySize.SME, "48250", true, true);
        assertThat(EligibilityPolicies.onePerCompany(context(a, call(), c, 1, OPEN, 1)))
                .extracting(FieldViolation::messageKey).containsExactly("eligibility.alreadyApplied");
    }

    @Test
    void amountAndDurationStayWithinTheTrackAndTheOwnContributionIsWhatTheCallAsks() {
        assertThat(EligibilityPolicies.amountWithinCap(context(draft("GENERAL", Won.ofManwon(6000), 10,
                Won.ofManwon(2000))))).extracting(FieldViolation::messageKey).containsExactly("eligibility.overCap");
        assertThat(EligibilityPolicies.amountWithinCap(context(draft("CONVERGENT", Won.ofManwon(6000), 10,
                Won.ofManwon(2000))))).isEmpty();
        assertThat(EligibilityPolicies.amountWithinCap(context(draft("NOPE", Won.ofManwon(1000), 10,
                Won.ofManwon(500))))).extracting(FieldViolation::messageKey)
                .containsExactly("eligibility.unknownTrack");
        assertThat(EligibilityPolicies.durationWithinTrack(context(draft("GENERAL", Won.ofManwon(4000), 13,
                Won.ofManwon(1000))))).extracting(FieldViolation::messageKey).containsExactly("eligibility.tooLong");
        // the call asks for 20 %: 4천만원 needs 800만원 of the company's own
        assertThat(EligibilityPolicies.ownContribution(context(draft("GENERAL", Won.ofManwon(4000), 10,
                Won.ofManwon(700))))).extracting(FieldViolation::field).containsExactly("ownContribution");
        assertThat(EligibilityPolicies.ownContribution(context(draft("GENERAL", Won.ofManwon(4000), 10,
                Won.ofManwon(800))))).isEmpty();
    }

    @Test
    void theAggregateIsSubmittedOnlyWhenEveryPolicyAcceptsItAndOtherwiseStaysADraft() {
        EligibilityPolicies policies = new EligibilityPolicies();
        Application refused = draft("GENERAL", Won.ofManwon(6000), 13, Won.ofManwon(100));
        SubmissionContext bad = context(refused);
        try {
            refused.submit(policies, bad, "kim", OPEN);
            throw new AssertionError("submitted although refused");
        } catch (kr.jiwon.shared.InvalidInputException e) {
            assertThat(fields(e.violations())).contains("requestedAmount", "durationMonths", "ownContribution");
        }
        assertThat(refused.status()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(refused.transitions()).hasSize(1);

        Application ok = draft();
        ok.submit(policies, context(ok), "kim", OPEN);
        assertThat(ok.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(ok.submittedAt()).isEqualTo(OPEN);
    }
}
