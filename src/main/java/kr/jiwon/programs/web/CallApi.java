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
    CallView call(@PathVariable long id, Optional<CurrentUser> user) {
        Call call = calls.call(id);
        if (call.status() == CallStatus.DRAFT && !user.map(CurrentUser::isOffice).orElse(false)) {
            throw new NotFoundException("call.notFound", id);
        }
        return CallView.of(call, programs.findProgram(call.programId()).orElse(null), calls.now());
    }

    @PostMapping
    @Operation(summary = "Create a call as a draft (OFFICER or ADMIN); times are Seoul wall-clock times")
    ResponseEntity<CallView> create(@RequestBody NewCall body) {
        Call call = calls.create(body);
        return ResponseEntity.created(URI.create("/api/v1/calls/" + call.id()))
                .body(CallView.of(call, programs.findProgram(call.programId()).orElse(null), calls.now()));
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
