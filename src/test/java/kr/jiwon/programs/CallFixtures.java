package kr.jiwon.programs;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import kr.jiwon.shared.TextList;
import kr.jiwon.shared.Won;

/** Calls as values for unit tests of other modules' rules (not stored): published, window in Seoul time. */
public final class CallFixtures {

    private CallFixtures() {
    }

    /** A published call open 2031-03-02 09:00 to 2031-03-31 18:00 (Seoul), tracks 일반형 (5천만, 12개월) and 융합형. */
    public static Call published(TextList sizes, boolean sobujang, boolean root, TextList regions, int grace,
            Integer ownPercent) {
        Call c = Call.draft(new NewCall(1L, 1, "공고", null, Won.ofEok(17), 25, LocalDateTime.of(2031, 3, 2, 9, 0),
                LocalDateTime.of(2031, 3, 31, 18, 0), List.of(new NewTrack("GENERAL", "일반형", Won.ofManwon(5000), 12,
                        null, 1), new NewTrack("CONVERGENT", "융합형", Won.ofEok(2), 12, null, 2)),
                new NewCall.NewEligibility(sizes, sobujang, root, regions, false, null, null), grace, ownPercent, null),
                Instant.parse("2031-01-01T00:00:00Z"));
        c.publish(Instant.parse("2031-01-02T00:00:00Z"));
        return c;
    }

    /** The same call limited to {@code regions}, asking for the given declarations. */
    public static Call declaring(TextList regions, TextList declarations) {
        Call c = Call.draft(new NewCall(1L, 1, "공고", null, Won.ofEok(17), 25, LocalDateTime.of(2031, 3, 2, 9, 0),
                LocalDateTime.of(2031, 3, 31, 18, 0), List.of(new NewTrack("GENERAL", "일반형", Won.ofManwon(5000), 12,
                        null, 1), new NewTrack("CONVERGENT", "융합형", Won.ofEok(2), 12, null, 2)),
                new NewCall.NewEligibility(TextList.of("SME"), true, true, regions, true, null, null, declarations), 0,
                null, null), Instant.parse("2031-01-01T00:00:00Z"));
        c.publish(Instant.parse("2031-01-02T00:00:00Z"));
        return c;
    }

    /** A published call whose funders share the total cost, the company's part being {@code companyPercent}. */
    public static Call sharing(int companyPercent) {
        Call c = Call.draft(new NewCall(1L, 1, "공고", null, Won.ofEok(100), 200, LocalDateTime.of(2031, 3, 2, 9, 0),
                LocalDateTime.of(2031, 3, 31, 18, 0), List.of(new NewTrack("GENERAL", "기초", Won.ofManwon(6000), 12,
                        null, 0)),
                null, 0, null, null, null, null, List.of(new NewCall.NewCostShare("삼성전자",
                        100 - companyPercent, false), new NewCall.NewCostShare("참여기업", companyPercent, true))),
                Instant.parse("2031-01-01T00:00:00Z"));
        c.publish(Instant.parse("2031-01-02T00:00:00Z"));
        return c;
    }
}
