package kr.jiwon.projects;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.jiwon.audit.AuditLog;
import kr.jiwon.companies.CompanyManagement;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.CurrentUser;
import kr.jiwon.shared.NotFoundException;
import kr.jiwon.shared.Won;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The projects module's façade for reading: a project for whoever may read it (audited for officers and
 * institutes), the lists per company, institute and office filter, and what belongs to a project (documents,
 * spending, changes, files). The steps are in {@link Agreements}, {@link ProjectMoney} and {@link Settlements}.
 */
@Service
@Transactional(readOnly = true)
public class ProjectManagement {

    private final Projects projects;
    private final ProjectAccess access;
    private final AgreementDocuments documents;
    private final Spendings spending;
    private final AgreementChanges changes;
    private final ProjectFiles files;
    private final FundingRules rules;
    private final CompanyManagement companies;
    private final kr.jiwon.institutes.InstituteManagement institutes;
    private final AuditLog audit;
    private final kr.jiwon.applications.ApplicationManagement applications;

    ProjectManagement(Projects projects, ProjectAccess access, AgreementDocuments documents, Spendings spending,
            AgreementChanges changes, ProjectFiles files, FundingRules rules, CompanyManagement companies,
            kr.jiwon.institutes.InstituteManagement institutes, AuditLog audit,
            kr.jiwon.applications.ApplicationManagement applications) {
        this.applications = applications;
        this.institutes = institutes;
        this.projects = projects;
        this.access = access;
        this.documents = documents;
        this.spending = spending;
        this.changes = changes;
        this.files = files;
        this.rules = rules;
        this.companies = companies;
        this.audit = audit;
    }

    /** The project for a party to it; officers' and institutes' reads are recorded (it names the company). */
    @Transactional
    public Project view(CurrentUser user, long id, Actor actor) {
        Project p = access.readable(user, id);
        if (!access.isCompany(user, p)) {
            audit.recordView(actor, "PROJECT_VIEW", "PROJECT", id, p.number());
        }
        return p;
    }

    public boolean isCompany(CurrentUser user, Project p) {
        return access.isCompany(user, p);
    }

    public List<Project> ofCompany(CurrentUser user) {
        return user.companyId() == null ? List.of() : projects.findByCompanyIdOrderByCreatedAtDesc(user.companyId());
    }

    public List<Project> ofInstitute(CurrentUser user) {
        if (user.instituteId() == null) {
            return List.of();
        }
        String mine = access.instituteOf(user);
        return projects.findAllByOrderByCreatedAtDescNumberAsc().stream().filter(p -> p.institutes().contains(mine))
                .toList();
    }

    /** The officer's list: every project matching the filter, newest first. */
    public List<Project> list(CurrentUser user, ProjectFilter filter) {
        if (!user.isOffice()) {
            throw new AccessDeniedException("officers only");
        }
        List<Project> all = projects.findAllByOrderByCreatedAtDescNumberAsc();
        // words are matched against the companies' names too: read them in one query, and only then
        Map<Long, String> names = filter.q() == null || filter.q().isBlank() ? Map.of() : companyNames(all);
        return all.stream().filter(p -> filter.matches(p, () -> names.get(p.id()))).toList();
    }

    /** A project's number (all a verified agreement copy reveals). */
    public String numberOf(long projectId) {
        return access.find(projectId).number();
    }

    public Optional<Project> ofApplication(long applicationId) {
        return projects.findByApplicationId(applicationId);
    }

    public List<Project> all() {
        return projects.findAllByOrderByCreatedAtDescNumberAsc();
    }

    /**
     * The company's name where it may be published: a corporation (법인) is a legal entity; an individual business
     * is a person's, so its name is not published.
     */
    public java.util.Optional<String> publicCompanyName(Project p) {
        var c = companies.company(p.companyId());
        return c.businessRegistrationNumber().isCorporation()
                ? java.util.Optional.of(c.name())
                : java.util.Optional.empty();
    }

    /** Where the project's company is written to: the contact e-mail of the application it came from. */
    public String contactEmail(Project p) {
        return applications.forMatching(p.applicationId()).contactEmail();
    }

    public String companyName(Project p) {
        return companies.company(p.companyId()).name();
    }

    /** The 사업자등록번호 of the project's company as written (000-00-00000). */
    public String companyRegistrationNumber(Project p) {
        return companies.company(p.companyId()).businessRegistrationNumber().formatted();
    }

    /** The companies' names of these projects, by project id, read in one query (for lists). */
    public Map<Long, String> companyNames(Collection<Project> list) {
        var byId = companies.companies(list.stream().map(Project::companyId).toList());
        Map<Long, String> out = new HashMap<>();
        list.forEach(p -> out.put(p.id(), byId.get(p.companyId()).name()));
        return out;
    }

    /** The participating institutes by their Korean names. */
    public List<String> instituteNames(Project p) {
        return p.institutes().stream().map(s -> institutes.find(s).map(i -> i.koreanName()).orElse(s)).toList();
    }

    public FundingRule ruleOf(Project p) {
        return rules.of(p.programCode());
    }

    public List<AgreementDocument> documents(long projectId) {
        return documents.findByProjectIdOrderByRevision(projectId);
    }

    public Optional<AgreementDocument> currentDocument(long projectId) {
        return documents.findFirstByProjectIdOrderByRevisionDesc(projectId);
    }

    public List<Spending> spending(long projectId) {
        return spending.findByProjectIdOrderBySpentOnAscIdAsc(projectId);
    }

    /** What each of these projects has recorded as spent (every entry, recognised or not), read in one query. */
    public Map<Long, Won> spent(Collection<Project> list) {
        Map<Long, Won> out = new HashMap<>();
        list.forEach(p -> out.put(p.id(), Won.ZERO));
        if (!list.isEmpty()) {
            spending.findByProjectIdIn(out.keySet()).forEach(s -> out.merge(s.projectId(), s.amount(), Won::plus));
        }
        return out;
    }

    public List<AgreementChange> changes(long projectId) {
        return changes.findByProjectIdOrderByRequestedAtDesc(projectId);
    }

    /** A file of the project (agreement, evidence) for a party to it; the download is recorded. */
    @Transactional
    public ProjectFile file(CurrentUser user, long projectId, long fileId, Actor actor) {
        access.readable(user, projectId);
        ProjectFile f = files.findById(fileId).filter(x -> x.projectId() == projectId)
                .orElseThrow(() -> new NotFoundException("project.fileNotFound", fileId));
        audit.recordView(actor, "PROJECT_FILE", "PROJECT", projectId, f.name() + " " + f.sha256());
        return f;
    }
}
