package kr.jiwon.applications;

import kr.jiwon.institutes.InstituteManagement;
import kr.jiwon.shared.CurrentUser;
import kr.jiwon.shared.NotFoundException;
import kr.jiwon.shared.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with an application. A company sees only its own; an institute only submitted ones that name
 * it or whose request it holds (and, holding it, their documents); reviewers only the ones assigned to them;
 * officers all. Someone who may not see an
 * application gets "not found", so ids cannot be probed; someone who may see it but not do the action gets 403.
 */
@Component
class ApplicationAccess {

    private final InstituteManagement institutes;
    private final org.springframework.beans.factory.ObjectProvider<ReviewerAccess> reviewers;
    private final org.springframework.beans.factory.ObjectProvider<InstituteAccess> instituteRequests;

    ApplicationAccess(InstituteManagement institutes,
            org.springframework.beans.factory.ObjectProvider<ReviewerAccess> reviewers,
            org.springframework.beans.factory.ObjectProvider<InstituteAccess> instituteRequests) {
        this.instituteRequests = instituteRequests;
        this.institutes = institutes;
        this.reviewers = reviewers;
    }

    boolean canView(CurrentUser user, Application a) {
        return switch (user.role()) {
            case OFFICER, ADMIN -> true;
            case APPLICANT -> a.companyId().equals(user.companyId());
            case INSTITUTE -> a.status().isHandedIn() && user.instituteId() != null
                    && (a.desiredInstitutes().contains(instituteOf(user)) || holdsRequest(user, a));
            case REVIEWER -> a.status().isHandedIn() && reviewers.stream()
                    .anyMatch(r -> r.isAssigned(user.username(), a.id()));
        };
    }

    void requireView(CurrentUser user, Application a) {
        if (!canView(user, a)) {
            throw new NotFoundException("application.notFound", a.id());
        }
    }

    /** Writing, attaching, submitting and withdrawing: the company's own users only. */
    void requireOwner(CurrentUser user, Application a) {
        requireView(user, a);
        if (user.role() != Role.APPLICANT) {
            throw new AccessDeniedException("only the applying company may change its application");
        }
    }

    /** Documents: the company, officers, assigned reviewers and the institute holding the request. */
    void requireDownload(CurrentUser user, Application a) {
        requireView(user, a);
        if (!(user.role() == Role.APPLICANT || user.role() == Role.REVIEWER || user.isOffice()
                || user.role() == Role.INSTITUTE && holdsRequest(user, a))) {
            throw new AccessDeniedException("documents are for the company, reviewers, officers and the institute"
                    + " holding the request");
        }
    }

    private String instituteOf(CurrentUser user) {
        return institutes.institute(String.valueOf(user.instituteId())).shortName();
    }

    private boolean holdsRequest(CurrentUser user, Application a) {
        return user.instituteId() != null && a.status().isHandedIn() && instituteRequests.stream()
                .anyMatch(r -> r.holdsRequest(instituteOf(user), a.id()));
    }

    void requireOffice(CurrentUser user) {
        if (!user.isOffice()) {
            throw new AccessDeniedException("officers only");
        }
    }
}
