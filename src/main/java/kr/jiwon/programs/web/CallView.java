package kr.jiwon.programs.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import kr.jiwon.programs.Call;
import kr.jiwon.programs.CallPhase;
import kr.jiwon.programs.CallStatus;
import kr.jiwon.programs.Eligibility;
import kr.jiwon.programs.Program;
import kr.jiwon.programs.Track;
import kr.jiwon.shared.SeoulTime;
import kr.jiwon.shared.Won;

/**
 * A call as the API shows it: amounts as integers of won with a Korean rendering, times with +09:00; the notice
 * without the officers' note of assumed values (public output).
 */
record CallView(long id, long programId, String programCode, String programName, int round, String title,
        String summary, CallStatus status, CallPhase phase, Won budget, String budgetText,
        Integer expectedProjects, OffsetDateTime opensAt, OffsetDateTime closesAt, List<TrackView> tracks,
        Eligibility eligibility, int graceMinutes, Integer minOwnContributionPercent,
        Integer instituteResponseDays, String ruleOverrideReason, NoticeView notice, Long version,
        List<kr.jiwon.programs.CostShare> costShares, boolean ownShareOfTotal) {

    /** The public part of a call's notice. */
    record NoticeView(kr.jiwon.shared.TextList requiredDocuments, String contactName, String contactPhone,
            java.time.LocalDate announceOn) {

        static NoticeView of(kr.jiwon.programs.CallNotice n) {
            return new NoticeView(n.requiredDocuments(), n.contactName(), n.contactPhone(), n.announceOn());
        }
    }

    record TrackView(String code, String name, Won cap, String capText, int maxMonths, Won budget,
            int minInstitutes) {

        static TrackView of(Track t) {
            return new TrackView(t.code(), t.name(), t.cap(), t.cap().korean(), t.maxMonths(), t.budget(),
                    t.minInstitutes());
        }
    }

    static CallView of(Call c, Program p, Instant now) {
        return new CallView(c.id(), c.programId(), p == null ? null : p.code(), p == null ? null : p.name(),
                c.round(), c.title(), c.summary(), c.status(), c.phase(now), c.budget(), c.budget().korean(),
                c.expectedProjects(), SeoulTime.toOffset(c.opensAt()), SeoulTime.toOffset(c.closesAt()),
                c.tracks().stream().map(TrackView::of).toList(), c.eligibility(), c.graceMinutes(),
                c.minOwnContributionPercent(),
                // no research institute takes part in any track (삼성 스마트공장 3.0): no response time to state
                c.tracks().stream().anyMatch(t -> t.minInstitutes() > 0) ? c.instituteResponseDays() : null,
                c.ruleOverrideReason(),
                NoticeView.of(c.notice()), c.version(), c.costShares(), c.ownShareOfTotal());
    }
}
