package kr.jiwon.programs.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import kr.jiwon.programs.NewPlan;
import kr.jiwon.programs.NewProgram;
import kr.jiwon.programs.ProgramManagement;
import kr.jiwon.programs.web.ProgramView.PlanView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
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
    ResponseEntity<PlanView> createPlan(@RequestBody NewPlan body) {
        PlanView created = PlanView.of(programs.createPlan(body));
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
    ResponseEntity<ProgramView> createProgram(@RequestBody NewProgram body) {
        ProgramView created = ProgramView.of(programs.createProgram(body));
        return ResponseEntity.created(URI.create("/api/v1/programs/" + created.id())).body(created);
    }
}
