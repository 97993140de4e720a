package kr.jiwon.matching.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import kr.jiwon.matching.InstituteRequests;
import kr.jiwon.matching.web.MatchingWorkflow.OfferView;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The institute workflow over JSON: an institute's requests, accept, decline; the officer's queue and override. */
@RestController
@Tag(name = "Matching", description = "연구기관 요청 처리")
class MatchingApi {

    private final InstituteRequests requests;
    private final MatchingWorkflow workflow;
    private final kr.jiwon.matching.CallAssignment assignment;

    MatchingApi(InstituteRequests requests, MatchingWorkflow workflow, kr.jiwon.matching.CallAssignment assignment) {
        this.requests = requests;
        this.workflow = workflow;
        this.assignment = assignment;
    }

    record Reason(String reason) {
    }

    record Override(String institute, String reason) {
    }

    @GetMapping("/api/v1/institute/requests")
    @Operation(summary = "Institute coordinators: the requests passed to their institute")
    List<OfferView> mine(CurrentUser user) {
        return workflow.forInstitute(user, null);
    }

    @PostMapping("/api/v1/institute/requests/{offerId}/accept")
    OfferView accept(@PathVariable long offerId, CurrentUser user, Actor actor) {
        return workflow.view(requests.accept(workflow.instituteOf(user), offerId, actor));
    }

    @PostMapping("/api/v1/institute/requests/{offerId}/decline")
    @Operation(summary = "Decline with a reason; the request passes to the next best institute (not named here)")
    OfferView decline(@PathVariable long offerId, @RequestBody(required = false) Reason body, CurrentUser user,
            Actor actor) {
        return workflow.view(requests.decline(workflow.instituteOf(user), offerId,
                body == null ? null : body.reason(), actor));
    }

    @GetMapping("/api/v1/calls/{callId}/matching")
    @Operation(summary = "Officers: every request passed to institutes for a call")
    List<OfferView> queue(@PathVariable long callId, CurrentUser user) {
        workflow.officer(user);
        return requests.queue(callId).stream().map(workflow::view).toList();
    }

    @PostMapping("/api/v1/calls/{callId}/matching/assignment")
    @Operation(summary = "Officers: the optimal assignment of the call's requests under institute capacity "
            + "(with the arrival-order baseline and the reasons for unassigned requests); nothing is stored")
    kr.jiwon.matching.AssignmentResult assignment(@PathVariable long callId, CurrentUser user) {
        workflow.officer(user);
        return assignment.propose(callId, 20);
    }

    @PostMapping("/api/v1/applications/{id}/matching/override")
    @Operation(summary = "Officers: give the application to an institute directly, with a reason")
    OfferView override(@PathVariable long id, @RequestBody Override body, CurrentUser user, Actor actor) {
        workflow.officer(user);
        return workflow.view(requests.override(id, body.institute(), body.reason(), actor));
    }
}
