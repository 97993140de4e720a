package kr.jiwon.matching;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import kr.jiwon.applications.Application;
import kr.jiwon.applications.ApplicationManagement;
import kr.jiwon.applications.ApplicationSubmitted;
import kr.jiwon.audit.AuditLog;
import kr.jiwon.institutes.InstituteManagement;
import kr.jiwon.programs.CallManagement;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.NotFoundException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The institute workflow: a submitted application is passed to its best-fitting institute (the recommender's
 * ranking, preferring one the company named); the institute accepts or declines with a reason within the call's
 * response time; a decline or a missed answer passes the request to the next best institute not yet asked;
 * officers see the queue and can decide themselves (override). Every step is audited.
 */
@Service
@Transactional(readOnly = true)
public class InstituteRequests {

    static final int CANDIDATES = 10;
    /** The longest a hand-off waits for submissions to pause (institutes answer in days; a minute is nothing). */
    static final Duration DEFER_AT_MOST = Duration.ofMinutes(1);

    private final MatchOffers offers;
    private final ApplicationManagement applications;
    private final CallManagement calls;
    private final InstituteManagement institutes;
    private final InstituteMatching matching;
    private final AuditLog audit;
    private final Clock clock;
    private final kr.jiwon.companies.CompanyManagement companies;
    private final kr.jiwon.notifications.Notifications notifications;
    private final org.springframework.context.MessageSource messages;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;
    private final org.springframework.transaction.support.TransactionTemplate tx;
    private final kr.jiwon.applications.SubmissionTraffic traffic;

