package kr.jiwon.applications;

import static kr.jiwon.testing.Refusals.key;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A 보완 요청 guards its own rules: what and by when it asks, and a single answer before the deadline. */
class SupplementRequestTests {

    private static final Instant NOW = Instant.parse("2031-03-10T00:00:00Z");
    private static final Instant DUE = NOW.plus(Duration.ofDays(5));

    @Test
    void asksForSomethingByADeadlineWithinThirtyDays() {
        Application a = EligibilityPoliciesTests.draft();
        assertThat(key(() -> SupplementRequest.ask(a, " ", null, DUE, "officer", NOW)))
                .isEqualTo("supplement.messageRequired");
        assertThat(key(() -> SupplementRequest.ask(a, "사본", null, NOW, "officer", NOW)))
                .isEqualTo("supplement.dueInPast");
        assertThat(key(() -> SupplementRequest.ask(a, "사본", null, NOW.plus(Duration.ofDays(31)), "officer", NOW)))
                .isEqualTo("supplement.dueTooFar");
        SupplementRequest r = SupplementRequest.ask(a, " 사본 ", " ", DUE, "officer", NOW);
        assertThat(r.message()).isEqualTo("사본");
        assertThat(r.slot()).isNull();
        assertThat(r.state(NOW)).isEqualTo(SupplementRequest.State.OPEN);
        assertThat(r.state(DUE.plusSeconds(1))).isEqualTo(SupplementRequest.State.OVERDUE);
    }

    @Test
    void isAnsweredOnceBeforeTheDeadlineWithAFileOrANote() {
        Application a = EligibilityPoliciesTests.draft();
        SupplementRequest r = SupplementRequest.ask(a, "사본", null, DUE, "officer", NOW);
        assertThat(key(() -> r.answer(" ", 0, "kim", NOW))).isEqualTo("supplement.emptyAnswer");
        assertThat(key(() -> r.answer("늦었습니다", 1, "kim", DUE.plusSeconds(1)))).isEqualTo("supplement.overdue");
        assertThat(r.state(NOW)).isEqualTo(SupplementRequest.State.OPEN);
        r.answer(null, 1, "kim", NOW.plusSeconds(60));
        assertThat(r.state(DUE.plusSeconds(1))).as("answered in time stays answered")
                .isEqualTo(SupplementRequest.State.ANSWERED);
        assertThat(r.acceptsAnswer(NOW)).isFalse();
        assertThat(key(() -> r.answer("다시", 1, "kim", NOW.plusSeconds(120)))).isEqualTo("supplement.alreadyAnswered");
    }
}
