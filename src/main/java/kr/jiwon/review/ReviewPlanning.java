package kr.jiwon.review;

import java.time.Clock;
import kr.jiwon.audit.AuditLog;
import kr.jiwon.programs.CallManagement;
import kr.jiwon.shared.Actor;
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

    ReviewPlanning(ReviewPlans plans, CallManagement calls, AuditLog audit, Clock clock) {
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
        ReviewPlan plan = plan(callId);
        plan.change(k, maxLoad, criteria, bonuses, aggregation, zNormalise, actor.username(), clock.instant());
        ReviewPlan saved = plans.save(plan);
        audit.recordChange(actor, "REVIEW_PLAN", "CALL", callId, "k=" + k + " load=" + maxLoad + " "
                + saved.criteriaText().replace('\n', '|') + " " + aggregation + (zNormalise ? " z" : ""));
        return saved;
    }
}
