package kr.jiwon.applications;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import kr.jiwon.applications.ApplicationMilestones.Milestone;
import kr.jiwon.applications.ApplicationMilestones.Stage;
import kr.jiwon.applications.ApplicationMilestones.State;
import kr.jiwon.programs.Call;
import kr.jiwon.programs.CallManagement;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * An application's life on one line for its company: 작성 → 접수 → 연구기관 → 요건검토 → 평가 → 선정 발표 → 이의신청 →
 * 협약, each with its date, what is happening now and what comes next. The steps this module knows (writing,
 * receipt, screening, review, the result) are its own; the others come from {@link ApplicationMilestones}.
 */
@Component
public class ApplicationTimeline {

    private final CallManagement calls;
    private final ObjectProvider<ApplicationMilestones> others;
    private final SupplementRequests supplements;

    ApplicationTimeline(CallManagement calls, ObjectProvider<ApplicationMilestones> others,
            SupplementRequests supplements) {
        this.calls = calls;
        this.supplements = supplements;
        this.others = others;
    }

    public List<Milestone> of(Application a) {
        Call call = calls.call(a.callId());
        Instant now = calls.now();
        List<Milestone> out = new ArrayList<>();
        boolean handedIn = a.submittedAt() != null && a.status().isHandedIn();
        out.add(new Milestone(Stage.WRITE, a.createdAt(), "appTimeline.write", List.of(),
                handedIn ? State.DONE : State.NOW));
        if (a.status() == ApplicationStatus.WITHDRAWN) {
            out.add(new Milestone(Stage.SUBMIT, last(a, ApplicationStatus.WITHDRAWN), "appTimeline.withdrawn",
                    List.of(), State.DONE));
            return out;
        }
        out.add(handedIn
                ? new Milestone(Stage.SUBMIT, a.submittedAt(), "appTimeline.submitted",
                        List.of(a.receiptNumber() == null ? "" : a.receiptNumber()), State.DONE)
                : new Milestone(Stage.SUBMIT, call.closesAt(), "appTimeline.submitBy", List.of(call.closesAt()),
                        State.NEXT));
        Instant screened = last(a, ApplicationStatus.ELIGIBLE, ApplicationStatus.INELIGIBLE);
        boolean decided = a.status() == ApplicationStatus.SELECTED || a.status() == ApplicationStatus.NOT_SELECTED
                || a.status() == ApplicationStatus.GAVE_UP;
        if (a.status() == ApplicationStatus.INELIGIBLE) {
            out.add(new Milestone(Stage.SCREEN, screened, "appTimeline.ineligible", List.of(), State.DONE));
        } else if (screened != null || decided) {
            out.add(new Milestone(Stage.SCREEN, screened, "appTimeline.eligible", List.of(), State.DONE));
        } else {
            List<SupplementRequest> asked = a.id() == null
                    ? List.of()
                    : supplements.findByApplicationIdOrderByIdAsc(a.id());
            SupplementRequest last = asked.isEmpty() ? null : asked.get(asked.size() - 1);
            if (last == null) {
                out.add(new Milestone(Stage.SCREEN, call.closesAt(), "appTimeline.screenAfter",
                        List.of(call.closesAt()), handedIn && !now.isBefore(call.closesAt())
                                ? State.NOW
                                : State.NEXT));
            } else {
                // 보완 요청: what the company must do and by when, or that its answer is being reviewed
                SupplementRequest.State s = last.state(now);
                out.add(new Milestone(Stage.SCREEN, s == SupplementRequest.State.ANSWERED
                        ? last.answeredAt()
                        : last.dueAt(), "appTimeline.supplement" + s.name(), List.of(last.dueAt()), State.NOW));
            }
        }
        if (a.status() != ApplicationStatus.INELIGIBLE) {
            Instant result = last(a, ApplicationStatus.SELECTED, ApplicationStatus.NOT_SELECTED,
                    ApplicationStatus.GAVE_UP);
            out.add(new Milestone(Stage.REVIEW, null, "appTimeline.review", List.of(),
                    decided ? State.DONE : a.status() == ApplicationStatus.ELIGIBLE ? State.NOW : State.NEXT));
            out.add(decided
                    ? new Milestone(Stage.RESULT, result, switch (a.status()) {
                        case SELECTED -> "appTimeline.selected";
                        case GAVE_UP -> "appTimeline.gaveUp";
                        default -> "appTimeline.notSelected";
                    }, List.of(), State.DONE)
                    : new Milestone(Stage.RESULT, null, "appTimeline.result", List.of(), State.NEXT));
        }
        others.orderedStream().forEach(m -> out.addAll(m.of(a)));
        out.sort(Comparator.comparing(Milestone::stage));
        return out;
    }

    private static Instant last(Application a, ApplicationStatus... to) {
        Instant at = null;
        for (ApplicationTransition t : a.transitions()) {
            for (ApplicationStatus s : to) {
                if (t.toStatus() == s) {
                    at = t.at();
                }
            }
        }
        return at;
    }
}
