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

    private final kr.jiwon.institutes.InstituteManagement institutes;
    private final kr.jiwon.audit.AuditLog audit;

    MatchingApi(InstituteRequests requests, MatchingWorkflow workflow, kr.jiwon.matching.CallAssignment assignment,
            kr.jiwon.institutes.InstituteManagement institutes, kr.jiwon.audit.AuditLog audit) {
        this.institutes = institutes;
        this.audit = audit;
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
        List<OfferView> offers = workflow.forInstitute(user, null);
        kr.jiwon.shared.web.PersonalData.shown(offers.size());
        return offers;
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

    @GetMapping("/api/v1/calls/{callId}/matching/plan")
    @Operation(summary = "Officers: the optimal assignment per request beside the live queue, with candidates and "
            + "the institutes' capacity and load; nothing is stored")
    kr.jiwon.matching.CallAssignment.Plan plan(@PathVariable long callId, CurrentUser user) {
        workflow.officer(user);
        return assignment.plan(callId, MatchingPages.PLAN_SECONDS);
    }

    /** A plan to apply: per application id, the institutes to hold it; optionally what the optimiser proposed. */
    record PlanBody(java.util.Map<Long, List<String>> assignments, java.util.Map<Long, List<String>> proposed) {
    }

    @PostMapping("/api/v1/calls/{callId}/matching/plan")
    @Operation(summary = "Officers: apply an assignment plan — open requests of reassigned rows are withdrawn and "
            + "the assigned institutes are asked, under the same accept/decline workflow; refused as a whole "
            + "(problem+json naming each problem) over capacity, for an unknown institute or a foreign application")
    InstituteRequests.PlanApplied applyPlan(@PathVariable long callId, @RequestBody PlanBody body, CurrentUser user,
            Actor actor) {
        workflow.officer(user);
        return requests.applyPlan(callId, body.assignments() == null ? java.util.Map.of() : body.assignments(),
                body.proposed(), actor);
    }

    record Capacity(Integer capacity) {
    }

    /** The institute's capacity (requests of a call held at once): officers, or the institute's own coordinator. */
    @org.springframework.web.bind.annotation.PutMapping("/api/v1/institutes/{idOrShortName}/capacity")
    @Operation(summary = "Set how many of a call's requests the institute holds at once (officers, or the "
            + "institute's own coordinator); from then on it is no longer the default assumption")
    CapacityView capacity(@PathVariable String idOrShortName, @RequestBody Capacity body, CurrentUser user,
            Actor actor) {
        if (!user.isOffice() && user.role() != kr.jiwon.shared.Role.INSTITUTE) {
            throw new org.springframework.security.access.AccessDeniedException("officers or the institute only");
        }
        kr.jiwon.institutes.ResearchInstitute i = institutes.institute(idOrShortName);
        if (!user.isOffice() && !i.id().equals(user.instituteId())) {
            throw new org.springframework.security.access.AccessDeniedException("the institute's own coordinator");
        }
        kr.jiwon.institutes.ResearchInstitute saved = institutes.setCapacity(i.shortName(),
                body == null ? null : body.capacity(), user.username());
        audit.recordChange(actor, "INSTITUTE_CAPACITY", "INSTITUTE", saved.id(), String.valueOf(saved.capacity()));
        return new CapacityView(saved.shortName(), saved.capacity(), saved.capacityAssumed(), saved.capacitySetBy());
    }

    record CapacityView(String shortName, int capacity, boolean capacityAssumed, String setBy) {
    }

    @PostMapping("/api/v1/applications/{id}/matching/override")
    @Operation(summary = "Officers: give the application to an institute directly, with a reason")
    OfferView override(@PathVariable long id, @RequestBody Override body, CurrentUser user, Actor actor) {
        workflow.officer(user);
        return workflow.view(requests.override(id, body.institute(), body.reason(), actor));
    }
}
