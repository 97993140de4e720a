package kr.jiwon.programs.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import kr.jiwon.programs.NewPlan;
import kr.jiwon.programs.NewProgram;
import kr.jiwon.programs.Plan;
import kr.jiwon.programs.Program;
import kr.jiwon.programs.ProgramManagement;
import kr.jiwon.programs.web.ProgramView.PlanView;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Plans and programs over JSON. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Programs", description = "실행계획과 사업")
class ProgramApi {

    private final ProgramManagement programs;

    ProgramApi(ProgramManagement programs) {
        this.programs = programs;
    }

    @GetMapping("/plans")
    @Operation(summary = "All plans, newest fiscal year first")
    List<PlanView> plans() {
        return programs.plans().stream().map(PlanView::of).toList();
    }

    @GetMapping("/plans/{id}")
    PlanView plan(@PathVariable long id) {
        return PlanView.of(programs.plan(id));
    }

    @PostMapping("/plans")
    @Operation(summary = "Record a plan (OFFICER or ADMIN)")
    ResponseEntity<PlanView> createPlan(@RequestBody NewPlan body, Actor actor) {
        PlanView created = PlanView.of(programs.createPlan(body, actor));
        return ResponseEntity.created(URI.create("/api/v1/plans/" + created.id())).body(created);
    }

    @GetMapping("/programs")
    List<ProgramView> programs() {
        return programs.programs().stream().map(ProgramView::of).toList();
    }

    @GetMapping("/programs/{id}")
    ProgramView program(@PathVariable long id) {
        return ProgramView.of(programs.program(id));
    }

    @PostMapping("/programs")
    @Operation(summary = "Register a program (OFFICER or ADMIN)")
    ResponseEntity<ProgramView> createProgram(@RequestBody NewProgram body, Actor actor) {
        ProgramView created = ProgramView.of(programs.createProgram(body, actor));
        return ResponseEntity.created(URI.create("/api/v1/programs/" + created.id())).body(created);
    }

    /** An edit with the version it starts from (body or If-Match). */
    record PlanEdit(Long version, NewPlan plan) {
    }

    record ProgramEdit(Long version, NewProgram program) {
    }

    @PutMapping("/plans/{id}")
    @Operation(summary = "Edit a plan (OFFICER or ADMIN); a stale version answers 409")
    ResponseEntity<PlanView> editPlan(@PathVariable long id, @RequestBody PlanEdit body,
            @RequestHeader(value = "If-Match", required = false) String ifMatch, Actor actor) {
        Plan saved = programs.editPlan(id, version(body.version(), ifMatch), required(body.plan(), "plan"), actor);
        return ResponseEntity.ok().eTag(Versions.etag(saved.version())).body(PlanView.of(saved));
    }

    @PutMapping("/programs/{id}")
    @Operation(summary = "Edit a program and its rules (OFFICER or ADMIN); refused when one of its calls would break"
            + " them; a stale version answers 409")
    ResponseEntity<ProgramView> editProgram(@PathVariable long id, @RequestBody ProgramEdit body,
            @RequestHeader(value = "If-Match", required = false) String ifMatch, Actor actor) {
        Program saved = programs.editProgram(id, version(body.version(), ifMatch), required(body.program(),
                "program"), actor);
        return ResponseEntity.ok().eTag(Versions.etag(saved.version())).body(ProgramView.of(saved));
    }

    private static long version(Long body, String ifMatch) {
        Long v = body != null ? body : Versions.fromIfMatch(ifMatch);
        if (v == null) {
            throw InvalidInputException.of("version", "field.required");
        }
        return v;
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw InvalidInputException.of(field, "field.required");
        }
        return value;
    }
}
