package kr.jiwon.applications;

import java.time.Clock;
import java.util.List;
import kr.jiwon.audit.AuditLog;
import kr.jiwon.programs.Call;
import kr.jiwon.programs.CallManagement;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.CurrentUser;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.NotFoundException;
import kr.jiwon.shared.Role;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starting and writing drafts and reading applications, with object-level access checks and an audit entry for
 * every view and change.
 */
@Service
@Transactional(readOnly = true)
public class ApplicationManagement {

    private final Applications applications;
    private final CallManagement calls;
    private final ApplicationAccess access;
    private final ReceiptNumbers receipts;
    private final AuditLog audit;
    private final Clock clock;
    private final org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate jdbc;
    private final org.springframework.context.ApplicationEventPublisher events;

    ApplicationManagement(Applications applications, CallManagement calls, ApplicationAccess access,
            ReceiptNumbers receipts, AuditLog audit, Clock clock,
            org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate jdbc,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.applications = applications;
        this.calls = calls;
        this.access = access;
        this.receipts = receipts;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Starts the company's draft for a call, or returns the one it already has (one application per company per
     * call).
     */
    @Transactional
    public Application start(CurrentUser user, long callId, String trackCode, Actor actor) {
        if (user.role() != Role.APPLICANT || user.companyId() == null) {
            throw new AccessDeniedException("only company users apply");
        }
        Call call = calls.call(callId);
        if (!call.isOpen(clock.instant())) {
            throw InvalidInputException.of("call", "application.callNotOpen");
        }
        var existing = applications.findByCallIdAndCompanyId(callId, user.companyId());
        if (existing.isPresent()) {
            return existing.get();
        }
        String track = trackCode != null && call.track(trackCode).isPresent()
                ? call.track(trackCode).get().code()
                : call.tracks().get(0).code();
        receipts.ensureCounter(callId);
        Application saved = applications.save(Application.start(callId, user.companyId(), track, user.username(),
                user.displayName(), user.email(), clock.instant()));
        audit.recordChange(actor, "APPLICATION_START", "APPLICATION", saved.id(), "call " + callId);
        return saved;
    }

    /**
     * Saves what the writer sent if nobody saved in between; otherwise throws a {@link DraftConflictException}
     * carrying the stored version, and keeps it.
     */
    @Transactional
    public Application write(CurrentUser user, long id, ApplicationForm form, Actor actor) {
        return write(user, id, form, java.util.Set.of(), actor);
    }

    /**
     * As {@link #write(CurrentUser, long, ApplicationForm, Actor)}, but the named fields keep their stored value
     * (used when the writer's input for them could not be read, so half-typed amounts never erase saved ones).
     */
    @Transactional
    public Application write(CurrentUser user, long id, ApplicationForm form, java.util.Set<String> keep,
            Actor actor) {
        Application a = load(id);
        access.requireOwner(user, a);
        if (form.version() == null || !form.version().equals(a.version())) {
            throw new DraftConflictException(a);
        }
        a.write(form.keeping(keep, a.toForm()), user.username(), clock.instant());
        try {
            Application saved = applications.save(a);
            audit.recordChange(actor, "APPLICATION_WRITE", "APPLICATION", id, null);
            return saved;
        } catch (OptimisticLockingFailureException e) {
            throw new DraftConflictException(load(id));
        }
    }

    public Application view(CurrentUser user, long id, Actor actor) {
        Application a = load(id);
        access.requireView(user, a);
        audit.recordView(actor, "APPLICATION_VIEW", "APPLICATION", id, null);
        return a;
    }

    /** The applications of the user's company, newest first. */
    public List<Application> mine(CurrentUser user) {
        if (user.companyId() == null) {
            return List.of();
        }
        return applications.findByCompanyIdOrderByIdDesc(user.companyId());
    }

    /** An application as matching needs it (no access check: for the platform's own processes). */
    public Application forMatching(long id) {
        return load(id);
    }

    /**
     * Holds the application's row until the caller's transaction ends, so that processes deciding something once
     * per application (its first institute offer) take turns; false when there is no such application.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public boolean lock(long id) {
        return !jdbc.getJdbcTemplate().queryForList("select id from application where id = ? for update", Long.class,
                id).isEmpty();
    }

    /**
     * The texts matching learns from — title and bottleneck — of the given applications (unknown ids left out), in
     * one statement per thousand ids rather than an aggregate load each.
     */
    public java.util.Map<Long, String> matchingTexts(java.util.Collection<Long> ids) {
        java.util.Map<Long, String> texts = new java.util.HashMap<>();
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += 1000) {
            jdbc.query("select id, title, bottleneck from application where id in (:ids)",
                    java.util.Map.of("ids", all.subList(from, Math.min(all.size(), from + 1000))),
                    rs -> {
                        texts.put(rs.getLong(1), nz(rs.getString(2)) + " " + nz(rs.getString(3)));
                    });
        }
        return texts;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** The handed-in applications of a call, for matching and assignment. */
    public List<Application> handedIn(long callId) {
        return applications.findByCallIdOrderByIdAsc(callId).stream().filter(a -> a.status().isHandedIn()).toList();
    }

    /** How many of the call's handed-in applications still await 요건검토. */
    public long awaitingScreening(long callId) {
        return handedIn(callId).stream().filter(a -> a.status().awaitsScreening()).count();
    }

    /** Records the confirmed selection result on the application (part of the confirming transaction). */
    @Transactional
    public Application decide(long id, boolean selected, String reason, Actor actor) {
        return decided(id, selected ? "APPLICATION_SELECTED" : "APPLICATION_NOT_SELECTED", reason, actor,
                (a, now) -> a.decide(selected, actor.username(), now, reason));
    }

    /** The selected company gives the award up (선정 포기, before its agreement is signed); final. */
    @Transactional
    public Application giveUp(long id, String reason, Actor actor) {
        return decided(id, "APPLICATION_GAVE_UP", reason, actor, (a, now) -> a.giveUp(actor.username(), now, reason));
    }

    /** An application not selected is selected in the place of an award given up (추가 선정). */
    @Transactional
    public Application selectAdditionally(long id, String reason, Actor actor) {
        return decided(id, "APPLICATION_SELECTED_ADDITIONALLY", reason, actor,
                (a, now) -> a.selectAdditionally(actor.username(), now, reason));
    }

    /** An upheld objection: the decision is reopened and the application is ELIGIBLE again. */
    @Transactional
    public Application reopenDecision(long id, String reason, Actor actor) {
        return decided(id, "APPLICATION_DECISION_REOPENED", reason, actor,
                (a, now) -> a.reopenDecision(actor.username(), now, reason));
    }

    /** A decision on one application: made by the aggregate, stored, announced and audited with its reason. */
    private Application decided(long id, String auditAction, String reason, Actor actor,
            java.util.function.BiConsumer<Application, java.time.Instant> decision) {
        Application a = load(id);
        ApplicationStatus from = a.status();
        decision.accept(a, clock.instant());
        Application saved = saveDecided(a, from);
        audit.recordChange(actor, auditAction, "APPLICATION", id, reason);
        return saved;
    }

    /** Stores a decision and, if it moved the application, says so to the other modules (same transaction). */
    Application saveDecided(Application a, ApplicationStatus from) {
        Application saved = applications.save(a);
        if (saved.status() != from) {
            events.publishEvent(new ApplicationDecided(saved.id(), saved.callId(), from, saved.status()));
        }
        return saved;
    }

    Application load(long id) {
        return applications.findById(id).orElseThrow(() -> new NotFoundException("application.notFound", id));
    }
}
