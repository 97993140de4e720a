package kr.jiwon.programs;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.NotFoundException;
import kr.jiwon.shared.Regions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Calls for applications: creating them, moving them through their lifecycle and finding them. */
@Service
@Transactional(readOnly = true)
public class CallManagement {

    private final Calls calls;
    private final Programs programs;
    private final Regions regions;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    CallManagement(Calls calls, Programs programs, Regions regions, Clock clock,
            org.springframework.context.ApplicationEventPublisher events) {
        this.calls = calls;
        this.programs = programs;
        this.regions = regions;
        this.clock = clock;
        this.events = events;
    }

    private Call changed(Call saved) {
        events.publishEvent(new CallChanged(saved.id()));
        return saved;
    }

    @Transactional
    public Call create(NewCall cmd) {
        cmd.validate(regions);
        if (!programs.existsById(cmd.programId())) {
            throw InvalidInputException.of("programId", "program.unknown", cmd.programId());
        }
        Call call = Call.draft(cmd, clock.instant());
        int year = call.opensAt().atZone(kr.jiwon.shared.SeoulTime.ZONE).getYear();
        boolean taken = calls.findByProgramIdOrderByRoundAsc(cmd.programId()).stream()
                .anyMatch(c -> c.round() == call.round()
                        && c.opensAt().atZone(kr.jiwon.shared.SeoulTime.ZONE).getYear() == year);
        if (taken) {
            // receipt numbers are program-year-round-sequence, so a round exists once per program and year
            throw InvalidInputException.of("round", "call.duplicateRound", cmd.round(), year);
        }
        return changed(calls.save(call));
    }

    @Transactional
    public Call publish(long id) {
        return step(id, c -> c.publish(clock.instant()));
    }

    /** Closes the call for applications: after its window, or early by an officer (조기 마감). */
    @Transactional
    public Call close(long id) {
        return step(id, c -> c.close(clock.instant()));
    }

    /** The call, if 요건검토 may be done now (after the close, until the selection is announced). */
    @Transactional
    public Call beginScreening(long id) {
        return step(id, c -> c.requireScreening(clock.instant()));
    }

    /** Moves the call to 평가 (or keeps it there) once no handed-in application awaits screening. */
    @Transactional
    public Call startReview(long id, long unscreened) {
        return step(id, c -> c.startReview(clock.instant(), unscreened));
    }

    /** The call, if score sheets may be written now (under review). */
    @Transactional
    public Call beginScoring(long id) {
        return step(id, c -> c.requireScoring(clock.instant()));
    }

    /** Announces the confirmed selection: under review, everything screened and every eligible application scored. */
    @Transactional
    public Call announceSelection(long id, long unscreened, long unscored) {
        return step(id, c -> c.announceSelection(clock.instant(), unscreened, unscored));
    }

    /** The call, if objections and re-decisions are possible now (selection announced, results not yet final). */
    public Call requireAnnounced(long id) {
        Call call = call(id);
        call.requireAnnounced(clock.instant());
        return call;
    }

    /** Makes the results final once the objection period is over and nothing is left open. */
    @Transactional
    public Call finalizeResults(long id, Instant objectionUntil, long openObjections, long awaitingDecision) {
        return step(id, c -> c.finalizeResults(clock.instant(), objectionUntil, openObjections, awaitingDecision));
    }

    /** Records the close of every published call whose window and grace have passed; runs every minute. */
    @Scheduled(fixedDelayString = "${jiwon.calls.close-check:60000}", initialDelay = 5000)
    @Transactional
    public int closeDue() {
        Instant now = clock.instant();
        int closed = 0;
        for (Call c : calls.findByLifeStatus(CallStatus.PUBLISHED)) {
            if (c.closeIfDue(now)) {
                changed(calls.save(c));
                closed++;
            }
        }
        return closed;
    }

    /** Applies one step of the call's life; saves (and announces the change) only when its status moved. */
    private Call step(long id, java.util.function.Consumer<Call> verb) {
        Call call = call(id);
        CallStatus before = call.status();
        verb.accept(call);
        return call.status() == before ? call : changed(calls.save(call));
    }

    public Call call(long id) {
        return calls.findById(id).orElseThrow(() -> new NotFoundException("call.notFound", id));
    }

    public List<Call> callsOf(long programId) {
        return calls.findByProgramIdOrderByRoundAsc(programId);
    }

    /** Calls matching the filter, the ones closing soonest first. */
    public List<Call> calls(CallFilter filter) {
        if (filter.region() != null && !regions.isKnown(filter.region())) {
            throw InvalidInputException.of("region", "region.unknown", filter.region());
        }
        Instant now = clock.instant();
        Map<Long, Program> programById = programs.findAll().stream()
                .collect(Collectors.toMap(Program::id, Function.identity()));
        return calls.findAll().stream()
                .filter(c -> filter.includeDrafts() || c.status() != CallStatus.DRAFT)
                .filter(c -> filter.status() == null || c.status() == filter.status())
                .filter(c -> !filter.openNow() || c.isOpen(now))
                .filter(c -> filter.field() == null || hasField(c, programById.get(c.programId()), filter.field()))
                .filter(c -> filter.region() == null || admitsRegion(c, filter.region()))
                .sorted(Comparator.comparing(Call::closesAt).thenComparing(Call::id))
                .toList();
    }

    private static boolean hasField(Call call, Program program, String field) {
        return call.eligibility().priorityFields().containsIgnoreCase(field)
                || program != null && program.priorityFields().containsIgnoreCase(field);
    }

    private boolean admitsRegion(Call call, String region) {
        List<String> allowed = call.eligibility().allowedRegions().values();
        return allowed.isEmpty() || allowed.stream().anyMatch(a -> regions.contains(a, region)
                || regions.contains(region, a));
    }

    public Instant now() {
        return clock.instant();
    }
}
