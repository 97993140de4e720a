package kr.jiwon.projects;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import kr.jiwon.applications.Application;
import kr.jiwon.applications.ApplicationManagement;
import kr.jiwon.audit.AuditLog;
import kr.jiwon.matching.InstituteRequests;
import kr.jiwon.notifications.Notifications;
import kr.jiwon.programs.Call;
import kr.jiwon.programs.CallManagement;
import kr.jiwon.programs.ProgramManagement;
import kr.jiwon.programs.Track;
import kr.jiwon.selection.SelectionFinalized;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.SeoulTime;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Makes a project of each application whose selection became final: numbered like its receipt
 * ({@code SBJ-2026-1-P001}), starting on the first day of the next month and lasting the months applied for, at most
 * the track's maximum; the company is told that the agreement starts. Delivered again after a failure (the event
 * publication registry) and idempotent: an application already a project is skipped.
 */
@Component
class ProjectCreation {

    private final Projects projects;
    private final ApplicationManagement applications;
    private final CallManagement calls;
    private final ProgramManagement programs;
    private final InstituteRequests institutes;
    private final Notifications notifications;
    private final MessageSource messages;
    private final AuditLog audit;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    ProjectCreation(Projects projects, ApplicationManagement applications, CallManagement calls,
            ProgramManagement programs, InstituteRequests institutes, Notifications notifications,
            MessageSource messages, AuditLog audit, Clock clock,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.projects = projects;
        this.applications = applications;
        this.calls = calls;
        this.programs = programs;
        this.institutes = institutes;
        this.notifications = notifications;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(SelectionFinalized event) {
        Call call = calls.call(event.callId());
        String programCode = programs.code(call.programId());
        for (SelectionFinalized.Award award : event.awards()) {
            if (projects.findByApplicationId(award.applicationId()).isPresent()) {
                continue;
            }
            Application a = applications.forMatching(award.applicationId());
            int max = call.track(a.trackCode()).map(Track::maxMonths).orElse(12);
            int months = a.durationMonths() == null ? max : Math.min(a.durationMonths(), max);
            LocalDate start = SeoulTime.today(clock).withDayOfMonth(1).plusMonths(1);
            NewProject p = new NewProject(call.id(), a.id(), programCode, a.companyId(), a.title(), a.bottleneck(),
                    a.trackCode(), institutes.accepted(a.id()), award.amount(), start,
                    start.plusMonths(months).minusDays(1));
            Instant now = clock.instant();
            Project saved = projects.save(Project.create(p, number(a.receiptNumber(), call.id()), now));
            audit.recordChange(Actor.system(), "PROJECT_CREATE", "PROJECT", saved.id(),
                    saved.number() + " " + award.amount().amount());
            events.publishEvent(new ProjectCreated(saved.id(), saved.number(), call.id(), a.id(), a.companyId(),
                    award.amount().amount()));
            notifications.toCompany(kr.jiwon.notifications.NotificationKind.PROJECT, a.companyId(), a.contactEmail(),
                    text("notify.project.created.subject", saved.number()),
                    text("notify.project.created.body", saved.title(), saved.number(), award.amount()),
                    "/projects/" + saved.id());
        }
    }

    /** The receipt's program, year and round with the project's sequence in its call: SBJ-2026-1-P001. */
    private String number(String receipt, long callId) {
        String prefix = receipt.substring(0, receipt.lastIndexOf('-'));
        return "%s-P%03d".formatted(prefix, projects.countByCallId(callId) + 1);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.KOREAN);
    }
}
