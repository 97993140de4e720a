package kr.jiwon.projects.web;

import java.util.Locale;
import java.util.Map;
import kr.jiwon.companies.Restrictions;
import kr.jiwon.programs.ProgramManagement;
import kr.jiwon.projects.Agreements;
import kr.jiwon.projects.Funder;
import kr.jiwon.projects.Project;
import kr.jiwon.projects.ProjectFile;
import kr.jiwon.projects.ProjectFilter;
import kr.jiwon.projects.ProjectManagement;
import kr.jiwon.projects.ProjectStatus;
import kr.jiwon.projects.SettlementStatement;
import kr.jiwon.projects.Settlements;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.CurrentUser;
import kr.jiwon.shared.SeoulTime;
import kr.jiwon.shared.Spreadsheet;
import kr.jiwon.shared.Won;
import kr.jiwon.shared.web.Downloads;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The projects' pages to read: the company's list (내 과제), the officer's list with filters (과제 관리), the
 * institute's list (참여 과제), one project's page for every party, its files, the settlement downloads and the
 * agreement verification page (협약서 진위 확인).
 */
@Controller
class ProjectPages {

    private final ProjectManagement projects;
    private final Agreements agreements;
    private final ProgramManagement programs;
    private final MessageSource messages;
    private final Restrictions restrictions;

    ProjectPages(ProjectManagement projects, Agreements agreements,
            ProgramManagement programs, MessageSource messages, Restrictions restrictions) {
        this.restrictions = restrictions;
        this.projects = projects;
        this.agreements = agreements;
        this.programs = programs;
        this.messages = messages;
    }

    @GetMapping("/my/projects")
    String mine(CurrentUser user, Model model) {
        model.addAttribute("projects", projects.ofCompany(user));
        model.addAttribute("names", Map.of());
        model.addAttribute("scope", "company");
        return "projects/list";
    }

    @GetMapping("/institute/projects")
    String ofInstitute(CurrentUser user, Model model) {
        var list = projects.ofInstitute(user);
        model.addAttribute("projects", list);
        model.addAttribute("names", projects.companyNames(list));
        model.addAttribute("scope", "institute");
        return "projects/list";
    }

