package kr.jiwon.programs;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.jiwon.audit.AuditLog;
import kr.jiwon.notices.Notice;
import kr.jiwon.notices.NoticeBoard;
import kr.jiwon.notices.NoticeCategory;
import kr.jiwon.notices.NoticeForm;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.NotFoundException;
import kr.jiwon.shared.Regions;
import kr.jiwon.shared.Violations;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calls for applications: creating and editing them under their program's rules, amending published ones (정정공고),
 * moving them through their lifecycle and finding them.
 */
@Service
@Transactional(readOnly = true)
public class CallManagement {

    private final Calls calls;
    private final Programs programs;
    private final CallAmendments amendments;
    private final CallText text;
    private final Regions regions;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final AuditLog audit;
    private final NoticeBoard board;
    private final ObjectProvider<CallCommitments> commitments;
    private final Snapshots<Call> snapshots;

    CallManagement(Calls calls, Programs programs, CallAmendments amendments, CallText text, Regions regions,
            Clock clock, org.springframework.context.ApplicationEventPublisher events, AuditLog audit,
            NoticeBoard board, ObjectProvider<CallCommitments> commitments,
            org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.snapshots = new Snapshots<>(jdbc, "select version from funding_call where id = ?", Call::version);
        this.calls = calls;
        this.programs = programs;
        this.amendments = amendments;
        this.text = text;
        this.regions = regions;
        this.clock = clock;
        this.events = events;
        this.audit = audit;
        this.board = board;
        this.commitments = commitments;
    }

    private Call changed(Call saved) {
        events.publishEvent(new CallChanged(saved.id()));
        return saved;
    }

    @Transactional
    public Call create(NewCall cmd) {
        return create(cmd, Actor.system());
    }

    /** A new draft call that follows its program's rules (or says why it departs from its track rules). */
    @Transactional
    public Call create(NewCall cmd, Actor actor) {
        cmd.validate(regions);
        Program program = programs.findById(cmd.programId())
                .orElseThrow(() -> InvalidInputException.of("programId", "program.unknown", cmd.programId()));
        Call call = Call.draft(cmd, clock.instant());
        followRules(program, call);
        Call saved = calls.save(call);
        audit.recordChange(actor, "CALL_CREATE", "CALL", saved.id(), saved.title());
        return changed(saved);
    }

    /**
     * An officer's edit: a draft takes it as a whole; a published call whose window is not over is amended
     * (정정공고) — with a reason, kept with what changed, posted to the board and announced to whoever has a stake.
     * A change that would make a submitted application invalid is refused, as is a stale {@code version}.
     */
    @Transactional
    public Call edit(long id, long version, NewCall cmd, String reason, Actor actor) {
        cmd.validate(regions);
        Call call = load(id);
        Program program = programs.findById(call.programId()).orElseThrow();
        Instant now = clock.instant();
        if (call.status() == CallStatus.DRAFT) {
            call.revise(cmd, version, now);
            followRules(program, call);
            Call saved = calls.save(call);
            audit.recordChange(actor, "CALL_EDIT", "CALL", id, saved.title());
            return changed(saved);
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 2000) {
            throw InvalidInputException.of("reason", why.isEmpty() ? "call.amend.reasonRequired" : "field.tooLong",
                    2000);
        }
        Map<String, String> before = text.terms(call);
        call.amend(cmd, version, now, commitments.getIfAvailable(() -> c -> CallCommitments.Committed.NONE).of(id));
        followRules(program, call);
        List<String> changes = text.changes(before, text.terms(call));
        if (changes.isEmpty()) {
            throw InvalidInputException.of("reason", "call.amend.nothingChanged");
        }
        Call saved = calls.save(call);
        CallAmendment amendment = amendments.save(CallAmendment.of(id, now, actor.username(), why, changes));
        Notice post = board.create(new NoticeForm(null, NoticeCategory.CALL, "[정정공고] " + saved.title(),
                noticeBody(saved, why, changes), program.managingAgency() == null
                        ? program.ministry()
                        : program.managingAgency(),
                null, null, true, now), actor);
        audit.recordChange(actor, "CALL_AMEND", "CALL", id, why + " | " + String.join(" | ", changes));
        events.publishEvent(new CallAmended(id, amendment.id(), saved.title(), why, changes, post.id()));
        return changed(saved);
    }

    private static String noticeBody(Call call, String reason, List<String> changes) {
        StringBuilder b = new StringBuilder("「").append(call.title()).append("」 공고를 다음과 같이 정정합니다.\n\n")
                .append("**정정 사유**: ").append(reason).append("\n\n**정정 내용**\n\n");
        changes.forEach(c -> b.append("- ").append(c).append('\n'));
        return b.append("\n정정된 공고: [").append(call.title()).append("](/calls/").append(call.id()).append(")\n")
                .toString();
    }

    /** The program's published rules and the one-round-a-year-per-number rule of receipt numbers. */
    private void followRules(Program program, Call call) {
        int year = call.opensAt().atZone(kr.jiwon.shared.SeoulTime.ZONE).getYear();
        List<Call> others = calls.findByProgramIdOrderByRoundAsc(program.id());
        boolean taken = others.stream().anyMatch(c -> !c.id().equals(call.id()) && c.round() == call.round()
                && c.opensAt().atZone(kr.jiwon.shared.SeoulTime.ZONE).getYear() == year);
        if (taken) {
            // receipt numbers are program-year-round-sequence, so a round exists once per program and year
            throw InvalidInputException.of("round", "call.duplicateRound", call.round(), year);
        }
        Violations v = new Violations();
        program.checkCall(call, others, v);
        v.throwIfAny();
        call.keepOverrideReasonOnlyIf(program.trackRulesBrokenBy(call.tracks()));
    }

    /** The call's amendments (정정공고), oldest first. */
    public List<CallAmendment> amendments(long callId) {
        return amendments.findByCallIdOrderByAmendedAtAscIdAsc(callId);
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
        Call call = load(id);
        CallStatus before = call.status();
        verb.accept(call);
        return call.status() == before ? call : changed(calls.save(call));
    }

    /** The call as stored now (kept in memory while its version is unchanged; not to be changed by the caller). */
    public Call call(long id) {
        return snapshots.get(id, calls::findById).orElseThrow(() -> new NotFoundException("call.notFound", id));
    }

    /** A copy of the call of its own, to change and save. */
    private Call load(long id) {
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
