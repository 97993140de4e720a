package kr.jiwon.programs.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.jiwon.programs.Call;
import kr.jiwon.programs.CallFilter;
import kr.jiwon.programs.CallManagement;
import kr.jiwon.programs.CallStatus;
import kr.jiwon.programs.NewCall;
import kr.jiwon.programs.Program;
import kr.jiwon.programs.ProgramManagement;
import kr.jiwon.shared.CurrentUser;
import kr.jiwon.shared.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Calls for applications over JSON. Drafts are not listed; they are reached by id by officers. */
@RestController
@RequestMapping("/api/v1/calls")
@Tag(name = "Calls", description = "공고")
class CallApi {

    private final CallManagement calls;
    private final ProgramManagement programs;

    CallApi(CallManagement calls, ProgramManagement programs) {
        this.calls = calls;
        this.programs = programs;
    }

    @GetMapping
    @Operation(summary = "Published calls, closing soonest first")
    List<CallView> list(@RequestParam(required = false) CallStatus status,
            @Parameter(description = "only calls accepting applications now") @RequestParam(defaultValue = "false") boolean openNow,
            @Parameter(description = "a priority field, e.g. 탄소중립") @RequestParam(required = false) String field,
            @Parameter(description = "시도 (2 digits) or 시군구 (5 digits) code of the applicant") @RequestParam(required = false) String region) {
        List<Call> found = calls.calls(new CallFilter(status, openNow, blankToNull(field), blankToNull(region), false));
        Map<Long, Program> byId = programs.programs().stream()
                .collect(Collectors.toMap(Program::id, Function.identity()));
        Instant now = calls.now();
        return found.stream().map(c -> CallView.of(c, byId.get(c.programId()), now)).toList();
    }

    @GetMapping("/{id}")
    ResponseEntity<CallView> call(@PathVariable long id, Optional<CurrentUser> user) {
        Call call = calls.call(id);
        if (call.status() == CallStatus.DRAFT && !user.map(CurrentUser::isOffice).orElse(false)) {
            throw new NotFoundException("call.notFound", id);
        }
        return ResponseEntity.ok().eTag(Versions.etag(call.version()))
                .body(CallView.of(call, programs.findProgram(call.programId()).orElse(null), calls.now()));
    }

    @PostMapping
    @Operation(summary = "Create a call as a draft (OFFICER or ADMIN); times are Seoul wall-clock times")
    ResponseEntity<CallView> create(@RequestBody NewCall body, kr.jiwon.shared.Actor actor) {
        Call call = calls.create(body, actor);
        return ResponseEntity.created(URI.create("/api/v1/calls/" + call.id()))
                .body(CallView.of(call, programs.findProgram(call.programId()).orElse(null), calls.now()));
    }

    /** An edit: the version it starts from (or an If-Match header), a reason when the call is published. */
    record CallEdit(Long version, String reason, NewCall call) {
    }

    /** An amendment (정정공고) as the call page shows it. */
    record AmendmentView(long id, java.time.OffsetDateTime amendedAt, String reason, List<String> changes) {
    }

    @PutMapping("/{id}")
    @Operation(summary = "Edit a draft call, or amend a published one (정정공고) with a reason (OFFICER or ADMIN)", description = "Send the version you read (body or If-Match); a stale version answers 409. An amendment that"
            + " would invalidate a submitted application is refused with 400 naming the rule.")
    ResponseEntity<CallView> edit(@PathVariable long id, @RequestBody CallEdit body,
            @org.springframework.web.bind.annotation.RequestHeader(value = "If-Match", required = false) String ifMatch,
            kr.jiwon.shared.Actor actor) {
        Long version = body.version() != null ? body.version() : Versions.fromIfMatch(ifMatch);
        if (version == null) {
            throw kr.jiwon.shared.InvalidInputException.of("version", "field.required");
        }
        if (body.call() == null) {
            throw kr.jiwon.shared.InvalidInputException.of("call", "field.required");
        }
        Call call = calls.edit(id, version, body.call(), body.reason(), actor);
        return ResponseEntity.ok().eTag(Versions.etag(call.version()))
                .body(CallView.of(call, programs.findProgram(call.programId()).orElse(null), calls.now()));
    }

    @GetMapping("/{id}/amendments")
    @Operation(summary = "The call's corrections (정정공고), oldest first")
    List<AmendmentView> amendments(@PathVariable long id, Optional<CurrentUser> user) {
        call(id, user);
        return calls.amendments(id).stream().map(a -> new AmendmentView(a.id(),
                kr.jiwon.shared.SeoulTime.toOffset(a.amendedAt()), a.reason(), a.changes())).toList();
    }

    @PostMapping("/{id}/publish")
    CallView publish(@PathVariable long id) {
        Call call = calls.publish(id);
        return CallView.of(call, programs.findProgram(call.programId()).orElse(null), calls.now());
    }

    @PostMapping("/{id}/close")
    CallView close(@PathVariable long id) {
        Call call = calls.close(id);
        return CallView.of(call, programs.findProgram(call.programId()).orElse(null), calls.now());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
