package kr.jiwon.selection.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import kr.jiwon.selection.CallSelection;
import kr.jiwon.selection.ConfirmedResult;
import kr.jiwon.selection.Objection;
import kr.jiwon.selection.Objections;
import kr.jiwon.selection.SelectionComparison;
import kr.jiwon.selection.SelectionParameters;
import kr.jiwon.selection.SelectionResults;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.CallId;
import kr.jiwon.shared.CurrentUser;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.Won;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Selection over JSON, with the same rules and audit as the pages: officers see the optimum (with the greedy ranking
 * beside it) for given parameters, confirm it (the stage guard applies), and decide objections; the company files
 * its objection within the period.
 */
@RestController
@Tag(name = "Selection", description = "선정·이의신청")
class SelectionApi {

    private final CallSelection selection;
    private final SelectionResults results;
    private final Objections objections;
    private final kr.jiwon.selection.AwardReplacements replacements;

    SelectionApi(CallSelection selection, SelectionResults results, Objections objections,
            kr.jiwon.selection.AwardReplacements replacements) {
        this.replacements = replacements;
        this.selection = selection;
        this.results = results;
        this.objections = objections;
    }

    /** Parameters to change from the call's defaults (any may be left out). */
    record Parameters(Won budget, Double minScore, Double declineShare, Integer objectionDays) {

        SelectionParameters over(SelectionParameters base) {
            return new SelectionParameters(budget == null ? base.budget() : budget,
                    minScore == null ? base.minScore() : minScore,
                    declineShare == null ? base.declineShare() : declineShare, base.weights(),
                    objectionDays == null ? base.objectionDays() : objectionDays, base.reductions());
        }
    }

    record Row(long applicationId, String receiptNumber, String title, String companyName, Long amount, Double score,
            boolean selected, boolean selectedByGreedy) {
    }

    record Preview(long callId, double objective, double bound, boolean optimal, long fundedAmount, long fundedCount,
            List<Row> rows) {
    }

    @PostMapping("/api/v1/calls/{callId}/selection/preview")
    @Operation(summary = "Officers: the optimal selection for these parameters (what-if), nothing stored")
    Preview preview(@PathVariable long callId, @RequestBody(required = false) Parameters body) {
        SelectionParameters p = (body == null ? new Parameters(null, null, null, null) : body)
                .over(selection.defaults(callId));
        SelectionComparison c = selection.compare(callId, p);
        kr.jiwon.shared.web.PersonalData.shown(c.rows().size());
        return new Preview(callId, c.optimum().objective(), c.optimum().bound(), c.optimum().optimal(),
                c.fundedAmount(), c.fundedCount(), c.rows().stream().map(r -> new Row(r.applicationId(),
                        r.receiptNumber(), r.title(), r.companyName(), r.amount() == null ? null : r.amount().amount(),
                        r.score(), r.selected(), r.selectedByGreedy())).toList());
    }

    record Confirmed(long callId, Instant confirmedAt, String confirmedBy, boolean optimal, long fundedAmount,
            Instant objectionUntil, List<Decided> decisions) {

        static Confirmed of(ConfirmedResult r) {
            return new Confirmed(r.callId(), r.confirmedAt(), r.confirmedBy(), r.optimal(), r.fundedAmount(),
                    r.objectionUntil(), r.decisions().stream().map(d -> new Decided(d.applicationId(), d.selected(),
                            d.score(), d.amount() == null ? null : d.amount().amount())).toList());
        }
    }

    record Decided(long applicationId, boolean selected, Double score, Long amount) {
    }

    @PostMapping("/api/v1/calls/{callId}/selection/confirm")
    @Operation(summary = "Officers: confirm and announce the optimum for these parameters (only under review, every "
            + "application screened and scored); companies are told, objections open")
    Confirmed confirm(@PathVariable long callId, @RequestBody(required = false) Parameters body, Actor actor) {
        SelectionParameters p = (body == null ? new Parameters(null, null, null, null) : body)
                .over(selection.defaults(callId));
        return Confirmed.of(results.confirm(CallId.of(callId), p, actor));
    }

    @GetMapping("/api/v1/calls/{callId}/selection/result")
    @Operation(summary = "Officers: the confirmed result of the call")
    Confirmed result(@PathVariable long callId) {
        return Confirmed.of(results.result(callId).orElseThrow(() -> new kr.jiwon.shared.NotFoundException(
                "selection.noResult", callId)));
    }

    @GetMapping("/api/v1/calls/{callId}/selection/replacements")
    @Operation(summary = "Officers: awards given up, the budget left, the applications not selected that could "
            + "be selected in their place (best score first; eligible = reaches the minimum score, fits what is left,"
            + " its company holds no other award, keeps the 인구감소지역 share and its institutes have room) and the"
            + " optimiser's proposal: the additions that give the highest total score under the round's rules")
    kr.jiwon.selection.AwardReplacements.Standing replacements(@PathVariable long callId) {
        return replacements.standing(callId);
    }

    record InPlace(Long applicationId, String reason) {
    }

    @PostMapping("/api/v1/calls/{callId}/selection/replacements")
    @Operation(summary = "Officers, once the results are final: select an application not selected in the place of "
            + "awards given up (추가 선정); its project follows")
    Confirmed selectInPlace(@PathVariable long callId, @RequestBody InPlace body, Actor actor) {
        if (body.applicationId() == null) {
            throw kr.jiwon.shared.InvalidInputException.of("applicationId", "field.required");
        }
        replacements.selectInPlace(callId, body.applicationId(), body.reason(), actor);
        return result(callId);
    }

    record ObjectionView(long id, long callId, long applicationId, String text, Instant lodgedAt,
            Objection.Status status, String answer, Instant answeredAt) {

        static ObjectionView of(Objection o) {
            return new ObjectionView(o.id(), o.callId(), o.applicationId(), o.text(), o.lodgedAt(), o.status(),
                    o.answer(), o.answeredAt());
        }
    }

    record Lodge(String text) {
    }

    @PostMapping("/api/v1/applications/{id}/objections")
    @Operation(summary = "The company: object to its application's decision within the objection period")
    ObjectionView lodge(@PathVariable long id, @RequestBody Lodge body, CurrentUser user, Actor actor) {
        return ObjectionView.of(objections.lodge(user, id, body == null ? null : body.text(), actor));
    }

    @GetMapping("/api/v1/calls/{callId}/objections")
    @Operation(summary = "Officers: the call's objections")
    List<ObjectionView> ofCall(@PathVariable long callId) {
        return objections.ofCall(callId).stream().map(ObjectionView::of).toList();
    }

    record Answer(Boolean upheld, String answer) {
    }

    @PostMapping("/api/v1/objections/{id}/decision")
    @Operation(summary = "Officers: uphold (the decision is reopened) or reject an objection, with the answer")
    ObjectionView decide(@PathVariable long id, @RequestBody Answer body, Actor actor) {
        if (body == null || body.upheld() == null) {
            throw InvalidInputException.of("upheld", "field.required");
        }
        if (body.answer() == null || body.answer().isBlank()) {
            throw InvalidInputException.of("answer", "field.required");
        }
        return ObjectionView.of(objections.answer(id, body.upheld(), body.answer(), actor));
    }
}