    InstituteRequests(MatchOffers offers, ApplicationManagement applications, CallManagement calls,
            InstituteManagement institutes, InstituteMatching matching, AuditLog audit, Clock clock,
            kr.jiwon.companies.CompanyManagement companies, kr.jiwon.notifications.Notifications notifications,
            org.springframework.context.MessageSource messages, org.springframework.jdbc.core.JdbcTemplate jdbc,
            org.springframework.transaction.PlatformTransactionManager transactions,
            kr.jiwon.applications.SubmissionTraffic traffic) {
        this.traffic = traffic;
        this.tx = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.notifications = notifications;
        this.messages = messages;
        this.jdbc = jdbc;
        this.companies = companies;
        this.offers = offers;
        this.applications = applications;
        this.calls = calls;
        this.institutes = institutes;
        this.matching = matching;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Passes a newly submitted application to its first institute, after the submission committed and apart from
     * it (its receipt is already issued). While companies are submitting it waits for a pause, at most
     * {@link #DEFER_AT_MOST} after the submission: on a deadline evening the submissions get the machine. The event
     * is kept in the publication registry until this succeeds: a failure (or a stop while waiting) leaves it to be
     * delivered again on the next start, and officers can pass the request on meanwhile.
     */
    @org.springframework.scheduling.annotation.Async(HandOffThread.EXECUTOR)
    @org.springframework.transaction.event.TransactionalEventListener
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public void on(ApplicationSubmitted event) {
        Instant submitted = event.submittedAt() == null ? clock.instant() : event.submittedAt();
        if (!traffic.awaitQuiet(submitted.plus(DEFER_AT_MOST))) {
            throw new IllegalStateException("stopped while waiting to hand application " + event.applicationId()
                    + " on; it is delivered again on the next start");
        }
        handOff(event.applicationId());
    }

    /**
     * Passes a handed-in application that no institute holds to the best one not asked yet, in a transaction of its
     * own that holds the application's row: two hand-offs of one application (withdrawn and submitted again before
     * the first ran, or two instances) take turns, and the second finds the first's offer. An application submitted
     * again after a withdrawal keeps an institute that still holds its request; one whose request expired meanwhile
     * goes to the next. An application withdrawn by the time its hand-off runs is left alone (a new submission
     * brings a hand-off of its own).
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    void handOff(long applicationId) {
        tx.executeWithoutResult(status -> {
            if (!applications.lock(applicationId)) {
                return;
            }
            handOffUnheld(applicationId, offers.findByApplicationIdOrderByIdAsc(applicationId));
        });
    }

    /**
     * The hand-off itself, in the caller's transaction (which holds the application's row): a request that no
     * institute holds goes to the best one, if the application is handed in and its track routes requests.
     */
    private void handOffUnheld(long applicationId, List<MatchOffer> earlier) {
        if (earlier.stream().anyMatch(MatchOffer::isOpen)) {
            return;
        }
        // the application and its call are read once here and handed on (this runs for every submission)
        Application a = applications.forMatching(applicationId);
        if (!a.status().isHandedIn()) {
            return;
        }
        kr.jiwon.programs.Call call = calls.call(a.callId());
        if (institutesNeeded(a, call) > 0) {
            passOn(a, call, earlier, Actor.system());
        }
    }

    /** How many institutes the application's track needs (0: the call does not route requests to institutes). */
    int institutesNeeded(Application a) {
        return institutesNeeded(a, calls.call(a.callId()));
    }

    private static int institutesNeeded(Application a, kr.jiwon.programs.Call call) {
        return call.track(a.trackCode()).map(kr.jiwon.programs.Track::minInstitutes).orElse(1);
    }

    /**
     * Offers the application to the best institute not asked yet — for a convergent project that already has an
     * institute, the best one from another field; returns that offer, or null when none is left.
     */
    @Transactional
    public MatchOffer passOn(long applicationId, Actor actor) {
        return passOn(applications.forMatching(applicationId), actor);
    }

    /** {@link #passOn(long, Actor)} for an application already read, with its call and its offers as they are now. */
    private MatchOffer passOn(Application a, Actor actor) {
        return passOn(a, calls.call(a.callId()), offers.findByApplicationIdOrderByIdAsc(a.id()), actor);
    }

    private MatchOffer passOn(Application a, kr.jiwon.programs.Call call, List<MatchOffer> earlier, Actor actor) {
        long applicationId = a.id();
        Set<String> asked = earlier.stream().map(MatchOffer::institute).collect(Collectors.toSet());
        Set<String> takenFields = earlier.stream().filter(o -> o.status() == OfferStatus.ACCEPTED)
                .map(o -> fieldOf(o.institute())).collect(Collectors.toSet());
        if (!takenFields.isEmpty()) {
            asked.addAll(institutes.all().stream().filter(i -> takenFields.contains(i.primaryField()))
                    .map(kr.jiwon.institutes.ResearchInstitute::shortName).toList());
        }
        var company = companies.company(a.companyId());
        List<Recommendation> ranking = matching.recommend(new MatchRequest(String.valueOf(a.id()), text(a),
                a.technologyFields().values(), a.rootTechnologies().values(), company.regionCode()), CANDIDATES);
        Set<String> full = atCapacity(a.callId());
        List<Recommendation> open = ranking.stream().filter(r -> !asked.contains(r.institute())).toList();
        // an institute at its capacity for the call is passed over while another candidate has room
        List<Recommendation> withRoom = open.stream().filter(r -> !full.contains(r.institute())).toList();
        List<Recommendation> choice = withRoom.isEmpty() ? open : withRoom;
        Recommendation next = choice.stream().filter(r -> a.desiredInstitutes().contains(r.institute())).findFirst()
                .orElse(choice.stream().findFirst().orElse(null));
        if (next == null) {
            audit.recordChange(actor, "MATCH_EXHAUSTED", "APPLICATION", applicationId, "no institute left to ask");
            return null;
        }
        Instant now = clock.instant();
        int days = call.instituteResponseDays();
        MatchOffer offer = offers.save(MatchOffer.offer(applicationId, a.callId(), next.institute(),
                ranking.indexOf(next) + 1, next.score(), now, now.plus(Duration.ofDays(days))));
        audit.recordChange(actor, "MATCH_OFFER", "APPLICATION", applicationId, next.institute());
        tellInstitute(offer, a, company.name(), call.title(), kr.jiwon.notifications.NotificationKind.INSTITUTE_REQUEST,
                "notify.offer");
        return offer;
    }

    /**
     * The institutes whose open requests of the call (asked or accepted, of applications not ruled out) have reached
     * their capacity.
     */
    private Set<String> atCapacity(long callId) {
        // counted by the database: a call's offers grow with every submission, and this runs for each of them
        java.util.Map<String, Integer> load = new java.util.HashMap<>();
        jdbc.query("select institute, count(*) from match_offer where call_id = ? and status in ('OFFERED', "
                + "'ACCEPTED') and not application_ruled_out group by institute", rs -> {
                    load.put(rs.getString(1), rs.getInt(2));
                }, callId);
        if (load.isEmpty()) {
            return Set.of();
        }
        java.util.Map<String, Integer> capacity = institutes.capacities();
        return load.entrySet().stream().filter(e -> capacity.containsKey(e.getKey())
                && e.getValue() >= capacity.get(e.getKey())).map(java.util.Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    /**
     * What applying a plan did: offers sent, offers withdrawn, requests whose institutes did not change, rows where
     * the officer chose otherwise than the optimiser proposed.
     */
    public record PlanApplied(int offered, int withdrawn, int kept, int adjusted) {
    }

    /**
     * Makes an assignment plan the call's offers: for each request given institutes, open offers to other
     * institutes are withdrawn and each planned institute not yet holding it is asked, under the same accept/decline
     * workflow and response time. Requests an institute already accepted, and requests the plan leaves empty, stay
     * as they are. Refused as a whole, naming each problem, when a request is not the call's, an institute is
     * unknown or already answered the request, a request gets more institutes than it needs or two from one field,
     * or an institute would hold more of the call's requests than its capacity (unless it held that many before).
     * {@code proposed} is what the optimiser proposed, kept beside the decision.
     */
    @Transactional
    public PlanApplied applyPlan(long callId, java.util.Map<Long, List<String>> plan,
            java.util.Map<Long, List<String>> proposed, Actor actor) {
        calls.call(callId);
        java.util.Map<Long, Application> handed = new java.util.LinkedHashMap<>();
        applications.handedIn(callId).forEach(a -> handed.put(a.id(), a));
        kr.jiwon.shared.Violations problems = new kr.jiwon.shared.Violations();
        java.util.Map<Long, List<String>> chosen = new java.util.LinkedHashMap<>();
        java.util.Map<Long, List<MatchOffer>> earlier = new java.util.HashMap<>();
        java.util.Map<String, Integer> before = new java.util.HashMap<>();
        java.util.Map<String, Integer> after = new java.util.HashMap<>();
        for (MatchOffer o : offers.findByCallIdOrderByIdAsc(callId)) {
            earlier.computeIfAbsent(o.applicationId(), k -> new java.util.ArrayList<>()).add(o);
            if (o.holdsCapacity()) {
                before.merge(o.institute(), 1, Integer::sum);
            }
        }
        plan.forEach((id, list) -> {
            Application a = handed.get(id);
            if (a != null && a.status().isRuledOut()) {
                problems.add("plan", "plan.ruledOut", a.receiptNumber());
                return;
            }
            List<String> wanted = (list == null ? List.<String>of() : list).stream().filter(java.util.Objects::nonNull)
                    .map(String::strip).filter(x -> !x.isEmpty()).distinct().toList();
            if (a == null) {
                problems.add("plan", "plan.notInCall", String.valueOf(id));
                return;
            }
            List<MatchOffer> its = earlier.getOrDefault(id, List.of());
            if (wanted.isEmpty() || its.stream().anyMatch(o -> o.status() == OfferStatus.ACCEPTED)) {
                return; // left as it is
            }
            int needed = institutesNeeded(a);
            if (wanted.size() > needed) {
                problems.add("plan", "plan.tooMany", a.title(), needed);
            }
            if (wanted.stream().map(this::fieldOf).distinct().count() < wanted.size()) {
                problems.add("plan", "plan.sameField", a.title());
            }
            for (String institute : wanted) {
                if (institutes.find(institute).isEmpty()) {
                    problems.add("plan", "institute.notFound", institute);
                } else if (its.stream().anyMatch(o -> o.institute().equals(institute) && !o.isOpen())) {
                    problems.add("plan", "plan.alreadyAnswered", a.title(), institute);
                }
            }
            chosen.put(id, wanted);
        });
        for (Application a : handed.values()) {
            List<String> holding = chosen.containsKey(a.id())
                    ? chosen.get(a.id())
                    : earlier.getOrDefault(a.id(), List.of()).stream().filter(MatchOffer::holdsCapacity)
                            .map(MatchOffer::institute).toList();
            holding.forEach(i -> after.merge(i, 1, Integer::sum));
        }
        after.forEach((institute, load) -> institutes.find(institute).ifPresent(i -> {
            if (load > i.capacity() && load > before.getOrDefault(institute, 0)) {
                problems.add("plan", "plan.overCapacity", i.shortName(), i.capacity(), load);
            }
        }));
        problems.throwIfAny();

        Instant now = clock.instant();
        var call = calls.call(callId);
        int offered = 0;
        int withdrawn = 0;
        int adjusted = 0;
        int changedRows = 0;
        Set<Long> withdrawnFrom = new java.util.HashSet<>();
        for (Application a : handed.values()) {
            List<String> wanted = chosen.get(a.id());
            if (wanted == null) {
                continue;
            }
            List<MatchOffer> its = earlier.getOrDefault(a.id(), List.of());
            int changesBefore = offered + withdrawn;
            for (MatchOffer o : its) {
                if (o.status() == OfferStatus.OFFERED && !wanted.contains(o.institute())) {
                    o.withdraw(actor.username(), now, text("plan.withdrawnReason"));
                    offers.save(o);
                    audit.recordChange(actor, "MATCH_WITHDRAW", "APPLICATION", a.id(), o.institute());
                    withdrawnFrom.add(a.id());
                    withdrawn++;
                }
            }
            List<Recommendation> ranking = null;
            var company = companies.company(a.companyId());
            for (String institute : wanted) {
                if (its.stream().anyMatch(o -> o.institute().equals(institute))) {
                    continue; // it holds the request already
                }
                if (ranking == null) {
                    ranking = matching.recommend(new MatchRequest(String.valueOf(a.id()), text(a),
                            a.technologyFields().values(), a.rootTechnologies().values(), company.regionCode()),
                            CANDIDATES);
                }
                Recommendation r = ranking.stream().filter(x -> x.institute().equals(institute)).findFirst()
                        .orElse(null);
                MatchOffer offer = offers.save(MatchOffer.offer(a.id(), callId, institute,
                        r == null ? 0 : ranking.indexOf(r) + 1, r == null ? 0 : r.score(), now,
                        now.plus(Duration.ofDays(call.instituteResponseDays()))));
                audit.recordChange(actor, "MATCH_OFFER", "APPLICATION", a.id(), institute);
                tellInstitute(offer, a, company.name(), call.title(),
                        kr.jiwon.notifications.NotificationKind.INSTITUTE_REQUEST, "notify.offer");
                offered++;
            }
            changedRows += offered + withdrawn > changesBefore ? 1 : 0;
            List<String> suggested = proposed == null ? List.of() : proposed.getOrDefault(a.id(), List.of());
            boolean changed = !new java.util.HashSet<>(suggested).equals(new java.util.HashSet<>(wanted));
            adjusted += changed ? 1 : 0;
            for (String institute : wanted) {
                jdbc.update("insert into match_plan (call_id, application_id, institute, proposed, adjusted, "
                        + "applied_by, applied_at) values (?, ?, ?, ?, ?, ?, ?)", callId, a.id(), institute,
                        String.join(",", suggested), changed, actor.username(), java.sql.Timestamp.from(now));
            }
        }
        int kept = handed.size() - changedRows;
        audit.recordChange(actor, "MATCH_PLAN_APPLY", "CALL", callId, "offered " + offered + ", withdrawn "
                + withdrawn + ", kept " + kept + ", adjusted " + adjusted);
        matching.decisionsChanged(withdrawnFrom);
        return new PlanApplied(offered, withdrawn, kept, adjusted);
    }

    /** A plan applied to a call: by whom, when, how many institutes it gave and how many rows the officer changed. */
    public record AppliedPlan(String by, Instant at, int lines, int adjusted) {
    }

    /** The plan last applied to the call, if any. */
    public java.util.Optional<AppliedPlan> lastPlan(long callId) {
        return jdbc.query("select applied_by, applied_at, count(*), sum(case when adjusted then 1 else 0 end) "
                + "from match_plan where call_id = ? group by applied_by, applied_at order by applied_at desc",
                (rs, i) -> new AppliedPlan(rs.getString(1), (rs.getTimestamp(2).toInstant()), rs.getInt(3),
                        rs.getInt(4)),
                callId).stream().findFirst();
    }

    /** The institute's coordinators learn of a request (or are reminded of it) with its company and deadline. */
    private void tellInstitute(MatchOffer offer, Application a, String company, String call,
            kr.jiwon.notifications.NotificationKind kind, String key) {
        String due = kr.jiwon.shared.SeoulTime.notice(offer.respondBy());
        institutes.find(offer.institute()).ifPresent(i -> notifications.toInstitute(kind, i.id(),
                text(key + ".subject", a.title(), due), text(key + ".body", a.title(), company, call, due),
                "/institute/requests"));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, java.util.Locale.KOREAN);
    }

    /**
     * A day before an unanswered request is due, its institute is reminded, once (the reminder is claimed in the
     * database, so two instances send it once).
     */
    @Scheduled(fixedDelayString = "${jiwon.matching.reminder-check:PT10M}", initialDelayString = "PT1M")
    @Transactional
    public int remindDueSoon() {
        Instant now = clock.instant();
        List<MatchOffer> due = offers.unremindedDueBefore(now.plus(Duration.ofDays(1)));
        int sent = 0;
        for (MatchOffer o : due) {
            if (!o.respondBy().isAfter(now)) {
                continue;
            }
            Application a = applications.forMatching(o.applicationId());
            // one taken back by the company waits, unreminded, for a new submission
            if (a.status().isHandedIn() && jdbc.update("update match_offer set reminded_at = ? "
                    + "where id = ? and reminded_at is null", java.sql.Timestamp.from(now), o.id()) == 1) {
                tellInstitute(o, a, companies.company(a.companyId()).name(), calls.call(a.callId()).title(),
                        kr.jiwon.notifications.NotificationKind.REMINDER, "notify.offerReminder");
                sent++;
            }
        }
        return sent;
    }

    private static String text(Application a) {
        return (a.title() == null ? "" : a.title() + " ") + (a.bottleneck() == null ? "" : a.bottleneck());
    }

    /** The requests passed to an institute, newest first. */
    public List<MatchOffer> forInstitute(String shortName) {
        return offers.findByInstituteOrderByIdDesc(shortName);
    }

    public List<MatchOffer> ofApplication(long applicationId) {
        return offers.findByApplicationIdOrderByIdAsc(applicationId);
    }

    /** The officer's queue for a call: every offer, oldest first. */
    public List<MatchOffer> queue(long callId) {
        return offers.findByCallIdOrderByIdAsc(callId);
    }

    /**
     * The institute takes the request on. A convergent project that still lacks institutes is then passed on to
     * the best institute from another field.
     */
    @Transactional
    public MatchOffer accept(String institute, long offerId, Actor actor) {
        MatchOffer o = own(institute, offerId);
        Application a = handedIn(o);
        o.accept(actor.username(), clock.instant());
        MatchOffer saved = offers.save(o);
        audit.recordChange(actor, "MATCH_ACCEPT", "APPLICATION", o.applicationId(), institute);
        matching.decisionsChanged(List.of(o.applicationId()));
        if (accepted(o.applicationId()).size() < institutesNeeded(a)) {
            passOn(a, actor);
        }
        return saved;
    }

    /** The institutes that accepted the application's request (or were given it by an officer), in order. */
    public List<String> accepted(long applicationId) {
        return offers.findByApplicationIdOrderByIdAsc(applicationId).stream()
                .filter(o -> o.status() == OfferStatus.ACCEPTED).map(MatchOffer::institute).toList();
    }

    /** The field an institute stands for in a convergent project (its division, else its first field). */
    public String fieldOf(String institute) {
        return institutes.find(institute).map(kr.jiwon.institutes.ResearchInstitute::primaryField).orElse(institute);
    }

    /**
     * Declines with a reason; the request goes on to the next best institute. Returns the declined offer — which
     * institute is asked next is not the declining institute's business (and there may be none left).
     */
    @Transactional
    public MatchOffer decline(String institute, long offerId, String reason, Actor actor) {
        MatchOffer o = own(institute, offerId);
        Application a = handedIn(o);
        o.decline(actor.username(), clock.instant(), reason);
        MatchOffer declined = offers.save(o);
        audit.recordChange(actor, "MATCH_DECLINE", "APPLICATION", o.applicationId(), institute + ": " + reason);
        matching.decisionsChanged(List.of(o.applicationId()));
        passOn(a, actor);
        return declined;
    }

    /**
     * Offers past their response time expire and pass on — unless the company has taken the application back: then
     * it goes on when it is submitted again (the hand-off); runs every minute.
     */
    @Scheduled(fixedDelayString = "${jiwon.matching.expiry-check:60000}")
    @Transactional
    public int expireOverdue() {
        List<MatchOffer> overdue = offers.findByStatusAndRespondByBefore(OfferStatus.OFFERED, clock.instant());
        for (MatchOffer o : overdue) {
            o.expire(clock.instant());
            offers.save(o);
            audit.recordChange(Actor.system(), "MATCH_EXPIRE", "APPLICATION", o.applicationId(), o.institute());
            Application a = applications.forMatching(o.applicationId());
            if (a.status().isHandedIn()) {
                passOn(a, Actor.system());
            }
        }
        return overdue.size();
    }

    /**
     * A decision on the application reaches its institutes. Ruled out (요건 부적격, 미선정, 선정 포기): requests still waiting for
     * an answer end and their institutes are told, so no one is asked to support what goes no further. Ruled out or
     * selected, or brought back to 요건 적격: an institute that accepted hears it (it has researchers and equipment set
     * aside), and its acceptance stays on record — an upheld objection may bring the application back. Brought back, a
     * request that no institute holds goes out again (also when it is selected in the place of an award given up). Runs
     * in the deciding transaction.
     */
    @org.springframework.context.event.EventListener
    void on(kr.jiwon.applications.ApplicationDecided e) {
        List<MatchOffer> its = offers.findByApplicationIdOrderByIdAsc(e.applicationId());
        boolean ruledOut = e.to().isRuledOut();
        // brought back by a correction or an upheld objection, or selected in the place of an award given up
        boolean back = e.from().isRuledOut() && !ruledOut;
        List<MatchOffer> told = ruledOut || back || e.to() == kr.jiwon.applications.ApplicationStatus.SELECTED
                ? its.stream().filter(o -> o.status() == OfferStatus.ACCEPTED
                        || ruledOut && o.status() == OfferStatus.OFFERED).toList()
                : List.of();
        if (!told.isEmpty()) {
            Instant now = clock.instant();
            String title = applications.forMatching(e.applicationId()).title();
            for (MatchOffer o : told) {
                String key = "notify.offerDecided." + e.to().name();
                if (o.status() == OfferStatus.OFFERED) {
                    o.close(now, text("offer.closedBecause." + e.to().name()));
                    offers.save(o);
                    audit.recordChange(Actor.system(), "MATCH_CLOSE", "APPLICATION", e.applicationId(),
                            o.institute() + ": " + e.to());
                    key = "notify.offerClosed." + e.to().name();
                }
                String subject = text(key + ".subject", title);
                String body = text(key + ".body", title);
                institutes.find(o.institute()).ifPresent(i -> notifications.toInstitute(
                        kr.jiwon.notifications.NotificationKind.INSTITUTE_REQUEST, i.id(), subject, body,
                        "/institute/requests"));
            }
        }
        for (MatchOffer o : its) {
            if (o.status() == OfferStatus.ACCEPTED && o.applicationRuledOut(ruledOut)) {
                offers.save(o); // a ruled-out acceptance frees the institute's capacity; brought back, holds it again
            }
        }
        if (back) {
            handOffUnheld(e.applicationId(), its);
        }
    }

    /** An officer decides: any open offer is withdrawn and the request goes to the chosen institute. */
    @Transactional
    public MatchOffer override(long applicationId, String institute, String reason, Actor actor) {
        if (institutes.find(institute).isEmpty()) {
            throw InvalidInputException.of("institute", "institute.notFound", institute);
        }
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "offer.reasonRequired");
        }
        Application a = applications.forMatching(applicationId);
        if (!a.status().isHandedIn()) {
            // the company took it back (it may change or never return it): nothing is assigned until it is handed in
            throw InvalidInputException.of("institute", "offer.overrideWithdrawn");
        }
        if (a.status().isRuledOut()) {
            throw InvalidInputException.of("institute", "offer.overrideRuledOut." + a.status().name());
        }
        Instant now = clock.instant();
        // a convergent project keeps the institutes that accepted while it still needs more
        boolean keepAccepted = accepted(applicationId).size() < institutesNeeded(a) && institutesNeeded(a) > 1;
        for (MatchOffer o : offers.findByApplicationIdOrderByIdAsc(applicationId)) {
            if (o.institute().equals(institute)) {
                throw InvalidInputException.of("institute", "offer.alreadyAsked", institute);
            }
            if (o.status() == OfferStatus.OFFERED || o.status() == OfferStatus.ACCEPTED && !keepAccepted) {
                o.withdraw(actor.username(), now, "officer override: " + reason);
                offers.save(o);
            }
        }
        MatchOffer decided = offers.save(MatchOffer.decidedByOfficer(applicationId, a.callId(), institute,
                actor.username(), reason.strip(), now));
        audit.recordChange(actor, "MATCH_OVERRIDE", "APPLICATION", applicationId, institute + ": " + reason);
        matching.decisionsChanged(List.of(applicationId));
        return decided;
    }

    private MatchOffer own(String institute, long offerId) {
        return offers.findById(offerId).filter(o -> o.institute().equals(institute))
                .orElseThrow(() -> new NotFoundException("offer.notFound", offerId));
    }

    /**
     * The offer's application, read once for the answer and what follows it; refused while the company has taken it
     * back (its request waits unanswered).
     */
    private Application handedIn(MatchOffer o) {
        Application a = applications.forMatching(o.applicationId());
        if (!a.status().isHandedIn()) {
            throw InvalidInputException.of("status", "offer.applicationWithdrawn");
        }
        return a;
    }
}
