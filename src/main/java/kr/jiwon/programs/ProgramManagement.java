package kr.jiwon.programs;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.NotFoundException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Plans and programs: recording them and reading them back. */
@Service
@Transactional(readOnly = true)
public class ProgramManagement {

    private final Plans plans;
    private final Programs programs;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    ProgramManagement(Plans plans, Programs programs, Clock clock,
            org.springframework.context.ApplicationEventPublisher events) {
        this.plans = plans;
        this.programs = programs;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    public Plan createPlan(NewPlan cmd) {
        cmd.validate();
        return plans.save(Plan.create(cmd, clock.instant()));
    }

    @Transactional
    public Program createProgram(NewProgram cmd) {
        cmd.validate();
        if (cmd.planId() != null && !plans.existsById(cmd.planId())) {
            throw InvalidInputException.of("planId", "plan.unknown", cmd.planId());
        }
        if (programs.findByCode(cmd.code().strip().toUpperCase(java.util.Locale.ROOT)).isPresent()) {
            throw InvalidInputException.of("code", "program.duplicateCode", cmd.code());
        }
        Program saved = programs.save(Program.create(cmd, clock.instant()));
        events.publishEvent(new ProgramChanged(saved.id()));
        return saved;
    }

    public List<Plan> plans() {
        return plans.findAll(Sort.by(Sort.Direction.DESC, "fiscalYear").and(Sort.by("id")));
    }

    public Plan plan(long id) {
        return plans.findById(id).orElseThrow(() -> new NotFoundException("plan.notFound", id));
    }

    public List<Program> programs() {
        return programs.findAll(Sort.by("id"));
    }

    public List<Program> programsOf(long planId) {
        return programs.findByPlanIdOrderByIdAsc(planId);
    }

    public Program program(long id) {
        return findProgram(id).orElseThrow(() -> new NotFoundException("program.notFound", id));
    }

    public Optional<Program> findProgram(long id) {
        return programs.findById(id);
    }

    public Optional<Program> programByCode(String code) {
        return programs.findByCode(code);
    }
}
