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

    private final kr.jiwon.companies.CompanyManagement companies;
    private final kr.jiwon.shared.Regions regions;
    private final kr.jiwon.programs.CallManagement calls;
    private final kr.jiwon.applications.DocumentManagement documents;

    MatchingWorkflow(InstituteManagement institutes, ApplicationManagement applications,
            InstituteRequests requests, kr.jiwon.companies.CompanyManagement companies,
            kr.jiwon.shared.Regions regions, kr.jiwon.programs.CallManagement calls,
            kr.jiwon.applications.DocumentManagement documents) {
        this.companies = companies;
        this.regions = regions;
        this.calls = calls;
        this.documents = documents;
        this.institutes = institutes;
        this.applications = applications;
        this.requests = requests;
    }

    record OfferView(long id, long applicationId, String applicationTitle, String bottleneck, String institute,
            int rank, double score, OfferStatus status, OffsetDateTime offeredAt, OffsetDateTime respondBy,
            OffsetDateTime respondedAt, String responder, String reason, Context context, boolean takenBack,
            String ruledOut, boolean selected) {
    }

    /**
     * What a coordinator needs to decide on a request: the company and where it is, the call and track, the amount
     * asked for, the receipt number, and the application's documents (which the institute may open while it holds
     * the request).
     */
    record Context(String company, String region, boolean declineArea, String call, String track,
            kr.jiwon.shared.Won requested, Integer months, String receiptNumber,
            List<Doc> documents) {
    }

    /** A document of the application as the coordinator sees it (no storage details). */
    record Doc(long id, String filename, String mediaType, long sizeBytes) {
    }

    OfferView view(MatchOffer o) {
        return view(o, null);
    }

    /** The title of the offer's application, for a message (the view would also read its company and call). */
    String applicationTitle(MatchOffer o) {
        return applications.forMatching(o.applicationId()).title();
    }

    /** The company has taken the application back (and may change it as a draft): its requests wait. */
    private static boolean takenBack(Application a) {
        return !a.status().isHandedIn();
    }

    /** The request with its context; the documents only for a user who may open them (the coordinator). */
    OfferView view(MatchOffer o, CurrentUser reader) {
        Application a = applications.forMatching(o.applicationId());
        var company = companies.company(a.companyId());
        var region = regions.find(company.siteRegionCode());
        var call = calls.call(a.callId());
        boolean takenBack = takenBack(a);
        String ruledOut = a.status().isRuledOut() ? a.status().name() : null;
        boolean holds = (o.status() == OfferStatus.OFFERED || o.status() == OfferStatus.ACCEPTED) && !takenBack
                && ruledOut == null;
        Context context = new Context(company.name(), region.map(r -> r.name()).orElse(company.siteRegionCode()),
                region.map(r -> r.declineArea()).orElse(false), call.title(),
                call.track(a.trackCode()).map(t -> t.name()).orElse(a.trackCode()), a.requestedAmount(),
                a.durationMonths(), a.receiptNumber(),
                reader != null && holds
                        ? documents.list(reader, a.id()).stream().map(d -> new Doc(d.id(), d.filename(),
                                d.mediaType(), d.sizeBytes())).toList()
                        : List.of());
        return new OfferView(o.id(), o.applicationId(), a.title(), a.bottleneck(), o.institute(), o.rankPosition(),
                o.score(), o.status(), SeoulTime.toOffset(o.offeredAt()), SeoulTime.toOffset(o.respondBy()),
                SeoulTime.toOffset(o.respondedAt()), o.responder(), o.reason(), context, takenBack, ruledOut,
                a.status() == kr.jiwon.applications.ApplicationStatus.SELECTED);
    }

    /** The call's queue as a table: every request passed, oldest first, with its answer. */
    kr.jiwon.shared.Spreadsheet queueTable(long callId, org.springframework.context.MessageSource messages) {
        kr.jiwon.shared.Spreadsheet s = kr.jiwon.shared.Spreadsheet.withHeader("요청 번호", "접수번호", "과제명", "연구기관",
                "추천 순위", "적합도", "상태", "요청 일시", "응답 기한", "응답 일시", "응답자", "사유");
        for (MatchOffer o : requests.queue(callId)) {
            Application a = applications.forMatching(o.applicationId());
            String status = messages.getMessage("offerStatus." + o.status().name(), null, o.status().name(),
                    java.util.Locale.KOREAN);
            if (takenBack(a)) { // as on the page
                status += " · " + messages.getMessage("matchingQueue.takenBack", null, java.util.Locale.KOREAN);
            } else if (a.status().isRuledOut()) {
                status += " · " + messages.getMessage("applicationStatus." + a.status().name(), null,
                        java.util.Locale.KOREAN);
            }
            // an officer's direct assignment has no recommendation rank (its 응답자 is the officer)
            s.row(o.id(), a.receiptNumber(), a.title(), o.institute(), o.rankPosition() > 0 ? o.rankPosition() : null,
                    Math.round(o.score() * 1000) / 1000.0, status,
                    SeoulTime.wallClock(o.offeredAt()), SeoulTime.wallClock(o.respondBy()),
                    SeoulTime.wallClock(o.respondedAt()), o.responder(), o.reason());
        }
        return s;
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

    /**
     * The coordinator's requests, optionally of one status: those awaiting an answer first, soonest deadline first,
     * then the answered ones, latest first.
     */
    List<OfferView> forInstitute(CurrentUser user, OfferStatus status) {
        return requests.forInstitute(instituteOf(user)).stream().filter(o -> status == null || o.status() == status)
                .sorted(java.util.Comparator.comparing((MatchOffer o) -> o.status() != OfferStatus.OFFERED)
                        .thenComparing(o -> o.status() == OfferStatus.OFFERED ? o.respondBy() : null,
                                java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
                        .thenComparing(o -> o.respondedAt() == null ? java.time.Instant.MIN : o.respondedAt(),
                                java.util.Comparator.reverseOrder()))
                .map(o -> view(o, user)).toList();
    }
}
