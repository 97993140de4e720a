package kr.jiwon.programs;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import kr.jiwon.audit.AuditLog;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.NotFoundException;
import kr.jiwon.shared.Violations;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Plans and programs: recording and editing them (audited) and reading them back. */
@Service
@Transactional(readOnly = true)
public class ProgramManagement {

    private final Plans plans;
    private final Programs programs;
    private final Calls calls;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Snapshots<Program> snapshots;
    /** Programs' codes by id (a code never changes): see {@link #code}. */
    private final java.util.concurrent.ConcurrentHashMap<Long, String> codes = new java.util.concurrent.ConcurrentHashMap<>();

    ProgramManagement(Plans plans, Programs programs, Calls calls, Clock clock,
            org.springframework.context.ApplicationEventPublisher events, AuditLog audit,
            org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.snapshots = new Snapshots<>(jdbc, "select version from program where id = ?", Program::version);
        this.plans = plans;
        this.programs = programs;
        this.calls = calls;
        this.clock = clock;
        this.events = events;
        this.audit = audit;
    }

    @Transactional
    public Plan createPlan(NewPlan cmd) {
        return createPlan(cmd, Actor.system());
    }

    @Transactional
    public Plan createPlan(NewPlan cmd, Actor actor) {
        cmd.validate();
        Plan saved = plans.save(Plan.create(cmd, clock.instant()));
        audit.recordChange(actor, "PLAN_CREATE", "PLAN", saved.id(), saved.title());
        return saved;
    }

    /** An officer's edit of a plan; a stale {@code version} is refused. */
    @Transactional
    public Plan editPlan(long id, long version, NewPlan cmd, Actor actor) {
        cmd.validate();
        Plan plan = plan(id);
        plan.revise(cmd, version);
        Plan saved = plans.save(plan);
        audit.recordChange(actor, "PLAN_EDIT", "PLAN", id, saved.title());
        return saved;
    }

    @Transactional
    public Program createProgram(NewProgram cmd) {
        return createProgram(cmd, Actor.system());
    }

    @Transactional
    public Program createProgram(NewProgram cmd, Actor actor) {
        cmd.validate();
        requirePlan(cmd);
        if (programs.findByCode(cmd.code().strip().toUpperCase(java.util.Locale.ROOT)).isPresent()) {
            throw InvalidInputException.of("code", "program.duplicateCode", cmd.code());
        }
        Program saved = programs.save(Program.create(cmd, clock.instant()));
        audit.recordChange(actor, "PROGRAM_CREATE", "PROGRAM", saved.id(), saved.name());
        events.publishEvent(new ProgramChanged(saved.id()));
        return saved;
    }

    /**
     * An officer's edit of a program. Its calls keep following its rules: an edit that would put an existing call
     * outside them (a smaller annual budget, fewer rounds, a shorter period) is refused, naming the rule and call.
     */
    @Transactional
    public Program editProgram(long id, long version, NewProgram cmd, Actor actor) {
        cmd.validate();
        requirePlan(cmd);
        Program program = programs.findById(id).orElseThrow(() -> new NotFoundException("program.notFound", id));
        program.revise(cmd, version);
        List<Call> its = calls.findByProgramIdOrderByRoundAsc(id);
        Violations v = new Violations();
        for (Call c : its) {
            Violations one = new Violations();
            program.checkCall(c, its, one);
            one.list().stream().filter(x -> !x.field().startsWith("tracks"))
                    .forEach(x -> v.add(fieldOf(x.field()), "program.callBreaksRule", c.title(),
                            new org.springframework.context.support.DefaultMessageSourceResolvable(
                                    new String[]{x.messageKey()}, x.args())));
        }
        v.throwIfAny();
        Program saved = programs.save(program);
        audit.recordChange(actor, "PROGRAM_EDIT", "PROGRAM", id, saved.name());
        events.publishEvent(new ProgramChanged(saved.id()));
        return saved;
    }

    /** A call's field named in a program rule, as the program form names it. */
    private static String fieldOf(String callField) {
        return switch (callField) {
            case "budget" -> "annualBudget";
            case "round" -> "roundsPerYear";
            case "opensAt" -> "startYear";
            default -> "endYear";
        };
    }

    private void requirePlan(NewProgram cmd) {
        if (cmd.planId() != null && !plans.existsById(cmd.planId())) {
            throw InvalidInputException.of("planId", "plan.unknown", cmd.planId());
        }
    }

    public List<Plan> plans() {
        return plans.findAll(Sort.by(Sort.Direction.DESC, "fiscalYear").and(Sort.by("id")));
    }

    /** The plan's budget as lines of its fiscal year, a remainder, and the multi-year programs apart. */
    public PlanBudget budget(long planId) {
        return PlanBudget.of(plan(planId), programsOf(planId));
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

    /** The program as stored now (kept in memory while its version is unchanged; not to be changed by the caller). */
    public Optional<Program> findProgram(long id) {
        return snapshots.get(id, programs::findById);
    }

    /**
     * A program's short code (e.g. SBJ), which never changes once the program exists: read once and kept, with no
     * look-up after (receipt numbers and track prerequisites ask for it on every submission). Kept once the reading
     * transaction has committed.
     */
    public String code(long programId) {
        String known = codes.get(programId);
        if (known != null) {
            return known;
        }
        String code = program(programId).code();
        kr.jiwon.shared.AfterCommit.run(() -> codes.put(programId, code));
        return code;
    }

    public Optional<Program> programByCode(String code) {
        return programs.findByCode(code);
    }
}
