package kr.jiwon.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import kr.jiwon.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class ApplicationTests {

    private static final Instant NOW = Instant.parse("2031-03-10T00:00:00Z");

    @Test
    void recordsEveryTransitionWithActorTimeAndReason() {
        Application a = EligibilityPoliciesTests.draft();
        a.submit(new EligibilityPolicies(), EligibilityPoliciesTests.context(a), "kim", NOW.plusSeconds(60));
        a.withdraw("kim", NOW.plusSeconds(120), "보완");
        assertThat(a.transitions()).extracting(ApplicationTransition::toStatus)
                .containsExactly(ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED, ApplicationStatus.WITHDRAWN);
        assertThat(a.transitions().get(2).reason()).isEqualTo("보완");
        assertThat(a.transitions().get(2).actor()).isEqualTo("kim");
    }

    @Test
    void theStoredHistoryIsReadOnlyWhenItIsWantedAndOnlyNewStepsAreAppended() {
        Application a = EligibilityPoliciesTests.draft();
        a.historyStored(); // as saved
        java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
        a.historyFrom(() -> {
            reads.incrementAndGet();
            return List.of(new ApplicationTransition(null, ApplicationStatus.DRAFT, "kim", NOW, null));
        });
        a.submit(new EligibilityPolicies(), EligibilityPoliciesTests.context(a), "kim", NOW.plusSeconds(60));
        assertThat(reads).as("a submission does not read the history").hasValue(0);
        assertThat(a.unstoredTransitions()).extracting(ApplicationTransition::toStatus)
                .containsExactly(ApplicationStatus.SUBMITTED);
        assertThat(a.transitions()).extracting(ApplicationTransition::toStatus)
                .containsExactly(ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED);
        a.historyStored();
        assertThat(a.unstoredTransitions()).isEmpty();
        assertThat(a.transitions()).hasSize(2);
        assertThat(reads).as("read once").hasValue(1);
    }

    @Test
    void refusesIllegalTransitions() {
        Application a = EligibilityPoliciesTests.draft();
        assertThatThrownBy(() -> a.withdraw("kim", NOW, null)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> a.screen(ApplicationStatus.ELIGIBLE, "officer", NOW, null))
                .isInstanceOf(IllegalTransitionException.class);
        a.submit(new EligibilityPolicies(), EligibilityPoliciesTests.context(a), "kim", NOW);
        assertThatThrownBy(() -> a.write(a.toForm(), "kim", NOW)).as("no edits after submission")
                .isInstanceOf(IllegalTransitionException.class);
        a.screen(ApplicationStatus.SCREENING, "officer", NOW, null);
        assertThatThrownBy(() -> a.screen(ApplicationStatus.INELIGIBLE, "officer", NOW, " "))
                .isInstanceOf(InvalidInputException.class);
        a.screen(ApplicationStatus.INELIGIBLE, "officer", NOW, "체납");
        assertThat(a.status()).isEqualTo(ApplicationStatus.INELIGIBLE);
    }

    @Test
    void screeningDecidesInOneStepFromSubmitted() {
        Application a = EligibilityPoliciesTests.draft();
        a.submit(new EligibilityPolicies(), EligibilityPoliciesTests.context(a), "kim", NOW);
        a.screen(ApplicationStatus.ELIGIBLE, "officer", NOW, null);
        assertThat(a.status()).isEqualTo(ApplicationStatus.ELIGIBLE);
        assertThat(a.transitions()).extracting(ApplicationTransition::toStatus)
                .containsExactly(ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED, ApplicationStatus.ELIGIBLE);
    }

    @Test
    void theContactEmailIsPrefilledFromTheAccountOnlyWhenItIsAnAddress() {
        assertThat(Application.start(1L, 2L, "GENERAL", "applicant", "김지원", "kim@hanbit.example", NOW)
                .contactEmail()).isEqualTo("kim@hanbit.example");
        assertThat(Application.start(1L, 2L, "GENERAL", "applicant", "김지원", "applicant", NOW).contactEmail())
                .isNull();
    }

    @Test
    void aReopenedApplicationLosesItsOldReceipt() {
        Application a = EligibilityPoliciesTests.draft();
        a.submit(new EligibilityPolicies(), EligibilityPoliciesTests.context(a), "kim", NOW);
        a.withdraw("kim", NOW, null);
        a.reopen("kim", NOW);
        assertThat(a.status()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(a.receiptNumber()).isNull();
    }
}
