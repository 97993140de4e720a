package kr.jiwon.outcomes.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.jiwon.outcomes.Duty;
import kr.jiwon.outcomes.FactoryLevel;
import kr.jiwon.outcomes.FactoryLevels;
import kr.jiwon.outcomes.FinalEvaluationDesk;
import kr.jiwon.outcomes.ProjectReport;
import kr.jiwon.outcomes.ProjectSurvey;
import kr.jiwon.outcomes.ReportVersion;
import kr.jiwon.outcomes.Reports;
import kr.jiwon.outcomes.Surveys;
import kr.jiwon.outcomes.Timeline;
import kr.jiwon.projects.Project;
import kr.jiwon.projects.ProjectManagement;
import kr.jiwon.review.FinalEvaluations;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.CurrentUser;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.Violations;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A project's reports and follow-up (보고서·평가·사후관리): the timeline, each report with its versions (the company
 * submits, the officer decides), the final evaluation (the officer opens it, puts a conflict-free panel together and
 * records the result), the surveys (the officer sends, the company answers) and smart-factory levels; the officer's
 * list of reports with the overdue ones first.
 */
@Controller
class ReportPages {

    private final Reports reports;
    private final Surveys surveys;
    private final FinalEvaluationDesk evaluation;
    private final FinalEvaluations finals;
    private final FactoryLevels levels;
    private final Timeline timeline;
    private final ProjectManagement projects;
    private final kr.jiwon.shared.web.FormSteps steps;
    private final java.time.Clock clock;
    private final kr.jiwon.audit.AuditLog audit;

    ReportPages(Reports reports, Surveys surveys, FinalEvaluationDesk evaluation, FinalEvaluations finals,
            FactoryLevels levels, Timeline timeline, ProjectManagement projects, kr.jiwon.shared.web.FormSteps steps,
            java.time.Clock clock, kr.jiwon.audit.AuditLog audit) {
        this.audit = audit;
        this.clock = clock;
        this.reports = reports;
        this.surveys = surveys;
        this.evaluation = evaluation;
        this.finals = finals;
        this.levels = levels;
        this.timeline = timeline;
        this.projects = projects;
        this.steps = steps;
    }

    @GetMapping("/projects/{id}/reports")
    String page(@PathVariable long id, CurrentUser user, Actor actor, Model model) {
        Project p = projects.view(user, id, actor);
        List<ProjectReport> rs = reports.of(p);
        model.addAttribute("p", p);
        model.addAttribute("company", projects.isCompany(user, p));
        model.addAttribute("office", user.isOffice());
        model.addAttribute("reports", rs);
        model.addAttribute("today", kr.jiwon.shared.SeoulTime.today(clock));
        model.addAttribute("finalAccepted", reports.acceptedFinal(p).isPresent());
        model.addAttribute("review", evaluation.of(p).orElse(null));
        model.addAttribute("rubric", finals.rubric(p.programCode()));
        model.addAttribute("candidates", user.isOffice() ? evaluation.candidates(p) : List.of());
        model.addAttribute("surveys", surveys.of(p));
        model.addAttribute("upcoming", surveys.upcoming(p));
        model.addAttribute("questions", ProjectSurvey.QUESTIONS);
        model.addAttribute("resultUses", ProjectSurvey.ResultUse.values());
        model.addAttribute("levels", levels.of(p));
        model.addAttribute("timeline", timeline.of(p, rs));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        return "outcomes/reports";
    }

    @PostMapping("/projects/{id}/reports/{reportId}")
    String submit(@PathVariable long id, @PathVariable long reportId, @RequestParam(defaultValue = "") String summary,
            @RequestParam(required = false) MultipartFile file, CurrentUser user, Actor actor,
            RedirectAttributes flash) throws IOException {
        byte[] bytes = file == null || file.isEmpty() ? null : file.getBytes();
        String name = file == null ? null : file.getOriginalFilename();
        return step(id, Map.of("summary", summary, "report", String.valueOf(reportId)), flash, "report.submitted",
                () -> reports.submit(user, id, reportId, summary, name, bytes, actor));
    }

    @PostMapping("/projects/{id}/reports/{reportId}/decision")
    String decide(@PathVariable long id, @PathVariable long reportId, @RequestParam(defaultValue = "") String decision,
            @RequestParam(defaultValue = "") String note, CurrentUser user, Actor actor, RedirectAttributes flash) {
        ProjectReport.Decision d = switch (decision) {
            case "ACCEPT" -> ProjectReport.Decision.ACCEPT;
            case "CHANGES" -> ProjectReport.Decision.CHANGES;
            case "REJECT" -> ProjectReport.Decision.REJECT;
            default -> null;
        };
        return step(id, Map.of("note", note), flash, d == null ? "report.decided" : "report.decided." + d.name(),
                () -> reports.decide(user, id, reportId, d, note, actor));
    }

