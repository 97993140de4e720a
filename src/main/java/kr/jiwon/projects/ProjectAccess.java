package kr.jiwon.projects;

import kr.jiwon.institutes.InstituteManagement;
import kr.jiwon.shared.CurrentUser;
import kr.jiwon.shared.NotFoundException;
import kr.jiwon.shared.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and do what with a project: its company (members of the company account) acts on the agreement and
 * spending; officers see all and decide; coordinators of the participating institutes read it. Checked on every
 * object, not only by URL.
 */
@Component
class ProjectAccess {

    private final Projects projects;
    private final InstituteManagement institutes;

    ProjectAccess(Projects projects, InstituteManagement institutes) {
        this.projects = projects;
        this.institutes = institutes;
    }

    Project find(long id) {
        return projects.findById(id).orElseThrow(() -> new NotFoundException("project.notFound", id));
    }

    /** Anyone who may read the project. */
    Project readable(CurrentUser user, long id) {
        Project p = find(id);
        if (user.isOffice() || isCompany(user, p) || isInstitute(user, p)) {
            return p;
        }
        throw new AccessDeniedException("not a party to this project");
    }

    /** The project's own company, for the steps that are the company's. */
    Project ofCompany(CurrentUser user, long id) {
        Project p = find(id);
        if (!isCompany(user, p)) {
            throw new AccessDeniedException("only the project's company");
        }
        return p;
    }

    /** An officer, for the agency's steps. */
    Project forOffice(CurrentUser user, long id) {
        if (!user.isOffice()) {
            throw new AccessDeniedException("officers only");
        }
        return find(id);
    }

    /**
     * An officer, for the agency's steps that change the project: read with its row locked until the transaction
     * ends, so steps on one project (a payment, a settlement, a termination) happen one after another.
     */
    Project lockedForOffice(CurrentUser user, long id) {
        if (!user.isOffice()) {
            throw new AccessDeniedException("officers only");
        }
        return locked(id);
    }

    /** The project's own company, for its spending: read with the row locked (see {@link #lockedForOffice}). */
    Project lockedOfCompany(CurrentUser user, long id) {
        Project p = locked(id);
        if (!isCompany(user, p)) {
            throw new AccessDeniedException("only the project's company");
        }
        return p;
    }

    private Project locked(long id) {
        return projects.findLockedById(id).orElseThrow(() -> new NotFoundException("project.notFound", id));
    }

    boolean isCompany(CurrentUser user, Project p) {
        return user.role() == Role.APPLICANT && user.companyId() != null && user.companyId().equals(p.companyId());
    }

    boolean isInstitute(CurrentUser user, Project p) {
        return user.role() == Role.INSTITUTE && user.instituteId() != null
                && p.institutes().contains(instituteOf(user));
    }

    String instituteOf(CurrentUser user) {
        return institutes.institute(String.valueOf(user.instituteId())).shortName();
    }
}
