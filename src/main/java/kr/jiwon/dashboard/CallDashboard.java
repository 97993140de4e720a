package kr.jiwon.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.jiwon.applications.ApplicationFigures;
import kr.jiwon.applications.ApplicationStatus;
import kr.jiwon.matching.InstituteRequests;
import kr.jiwon.matching.MatchOffer;
import kr.jiwon.matching.OfferStatus;
import kr.jiwon.programs.Call;
import kr.jiwon.programs.CallManagement;
import kr.jiwon.programs.CallPhase;
import kr.jiwon.review.ReviewerAssignment;
import kr.jiwon.review.ScoreSheet;
import kr.jiwon.review.Scoring;
import kr.jiwon.selection.ConfirmedResult;
import kr.jiwon.selection.Objection;
import kr.jiwon.selection.SelectionResults;
import kr.jiwon.shared.SeoulTime;
import kr.jiwon.shared.Won;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Computes a call's progress for its officer from what each module tells. */
@Service
@Transactional(readOnly = true)
public class CallDashboard {

    private final CallManagement calls;
    private final ApplicationFigures applications;
    private final InstituteRequests requests;
    private final ReviewerAssignment assignment;
    private final Scoring scoring;
    private final SelectionResults results;
    private final kr.jiwon.selection.Objections objections;

    CallDashboard(CallManagement calls, ApplicationFigures applications, InstituteRequests requests,
            ReviewerAssignment assignment, Scoring scoring, SelectionResults results,
            kr.jiwon.selection.Objections objections) {
        this.calls = calls;
        this.applications = applications;
        this.requests = requests;
        this.assignment = assignment;
        this.scoring = scoring;
        this.results = results;
        this.objections = objections;
    }

    public CallProgress progress(long callId) {
        Call call = calls.call(callId);
        Instant now = calls.now();
        CallPhase phase = call.phase(now);
        String base = "/office/calls/" + callId;

        Map<ApplicationStatus, Integer> status = applications.statusCounts(callId);
        int handedIn = status.entrySet().stream().filter(e -> e.getKey().isHandedIn()).mapToInt(Map.Entry::getValue)
                .sum();
        List<CallProgress.Day> days = new ArrayList<>();
        applications.receiptsByDay(callId).forEach((d, n) -> days.add(new CallProgress.Day(d, n)));
        Long daysLeft = now.isBefore(call.closesAt())
                ? Duration.between(LocalDate.ofInstant(now, SeoulTime.ZONE).atStartOfDay(),
                        LocalDate.ofInstant(call.closesAt(), SeoulTime.ZONE).atStartOfDay()).toDays()
                : null;
        CallProgress.Intake intake = new CallProgress.Intake(status.get(ApplicationStatus.DRAFT), handedIn,
                status.get(ApplicationStatus.WITHDRAWN), days, call.closesAt(), daysLeft);

        int awaiting = status.get(ApplicationStatus.SUBMITTED) + status.get(ApplicationStatus.SCREENING);
        int eligible = status.get(ApplicationStatus.ELIGIBLE) + status.get(ApplicationStatus.SELECTED)
                + status.get(ApplicationStatus.NOT_SELECTED) + status.get(ApplicationStatus.GAVE_UP);
        CallProgress.Screening screening = new CallProgress.Screening(handedIn, awaiting, eligible,
                status.get(ApplicationStatus.INELIGIBLE));

        List<MatchOffer> offers = requests.queue(callId);
        CallProgress.Institutes institutes = new CallProgress.Institutes(offers.size(),
                count(offers, OfferStatus.ACCEPTED), count(offers, OfferStatus.DECLINED),
                count(offers, OfferStatus.OFFERED), (int) offers.stream().filter(o -> o.status() == OfferStatus.OFFERED
                        && o.respondBy() != null && o.respondBy().isBefore(now)).count(),
                count(offers, OfferStatus.EXPIRED) + count(offers, OfferStatus.WITHDRAWN)
                        + count(offers, OfferStatus.CLOSED));

        Set<String> submittedPairs = new HashSet<>();
        for (ScoreSheet s : scoring.sheetsOf(callId)) {
            if (s.submitted()) {
                submittedPairs.add(s.applicationId() + "/" + s.reviewerId());
            }
        }
        Map<Long, int[]> perReviewer = new LinkedHashMap<>();
        Map<Long, String> names = new LinkedHashMap<>();
        for (ReviewerAssignment.Assigned a : assignment.current(callId)) {
            int[] n = perReviewer.computeIfAbsent(a.reviewerId(), k -> new int[2]);
            names.put(a.reviewerId(), a.reviewerName());
            n[0]++;
            n[1] += submittedPairs.contains(a.applicationId() + "/" + a.reviewerId()) ? 1 : 0;
        }
        List<CallProgress.ReviewerProgress> reviewers = new ArrayList<>();
        perReviewer.forEach((id, n) -> reviewers.add(new CallProgress.ReviewerProgress(id, names.get(id), n[0],
                n[1])));
        CallProgress.Review review = new CallProgress.Review(reviewers.stream()
                .mapToInt(CallProgress.ReviewerProgress::assigned).sum(),
                reviewers.stream().mapToInt(CallProgress.ReviewerProgress::submitted).sum(), reviewers);

        var result = results.result(callId);
        List<Objection> filed = objections.ofCall(callId);
        CallProgress.Objections objected = new CallProgress.Objections(count(filed, Objection.Status.OPEN),
                count(filed, Objection.Status.UPHELD), count(filed, Objection.Status.REJECTED),
                result.map(ConfirmedResult::objectionUntil).orElse(null));

        long requested = applications.handedIn(callId).stream().filter(a -> a.status() == ApplicationStatus.ELIGIBLE
                || a.status() == ApplicationStatus.SELECTED || a.status() == ApplicationStatus.NOT_SELECTED
                || a.status() == ApplicationStatus.GAVE_UP)
                .mapToLong(a -> a.requested() == null ? 0 : a.requested().amount()).sum();
        CallProgress.Budget budget = new CallProgress.Budget(result.map(ConfirmedResult::budget).orElse(call.budget()),
                Won.of(requested), result.isPresent(), result.map(r -> (int) r.selectedCount()).orElse(0),
                result.map(ConfirmedResult::fundedNow).orElse(Won.of(0)));

        return new CallProgress(call, phase, next(phase, base, call, intake, screening, institutes, review, objected,
                result.isPresent()), intake, screening, institutes, review, objected, budget);
    }