    @GetMapping("/office/projects")
    String office(CurrentUser user, @RequestParam(required = false) String program,
            @RequestParam(required = false) ProjectStatus status, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "false") boolean owing, Model model) {
        var list = projects.list(user, new ProjectFilter(null, program, status, q, owing));
        model.addAttribute("projects", list);
        model.addAttribute("names", projects.companyNames(list));
        model.addAttribute("scope", "office");
        model.addAttribute("programs", programs.programs());
        model.addAttribute("statuses", ProjectStatus.values());
        return "projects/list";
    }

    /**
     * The officer's list as Excel or CSV, with the same filter (the paid and spent amounts, the amount the settlement
     * asked back and what is still owed of it added).
     */
    @GetMapping({"/office/projects.xlsx", "/office/projects.csv"})
    ResponseEntity<byte[]> officeExport(CurrentUser user, @RequestParam(required = false) String program,
            @RequestParam(required = false) ProjectStatus status, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "false") boolean owing, jakarta.servlet.http.HttpServletRequest request) {
        var list = projects.list(user, new ProjectFilter(null, program, status, q, owing));
        Spreadsheet sheet = Spreadsheet.withHeader(text("project.number"),
                text("project.title"), text("project.company"), text("project.status"), text("projectList.program"),
                text("projectExport.startsOn"), text("projectExport.endsOn"), text("projectExport.grant"),
                text("projectExport.paid"), text("projectExport.spent"), text("project.termination"),
                text("projectExport.toReturn"), text("projectExport.outstanding"));
        Map<Long, String> names = projects.companyNames(list);
        Map<Long, Won> spent = projects.spent(list);
        for (Project p : list) {
            sheet.row(p.number(), p.plan().planTitle(), names.get(p.id()), text(p.status().messageKey()),
                    p.programCode(), p.startsOn(), p.endsOn(), p.grantAmount().amount(), p.paid().amount(),
                    spent.get(p.id()).amount(), p.terminated() ? p.effectiveEnd() : "",
                    p.returnAmount() == null ? "" : p.returnAmount().amount(), p.outstanding().amount());
        }
        return Downloads.sheet(request, "projects", sheet, text("projectList.title.office"));
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }

    @GetMapping("/projects/{id}")
    String project(@PathVariable long id, CurrentUser user, Actor actor, Model model) {
        Project p = projects.view(user, id, actor);
        var spending = projects.spending(id);
        boolean settling = p.status() == ProjectStatus.SETTLING || p.status() == ProjectStatus.CLOSED;
        SettlementStatement statement = settling ? SettlementStatement.of(p, spending) : null;
        model.addAttribute("v", new ProjectView(p, projects.companyName(p), projects.instituteNames(p),
                projects.ruleOf(p),
                projects.isCompany(user, p), user.isOffice(), projects.documents(id),
                projects.currentDocument(id).orElse(null), spending, ProjectView.bars(p, spending),
                projects.changes(id), statement));
        if (user.isOffice() && p.terminated()) {
            // 참여제한 is a separate decision (국가연구개발혁신법 제32조): the officer is offered the register with the
            // company and the ground filled in, and sees what is recorded
            model.addAttribute("restrictions", restrictions.currentOrComing(p.companyId()));
            model.addAttribute("restrictionBrn", projects.companyRegistrationNumber(p));
            model.addAttribute("restrictionBasis", messages.getMessage("project.restrictionBasis",
                    new Object[]{p.number(), messages.getMessage(p.termination().kind().messageKey(), null,
                            Locale.KOREAN), SeoulTime.notice(p.termination().on())},
                    Locale.KOREAN));
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        return "projects/project";
    }

    @GetMapping("/projects/{id}/files/{fileId}")
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long fileId, CurrentUser user, Actor actor) {
        ProjectFile f = projects.file(user, id, fileId, actor);
        return Downloads.file(f.name(), MediaType.parseMediaType(f.mediaType()), f.content());
    }

    @GetMapping("/projects/{id}/settlement.pdf")
    ResponseEntity<byte[]> settlementPdf(@PathVariable long id, CurrentUser user, Actor actor) {
        Project p = projects.view(user, id, actor);
        byte[] pdf = Settlements.pdf(p, projects.companyName(p), SettlementStatement.of(p, projects.spending(id)),
                this::funder);
        return Downloads.file(p.number() + "-정산서.pdf", MediaType.APPLICATION_PDF, pdf);
    }

    @GetMapping("/projects/{id}/settlement.xlsx")
    ResponseEntity<byte[]> settlementXlsx(@PathVariable long id, CurrentUser user, Actor actor) {
        Project p = projects.view(user, id, actor);
        return Downloads.xlsx(p.number() + "-정산서.xlsx",
                Settlements.sheet(p, SettlementStatement.of(p, projects.spending(id)), this::funder).xlsx("정산"));
    }

    @GetMapping("/agreements/verify")
    String verifyForm() {
        return "projects/verify";
    }

    @PostMapping("/agreements/verify")
    String verify(@RequestParam(required = false) MultipartFile file, Model model) throws java.io.IOException {
        byte[] bytes = file == null ? new byte[0] : file.getBytes();
        model.addAttribute("checked", true);
        model.addAttribute("hash", bytes.length == 0 ? null : kr.jiwon.projects.UploadedFile.sha256(bytes));
        model.addAttribute("match", agreements.verify(bytes).map(d -> Map.of("document", d, "number",
                projects.numberOf(d.projectId()))).orElse(null));
        return "projects/verify";
    }

    private String funder(Funder f) {
        return messages.getMessage(f.messageKey(), null, f.name(), Locale.KOREAN);
    }

}
