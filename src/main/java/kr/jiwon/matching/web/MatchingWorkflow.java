package kr.jiwon.matching.web;

import java.time.OffsetDateTime;
import java.util.List;
import kr.jiwon.applications.Application;
import kr.jiwon.applications.ApplicationManagement;
import kr.jiwon.institutes.InstituteManagement;
import kr.jiwon.matching.InstituteRequests;
import kr.jiwon.matching.MatchOffer;
import kr.jiwon.matching.OfferStatus;
import kr.jiwon.shared.CurrentUser;
import kr.jiwon.shared.Role;
import kr.jiwon.shared.SeoulTime;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Who is asking, for the workflow's controllers: the coordinator's institute, or an officer. */
@Component
class MatchingWorkflow {

    private final InstituteManagement institutes;
    private final ApplicationManagement applications;
    private final InstituteRequests requests;

    MatchingWorkflow(InstituteManagement institutes, ApplicationManagement applications,
            InstituteRequests requests) {
        this.institutes = institutes;
        this.applications = applications;
        this.requests = requests;
    }

    record OfferView(long id, long applicationId, String applicationTitle, String bottleneck, String institute,
            int rank, double score, OfferStatus status, OffsetDateTime offeredAt, OffsetDateTime respondBy,
            OffsetDateTime respondedAt, String responder, String reason) {
    }

    OfferView view(MatchOffer o) {
        Application a = applications.forMatching(o.applicationId());
        return new OfferView(o.id(), o.applicationId(), a.title(), a.bottleneck(), o.institute(), o.rankPosition(),
                o.score(), o.status(), SeoulTime.toOffset(o.offeredAt()), SeoulTime.toOffset(o.respondBy()),
                SeoulTime.toOffset(o.respondedAt()), o.responder(), o.reason());
    }

    String instituteOf(CurrentUser user) {
        if (user.role() != Role.INSTITUTE || user.instituteId() == null) {
            throw new AccessDeniedException("institute coordinators only");
        }
        return institutes.institute(String.valueOf(user.instituteId())).shortName();
    }

    CurrentUser officer(CurrentUser user) {
        if (!user.isOffice()) {
            throw new AccessDeniedException("officers only");
        }
        return user;
    }

    List<OfferView> forInstitute(CurrentUser user) {
        return requests.forInstitute(instituteOf(user)).stream().map(this::view).toList();
    }
}
