package kr.jiwon.outcomes;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import kr.jiwon.audit.AuditLog;
import kr.jiwon.projects.Project;
import kr.jiwon.projects.ProjectManagement;
import kr.jiwon.projects.UploadedFile;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.CurrentUser;
import kr.jiwon.shared.NotFoundException;
import kr.jiwon.shared.SeoulTime;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reports projects owe (중간·최종·성과활용보고): scheduled from the program's duties once the agreement is signed,
 * with due dates that follow the project's period while a report is not handed in — for an agreement ended early
 * (협약 해약), from its termination date and only the reports still owed then — submitted by the company in versions,
 * decided by the officer (accept, ask for changes with comments, reject), with reminders in the app and by e-mail a
 * week before the due date and once it is overdue, and the officer's list with overdue reports first.
 */
@Service
@Transactional
public class Reports {

    /** Days before the due date the reminder goes out. */
    static final int REMIND_DAYS_BEFORE = 7;

    /** A report on the officer's list, with its project. */
    public record Row(ProjectReport report, Project project, String companyName, boolean overdue) {
    }

    private final ProjectReports reports;
    private final Duties duties;
    private final ProjectManagement projects;
    private final CompanyNotices notices;
    private final AuditLog audit;
    private final Clock clock;

    Reports(ProjectReports reports, Duties duties, ProjectManagement projects, CompanyNotices notices, AuditLog audit,
            Clock clock) {
        this.reports = reports;
        this.duties = duties;
        this.projects = projects;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    /** The project's reports for whoever may read the project, scheduled if not yet. */
    public List<ProjectReport> of(Project p) {
        return schedule(p);
    }

    /** Makes the reports the program requires (idempotent) and moves due dates of those not handed in. */
    List<ProjectReport> schedule(Project p) {
        if (!p.status().signed()) {
            return List.of();
        }
        List<ProjectReport> have = new ArrayList<>(reports.findByProjectIdOrderByDueOnAscIdAsc(p.id()));
        boolean changed = false;
        for (Duty d : duties.of(p.programCode())) {
            if (!d.kind().report()) {
                continue;
            }
            for (int seq = 1; seq <= d.count(); seq++) {
                LocalDate due = d.date(seq, p.startsOn(), p.effectiveEnd());
                int s = seq;
                var existing = have.stream().filter(r -> r.kind() == d.kind() && r.seq() == s).findFirst();
                if (p.terminated() && !d.kind().owedAfterTermination()) {
                    // one already handed in stays on record
                    if (existing.isPresent() && existing.get().versions().isEmpty()) {
                        reports.delete(existing.get());
                        changed = true;
                    }
                    continue;
                }
                if (existing.isEmpty()) {
                    reports.save(ProjectReport.due(p.id(), d.kind(), seq, due));
                    changed = true;
                } else if (existing.get().reschedule(due)) {
                    reports.save(existing.get());
                    changed = true;
                }
            }
        }
        return changed ? reports.findByProjectIdOrderByDueOnAscIdAsc(p.id()) : have;
    }

    /** The company hands in a report (a new version after changes were asked for). */
    public ProjectReport submit(CurrentUser user, long projectId, long reportId, String summary, String fileName,
            byte[] bytes, Actor actor) {
        Project p = projects.view(user, projectId, actor);
        if (!projects.isCompany(user, p)) {
            throw new AccessDeniedException("only the project's company");
        }
        ProjectReport r = report(p, reportId);
        ReportVersion.Attachment file = null;
        if (bytes != null && bytes.length > 0) {
            UploadedFile f = UploadedFile.evidence("file", fileName, bytes);
            file = new ReportVersion.Attachment(f.name(), f.mediaType(), f.sha256(), f.bytes());
        }
        r.submit(summary, file, SeoulTime.today(clock), user.username(), clock.instant());
        ProjectReport saved = reports.save(r);
        audit.recordChange(actor, "REPORT_SUBMIT", "PROJECT", projectId, r.kind() + " " + r.seq() + " v"
                + saved.versions().size());
        return saved;
    }

    /** The officer decides the latest version; the company is told, with the comments. */
    public ProjectReport decide(CurrentUser user, long projectId, long reportId, ProjectReport.Decision decision,
            String note, Actor actor) {
        if (!user.isOffice()) {
            throw new AccessDeniedException("officers only");
        }
        Project p = projects.view(user, projectId, actor);
        ProjectReport r = report(p, reportId);
        r.decide(decision, note, user.username(), clock.instant());
        ProjectReport saved = reports.save(r);
        audit.recordChange(actor, "REPORT_" + decision, "PROJECT", projectId, r.kind() + " " + r.seq()
                + (note == null || note.isBlank() ? "" : ": " + note.strip()));
        String name = notices.text(r.kind().messageKey());
        notices.tell(p, "report.decision." + decision, name, note == null ? "" : note.strip());
        return saved;
    }

    /** The officer's list: overdue first, then those waiting for a decision, then by due date. */
    @Transactional(readOnly = true)
    public List<Row> overview(CurrentUser user, boolean onlyOpen) {
        if (!user.isOffice()) {
            throw new AccessDeniedException("officers only");
        }
        LocalDate today = SeoulTime.today(clock);
        List<Row> rows = new ArrayList<>();
        for (Project p : projects.all()) {
            List<ProjectReport> listed = reports.findByProjectIdOrderByDueOnAscIdAsc(p.id()).stream()
                    .filter(r -> !onlyOpen || r.owed() || r.status() == ProjectReport.Status.SUBMITTED).toList();
            if (!listed.isEmpty()) {
                String company = projects.companyName(p);
                listed.forEach(r -> rows.add(new Row(r, p, company, r.overdue(today))));
            }
        }
        rows.sort(Comparator.comparing((Row x) -> !x.overdue())
                .thenComparing(x -> x.report().status() != ProjectReport.Status.SUBMITTED)
                .thenComparing(x -> x.report().dueOn()));
        return rows;
    }

    /** A version's file for whoever may read the project. */
    @Transactional(readOnly = true)
    public ReportVersion version(Project p, long reportId, int number) {
        ProjectReport r = report(p, reportId);
        if (number < 1 || number > r.versions().size()) {
            throw new NotFoundException("report.notFound", reportId);
        }
        return r.versions().get(number - 1);
    }

    /**
     * Schedules the reports of every signed project and reminds the companies: once in the week before the due date,
     * and once when overdue. Returns how many reminders were written.
     */
    public int remind() {
        LocalDate today = SeoulTime.today(clock);
        int sent = 0;
        for (Project p : projects.all()) {
            for (ProjectReport r : schedule(p)) {
                if (!r.owed()) {
                    continue;
                }
                String name = notices.text(r.kind().messageKey());
                if (r.overdue(today) && !r.remindedOverdue()) {
                    notices.tell(p, "report.overdue", name, kr.jiwon.shared.SeoulTime.notice(r.dueOn()),
                            ChronoUnit.DAYS.between(r.dueOn(), today));
                    r.markReminded(true);
                } else if (!r.overdue(today) && !r.remindedBefore()
                        && !today.isBefore(r.dueOn().minusDays(REMIND_DAYS_BEFORE))) {
                    notices.tell(p, "report.before", name, kr.jiwon.shared.SeoulTime.notice(r.dueOn()),
                            ChronoUnit.DAYS.between(today, r.dueOn()));
                    r.markReminded(false);
                } else {
                    continue;
                }
                reports.save(r);
                sent++;
            }
        }
        return sent;
    }

    ProjectReport report(Project p, long reportId) {
        return reports.findById(reportId).filter(r -> r.projectId().equals(p.id()))
                .orElseThrow(() -> new NotFoundException("report.notFound", reportId));
    }

    /** The final report once accepted, if it is. */
    @Transactional(readOnly = true)
    public java.util.Optional<ProjectReport> acceptedFinal(Project p) {
        return reports.findByProjectIdOrderByDueOnAscIdAsc(p.id()).stream()
                .filter(r -> r.kind() == Duty.Kind.FINAL && r.status() == ProjectReport.Status.ACCEPTED).findFirst();
    }
}
