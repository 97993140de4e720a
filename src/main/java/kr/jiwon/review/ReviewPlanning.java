package kr.jiwon.review;

import java.time.Clock;
import kr.jiwon.audit.AuditLog;
import kr.jiwon.programs.CallManagement;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each call's review plan; a call without one is reviewed by the standard plan (k = 3, 기술성 40 …). */
@Service
@Transactional(readOnly = true)
public class ReviewPlanning {

    private final ReviewPlans plans;
    private final CallManagement calls;
    private final AuditLog audit;
    private final Clock clock;
    private final ScoreSheets sheets;

    ReviewPlanning(ReviewPlans plans, CallManagement calls, AuditLog audit, Clock clock, ScoreSheets sheets) {
        this.sheets = sheets;
        this.plans = plans;
        this.calls = calls;
        this.audit = audit;
        this.clock = clock;
    }

    public ReviewPlan plan(long callId) {
        return plans.findById(callId).orElseGet(() -> {
            kr.jiwon.programs.Call call = calls.call(callId);
            return ReviewPlan.standard(callId, clock.instant(), call.eligibility().prioritizesDeclineAreas(),
                    !call.eligibility().priorityFields().isEmpty(), call.eligibility().prioritizesConvergent());
        });
    }

    @Transactional
    public ReviewPlan change(long callId, int k, int maxLoad, String criteria, String bonuses,
            ReviewPlan.Aggregation aggregation, boolean zNormalise, Actor actor) {
        calls.call(callId);
        long submitted = submittedSheets(callId);
        if (submitted > 0) {
            throw InvalidInputException.of("plan", "review.planFixed", submitted);
        }
        ReviewPlan plan = plan(callId);
        plan.change(k, maxLoad, criteria, bonuses, aggregation, zNormalise, actor.username(), clock.instant());
        ReviewPlan saved = plans.save(plan);
        audit.recordChange(actor, "REVIEW_PLAN", "CALL", callId, "k=" + k + " load=" + maxLoad + " "
                + saved.criteriaText().replace('\n', '|') + " " + aggregation + (zNormalise ? " z" : ""));
        return saved;
    }

    /**
     * How many score sheets of the call are submitted. From the first, the plan (the criteria the sheets are scored
     * on, how scores are added up, the bonuses) and the assignment are fixed: reviewers score against what was set.
     */
    public long submittedSheets(long callId) {
        return sheets.countByCallIdAndStatus(callId, ScoreSheet.Status.SUBMITTED);
    }
}