    @GetMapping("/projects/{id}/reports/{reportId}/versions/{n}/file")
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long reportId, @PathVariable int n,
            CurrentUser user, Actor actor) {
        Project p = readable(user, id, actor);
        ReportVersion v = reports.version(p, reportId, n);
        if (!v.hasFile()) {
            throw new kr.jiwon.shared.NotFoundException("report.notFound", reportId);
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(v.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(v.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff").body(v.content());
    }

    /** A party to the project, or a reviewer on its final-evaluation panel (who reads the final report's file). */
    private Project readable(CurrentUser user, long id, Actor actor) {
        if (user.is(kr.jiwon.shared.Role.REVIEWER)) {
            Project p = projects.all().stream().filter(x -> x.id() == id).findFirst()
                    .orElseThrow(() -> new kr.jiwon.shared.NotFoundException("project.notFound", id));
            finals.forPanel(user.username(), p.applicationId());
            audit.recordView(actor, "FINAL_REPORT_VIEW", "PROJECT", id, p.number());
            return p;
        }
        return projects.view(user, id, actor);
    }

    @PostMapping("/projects/{id}/final-review")
    String openReview(@PathVariable long id, CurrentUser user, Actor actor, RedirectAttributes flash) {
        return step(id, Map.of(), flash, "finalReview.opened", () -> evaluation.open(user, id, actor));
    }

    @PostMapping("/projects/{id}/final-review/panel")
    String assign(@PathVariable long id, @RequestParam long reviewerId, CurrentUser user, Actor actor,
            RedirectAttributes flash) {
        return step(id, Map.of(), flash, "finalReview.assigned",
                () -> evaluation.assign(user, id, reviewerId, actor));
    }

    @PostMapping("/projects/{id}/final-review/decision")
    String decideReview(@PathVariable long id, @RequestParam(defaultValue = "") String misconduct,
            CurrentUser user, Actor actor, RedirectAttributes flash) {
        return step(id, Map.of("misconduct", misconduct), flash, "finalReview.decidedNotice",
                () -> evaluation.decide(user, id, misconduct, actor));
    }

    @PostMapping("/projects/{id}/surveys")
    String send(@PathVariable long id, @RequestParam(defaultValue = "") String kind, CurrentUser user, Actor actor,
            RedirectAttributes flash) {
        Duty.Kind k = kind.equals("SATISFACTION")
                ? Duty.Kind.SATISFACTION
                : kind.equals("FOLLOW_UP") ? Duty.Kind.FOLLOW_UP : null;
        return step(id, Map.of(), flash, "survey.sentNotice", () -> {
            if (k == null) {
                throw InvalidInputException.of("kind", "field.required");
            }
            surveys.sendNow(user, id, k, actor);
        });
    }

    @PostMapping("/projects/{id}/surveys/{surveyId}")
    String answer(@PathVariable long id, @PathVariable long surveyId, @RequestParam Map<String, String> form,
            CurrentUser user, Actor actor, RedirectAttributes flash) {
        return step(id, form, flash, "survey.answeredNotice", () -> {
            if (form.containsKey("rating0")) {
                List<Integer> ratings = new ArrayList<>();
                for (int i = 0; i < ProjectSurvey.QUESTIONS.size(); i++) {
                    ratings.add(integer(form.get("rating" + i)));
                }
                surveys.answerSatisfaction(user, id, surveyId, ratings, form.get("comment"), actor);
                return;
            }
            Violations v = new Violations();
            kr.jiwon.shared.Won sales = null;
            try {
                sales = kr.jiwon.shared.Won.parse(form.getOrDefault("sales", ""));
            } catch (RuntimeException e) {
                v.add("sales", "survey.salesInvalid");
            }
            Integer employees = integer(form.get("employees"));
            if (employees == null) {
                v.add("employees", "survey.employeesInvalid");
            }
            ProjectSurvey.ResultUse use = null;
            try {
                use = ProjectSurvey.ResultUse.valueOf(form.getOrDefault("resultUse", ""));
            } catch (IllegalArgumentException e) {
                v.add("resultUse", "field.required");
            }
            String f = form.getOrDefault("followOn", "");
            Boolean followOn = f.isEmpty() ? null : Boolean.valueOf(f);
            if (!v.isEmpty()) {
                throw new InvalidInputException(v.list());
            }
            surveys.answerFollowUp(user, id, surveyId, sales, employees, use, followOn, form.get("comment"), actor);
        });
    }

    @PostMapping("/projects/{id}/factory-levels")
    String level(@PathVariable long id, @RequestParam Map<String, String> form, CurrentUser user, Actor actor,
            RedirectAttributes flash) {
        return step(id, form, flash, "factoryLevel.recorded", () -> {
            LocalDate on = null;
            try {
                on = LocalDate.parse(form.getOrDefault("assessedOn", ""));
            } catch (DateTimeParseException e) {
                throw InvalidInputException.of("assessedOn", "project.dateFormat");
            }
            FactoryLevel.Stage stage = "AFTER".equals(form.get("stage"))
                    ? FactoryLevel.Stage.AFTER
                    : "BEFORE".equals(form.get("stage")) ? FactoryLevel.Stage.BEFORE : null;
            levels.record(user, id, stage, integer(form.get("level")), on, form.get("evidence"), actor);
        });
    }

    @GetMapping("/office/reports")
    String overview(@RequestParam(defaultValue = "true") boolean open, CurrentUser user, Model model) {
        List<Reports.Row> rows = reports.overview(user, open);
        model.addAttribute("rows", rows);
        model.addAttribute("open", open);
        model.addAttribute("overdue", rows.stream().filter(Reports.Row::overdue).count());
        return "outcomes/office-reports";
    }

    private static Integer integer(String s) {
        try {
            return s == null || s.isBlank() ? null : Integer.valueOf(s.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String step(long id, Map<String, String> form, RedirectAttributes flash, String notice, Runnable action) {
        steps.run(flash, notice, form, action);
        return "redirect:/projects/" + id + "/reports";
    }
}
