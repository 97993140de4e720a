package kr.jiwon.outcomes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.jiwon.audit.AuditLog;
import kr.jiwon.projects.Project;
import kr.jiwon.projects.ProjectManagement;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.CurrentUser;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.NotFoundException;
import kr.jiwon.shared.SeoulTime;
import kr.jiwon.shared.Won;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Surveys of a project's company (만족도 조사 at the end, 사후 성과조사 each year after it, per the program's duties):
 * sent on their date by the daily check or earlier by the officer, answered by the company, reminded once a week
 * before the answer is due.
 */
@Service
@Transactional
public class Surveys {

    /** The next survey of a project that has not been sent yet, with the date it goes out by itself. */
    public record Upcoming(Duty.Kind kind, int seq, LocalDate sendsOn) {
    }

    private final ProjectSurveys surveys;
    private final Duties duties;
    private final ProjectManagement projects;
    private final CompanyNotices notices;
    private final AuditLog audit;
    private final Clock clock;

    Surveys(ProjectSurveys surveys, Duties duties, ProjectManagement projects, CompanyNotices notices, AuditLog audit,
            Clock clock) {
        this.surveys = surveys;
        this.duties = duties;
        this.projects = projects;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ProjectSurvey> of(Project p) {
        return surveys.findByProjectIdOrderBySentAtAscIdAsc(p.id());
    }

    /** The surveys still to be sent, in date order. */
    @Transactional(readOnly = true)
    public List<Upcoming> upcoming(Project p) {
        if (!p.status().signed()) {
            return List.of();
        }
        return duties.of(p.programCode()).stream().filter(d -> !d.kind().report())
                .flatMap(d -> java.util.stream.IntStream.rangeClosed(1, d.count())
                        .mapToObj(seq -> new Upcoming(d.kind(), seq, d.date(seq, p.startsOn(), p.effectiveEnd()))))
                .filter(u -> !surveys.existsByProjectIdAndKindAndSeq(p.id(), u.kind(), u.seq()))
                .sorted(java.util.Comparator.comparing(Upcoming::sendsOn)).toList();
    }

    /** Officer: sends the next survey of the kind now (before its date, e.g. at the final meeting). */
    public ProjectSurvey sendNow(CurrentUser user, long projectId, Duty.Kind kind, Actor actor) {
        if (!user.isOffice()) {
            throw new AccessDeniedException("officers only");
        }
        Project p = projects.view(user, projectId, actor);
        Upcoming next = upcoming(p).stream().filter(u -> u.kind() == kind).findFirst()
                .orElseThrow(() -> InvalidInputException.of("kind", "survey.nothingToSend"));
        return send(p, next, user.username(), actor);
    }

    private ProjectSurvey send(Project p, Upcoming u, String by, Actor actor) {
        ProjectSurvey saved = surveys.save(ProjectSurvey.send(p.id(), u.kind(), u.seq(), SeoulTime.today(clock), by,
                clock.instant()));
        audit.recordChange(actor, "SURVEY_SEND", "PROJECT", p.id(), u.kind() + " " + u.seq());
        notices.tell(p, "survey.sent", notices.text(u.kind().messageKey()),
                kr.jiwon.shared.SeoulTime.notice(saved.dueOn()));
        return saved;
    }

    public ProjectSurvey answerSatisfaction(CurrentUser user, long projectId, long surveyId, List<Integer> ratings,
            String comment, Actor actor) {
        ProjectSurvey s = companysSurvey(user, projectId, surveyId, actor);
        s.answerSatisfaction(ratings, comment, user.username(), clock.instant());
        return answered(s, actor);
    }

    public ProjectSurvey answerFollowUp(CurrentUser user, long projectId, long surveyId, Won sales, Integer employees,
            ProjectSurvey.ResultUse use, Boolean followOn, String comment, Actor actor) {
        ProjectSurvey s = companysSurvey(user, projectId, surveyId, actor);
        s.answerFollowUp(sales, employees, use, followOn, comment, user.username(), clock.instant());
        return answered(s, actor);
    }

    private ProjectSurvey answered(ProjectSurvey s, Actor actor) {
        ProjectSurvey saved = surveys.save(s);
        audit.recordChange(actor, "SURVEY_ANSWER", "PROJECT", s.projectId(), s.kind() + " " + s.seq());
        return saved;
    }

    /**
     * The daily check: sends every survey whose date has come, and reminds once a week before an answer is due.
     * Returns how many messages were written.
     */
    public int sendDueAndRemind() {
        LocalDate today = SeoulTime.today(clock);
        Actor system = new Actor("system", "SYSTEM", "127.0.0.1");
        int n = 0;
        Map<Long, Project> byId = new java.util.HashMap<>();
        List<Project> all = projects.all();
        all.forEach(p -> byId.put(p.id(), p));
        for (Project p : all) {
            for (Upcoming u : upcoming(p)) {
                if (!u.sendsOn().isAfter(today)) {
                    send(p, u, "system", system);
                    n++;
                }
            }
        }
        for (ProjectSurvey s : surveys.findByAnsweredAtIsNull()) {
            if (!s.reminded() && !today.isBefore(s.dueOn().minusDays(Reports.REMIND_DAYS_BEFORE))) {
                Project p = byId.get(s.projectId());
                notices.tell(p, "survey.reminder", notices.text(s.kind().messageKey()),
                        kr.jiwon.shared.SeoulTime.notice(s.dueOn()));
                s.markReminded();
                surveys.save(s);
                n++;
            }
        }
        return n;
    }

    private ProjectSurvey companysSurvey(CurrentUser user, long projectId, long surveyId, Actor actor) {
        Project p = projects.view(user, projectId, actor);
        if (!projects.isCompany(user, p)) {
            throw new AccessDeniedException("only the project's company");
        }
        return find(p, surveyId).orElseThrow(() -> new NotFoundException("survey.notFound", surveyId));
    }

    private Optional<ProjectSurvey> find(Project p, long surveyId) {
        return surveys.findById(surveyId).filter(s -> s.projectId().equals(p.id()));
    }
}