    /** The one thing to do now, by the call's stage and what is still open. */
    static CallProgress.Step next(CallPhase phase, String base, Call call, CallProgress.Intake intake,
            CallProgress.Screening screening, CallProgress.Institutes institutes, CallProgress.Review review,
            CallProgress.Objections objections, boolean confirmed) {
        return switch (phase) {
            case DRAFT -> step("dashboard.next.draft", null);
            case UPCOMING -> step("dashboard.next.upcoming", null, call.opensAt());
            case OPEN -> step("dashboard.next.open", base + "/applications", call.closesAt(),
                    intake.daysLeft() == null ? 0 : intake.daysLeft(), intake.handedIn(), intake.drafts());
            case CLOSED, UNDER_REVIEW -> {
                if (screening.awaiting() > 0) {
                    yield step("dashboard.next.screen", base + "/applications?status=SUBMITTED",
                            screening.awaiting());
                } else if (institutes.waiting() > 0) {
                    yield step("dashboard.next.institutes", base + "/matching", institutes.waiting(),
                            institutes.overdue());
                } else if (review.assigned() == 0 && screening.eligible() > 0) {
                    yield step("dashboard.next.assign", base + "/review#assignment");
                } else if (review.submitted() < review.assigned()) {
                    yield step("dashboard.next.scores", base + "/review#scoring",
                            review.assigned() - review.submitted(), review.behind());
                } else if (!confirmed) {
                    yield step("dashboard.next.select", base + "/selection");
                } else {
                    yield step("dashboard.next.none", null);
                }
            }
            case ANNOUNCED -> objections.open() > 0
                    ? step("dashboard.next.objections", base + "/selection", objections.open())
                    : step("dashboard.next.finalize", base + "/selection",
                            objections.until() == null ? "" : objections.until());
            case FINALIZED -> step("dashboard.next.projects", "/office/projects");
        };
    }

    private static CallProgress.Step step(String key, String href, Object... args) {
        return new CallProgress.Step(key, java.util.Arrays.asList(args), href);
    }

    private static int count(List<MatchOffer> offers, OfferStatus s) {
        return (int) offers.stream().filter(o -> o.status() == s).count();
    }

    private static int count(List<Objection> filed, Objection.Status s) {
        return (int) filed.stream().filter(o -> o.status() == s).count();
    }
}
