package kr.jiwon.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.TextList;
import kr.jiwon.shared.Won;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * A draft is edited as a whole; a published call is amended (정정공고) only while it takes applications, and never so
 * that a submitted application becomes invalid.
 */
class CallAmendmentTests {

    private static final Instant OPEN_TIME = Instant.parse("2031-03-10T00:00:00Z");

    private static NewCall terms(Won cap, int months, LocalDateTime closes, TextList sizes) {
        return new NewCall(1L, 1, "공고", null, Won.ofEok(17), 25, LocalDateTime.of(2031, 3, 2, 9, 0), closes,
                List.of(new NewTrack("GENERAL", "일반형", cap, months, null, 1)),
                new NewCall.NewEligibility(sizes, false, false, null, false, null, null), 0, null, 5);
    }

    private static final LocalDateTime CLOSES = LocalDateTime.of(2031, 3, 31, 18, 0);

    private static Call published() {
        Call c = Call.draft(terms(Won.ofManwon(5000), 12, CLOSES, TextList.of("SME")), Instant.parse(
                "2031-01-01T00:00:00Z"));
        c.publish(Instant.parse("2031-01-02T00:00:00Z"));
        return c;
    }

    private static final CallCommitments.Committed ONE_SUBMITTED = new CallCommitments.Committed(1,
            Map.of("GENERAL", Won.ofManwon(4500)), Map.of("GENERAL", 10));

    private static List<String> refusals(Runnable r) {
        try {
            r.run();
        } catch (InvalidInputException e) {
            return e.violations().stream().map(v -> v.field() + ":" + v.messageKey()).toList();
        }
        return List.of();
    }

    @Test
    void aLaterDeadlineAndAHigherCapAreAmended() {
        Call c = published();
        c.amend(terms(Won.ofManwon(6000), 12, CLOSES.plusDays(7), TextList.of("SME")), 0, OPEN_TIME, ONE_SUBMITTED);
        assertThat(c.tracks().get(0).cap()).isEqualTo(Won.ofManwon(6000));
        assertThat(c.closesAt()).isEqualTo(Instant.parse("2031-04-07T09:00:00Z"));
    }

    @Test
    void anAmendmentThatWouldInvalidateASubmittedApplicationIsRefusedWithEveryReasonAndNothingChanged() {
        Call c = published();
        List<String> refused = refusals(() -> c.amend(terms(Won.ofManwon(4000), 9, LocalDateTime.of(2031, 3, 9, 18,
                0), TextList.of("SME", "MIDSIZE")), 0, OPEN_TIME, ONE_SUBMITTED));
        assertThat(refused).containsExactlyInAnyOrder("tracks[0].cap:call.amend.capBelowApplications",
                "tracks[0].maxMonths:call.amend.monthsBelowApplications", "closesAt:call.amend.closesInPast",
                "eligibility:call.amend.eligibilityLocked");
        assertThat(c.tracks().get(0).cap()).isEqualTo(Won.ofManwon(5000));
        assertThat(c.closesAt()).isEqualTo(Instant.parse("2031-03-31T09:00:00Z"));
    }

    @Test
    void withoutSubmissionsTheEligibilityMayChangeButNotTheOpeningOnceOpen() {
        Call c = published();
        assertThat(refusals(() -> c.amend(new NewCall(1L, 1, "공고", null, Won.ofEok(17), 25,
                LocalDateTime.of(2031, 3, 5, 9, 0), CLOSES, List.of(new NewTrack("GENERAL", "일반형",
                        Won.ofManwon(5000), 12, null, 1)),
                null, 0, null, 5), 0, OPEN_TIME,
                CallCommitments.Committed.NONE))).containsExactly("opensAt:call.amend.alreadyOpen");
        c.amend(terms(Won.ofManwon(5000), 12, CLOSES, TextList.of("SME", "MIDSIZE")), 0, OPEN_TIME,
                CallCommitments.Committed.NONE);
        assertThat(c.eligibility().sizeClasses().values()).containsExactly("SME", "MIDSIZE");
    }

    @Test
    void aStaleVersionADraftOrAClosedCallCannotBeAmended() {
        Call c = published();
        assertThatThrownBy(() -> c.amend(terms(Won.ofManwon(6000), 12, CLOSES, TextList.of("SME")), 3, OPEN_TIME,
                ONE_SUBMITTED)).isInstanceOf(OptimisticLockingFailureException.class);
        Call draft = Call.draft(terms(Won.ofManwon(5000), 12, CLOSES, TextList.of("SME")), OPEN_TIME);
        assertThat(refusals(() -> draft.amend(terms(Won.ofManwon(6000), 12, CLOSES, TextList.of("SME")), 0,
                OPEN_TIME, ONE_SUBMITTED))).containsExactly("stage:call.stage.notAmendable");
        Call over = published();
        assertThat(refusals(() -> over.amend(terms(Won.ofManwon(6000), 12, CLOSES.plusDays(3), TextList.of("SME")),
                0, Instant.parse("2031-04-01T00:00:00Z"), ONE_SUBMITTED))).containsExactly(
                        "stage:call.stage.notAmendable");
        assertThat(refusals(() -> c.revise(terms(Won.ofManwon(6000), 12, CLOSES, TextList.of("SME")), 0,
                OPEN_TIME))).containsExactly("stage:call.stage.notDraft");
    }

    @Test
    void aNewRequiredDocumentIsRefusedOnceApplicationsAreIn() {
        NewCall withDocument = new NewCall(1L, 1, "공고", null, Won.ofEok(17), 25, LocalDateTime.of(2031, 3, 2, 9, 0),
                CLOSES, List.of(new NewTrack("GENERAL", "일반형", Won.ofManwon(5000), 12, null, 1)),
                new NewCall.NewEligibility(TextList.of("SME"), false, false, null, false, null, null), 0, null, 5,
                null, new CallNotice(TextList.of("사업계획서"), "김담당", "042-123-4567", null));
        Call c = published();
        assertThat(refusals(() -> c.amend(withDocument, 0, OPEN_TIME, ONE_SUBMITTED)))
                .containsExactly("requiredDocuments:call.amend.documentsAdded");
        c.amend(withDocument, 0, OPEN_TIME, CallCommitments.Committed.NONE);
        assertThat(c.notice().requiredDocuments().values()).containsExactly("사업계획서");
    }

    @Test
    void aDraftTakesAnEditAsAWhole() {
        Call draft = Call.draft(terms(Won.ofManwon(5000), 12, CLOSES, TextList.of("SME")), OPEN_TIME);
        draft.revise(new NewCall(1L, 2, "새 이름", "개요", Won.ofEok(10), 5, LocalDateTime.of(2031, 5, 1, 9, 0),
                LocalDateTime.of(2031, 5, 30, 18, 0), List.of(new NewTrack("GENERAL", "일반형", Won.ofManwon(3000), 6,
                        null, 1)),
                null, 0, null, 5), 0, OPEN_TIME);
        assertThat(draft.round()).isEqualTo(2);
        assertThat(draft.title()).isEqualTo("새 이름");
        assertThat(draft.tracks().get(0).cap()).isEqualTo(Won.ofManwon(3000));
    }
}
