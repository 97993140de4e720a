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

    /** The call's queue as a table: every request passed, oldest first, with its answer. */
    kr.jiwon.shared.Spreadsheet queueTable(long callId, org.springframework.context.MessageSource messages) {
        kr.jiwon.shared.Spreadsheet s = kr.jiwon.shared.Spreadsheet.withHeader("요청 번호", "접수번호", "과제명", "연구기관",
                "추천 순위", "적합도", "상태", "요청 일시", "응답 기한", "응답 일시", "응답자", "사유");
        for (MatchOffer o : requests.queue(callId)) {
            Application a = applications.forMatching(o.applicationId());
            s.row(o.id(), a.receiptNumber(), a.title(), o.institute(), o.rankPosition(),
                    Math.round(o.score() * 1000) / 1000.0,
                    messages.getMessage("offerStatus." + o.status().name(), null, o.status().name(),
                            java.util.Locale.KOREAN),
                    time(o.offeredAt()), time(o.respondBy()), time(o.respondedAt()), o.responder(), o.reason());
        }
        return s;
    }

    private static String time(java.time.Instant at) {
        return at == null ? "" : SeoulTime.toLocal(at).toString().replace('T', ' ');
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
