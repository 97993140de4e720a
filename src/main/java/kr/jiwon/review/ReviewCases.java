package kr.jiwon.review;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kr.jiwon.applications.Application;
import kr.jiwon.applications.ApplicationManagement;
import kr.jiwon.applications.ApplicationStatus;
import kr.jiwon.companies.Company;
import kr.jiwon.companies.CompanyManagement;
import kr.jiwon.matching.InstituteRequests;
import kr.jiwon.matching.OfferStatus;
import org.springframework.stereotype.Component;

/** Builds the review view of a call's eligible applications. */
@Component
class ReviewCases {

    private final ApplicationManagement applications;
    private final CompanyManagement companies;
    private final InstituteRequests requests;
    private final kr.jiwon.programs.CallManagement calls;

    ReviewCases(ApplicationManagement applications, CompanyManagement companies, InstituteRequests requests,
            kr.jiwon.programs.CallManagement calls) {
        this.calls = calls;
        this.applications = applications;
        this.companies = companies;
        this.requests = requests;
    }

    /** The call's applications that are up for review (screened as eligible), in receipt order. */
    List<ReviewCase> eligible(long callId) {
        kr.jiwon.programs.Call call = calls.call(callId);
        return applications.handedIn(callId).stream()
                .filter(a -> a.status() == ApplicationStatus.ELIGIBLE)
                .map(a -> of(a, call))
                .toList();
    }

    /** Every handed-in application of the call (decided ones too), in receipt order. */
    List<ReviewCase> handedIn(long callId) {
        kr.jiwon.programs.Call call = calls.call(callId);
        return applications.handedIn(callId).stream().map(a -> of(a, call)).toList();
    }

    ReviewCase of(Application a) {
        return of(a, calls.call(a.callId()));
    }

    /** One case, its call already read (a list reads it once, not once per application). */
    private ReviewCase of(Application a, kr.jiwon.programs.Call call) {
        Company company = companies.company(a.companyId());
        Set<String> institutes = new LinkedHashSet<>(a.desiredInstitutes().values());
        requests.ofApplication(a.id()).stream()
                .filter(o -> o.status() == OfferStatus.ACCEPTED || o.status() == OfferStatus.OFFERED)
                .forEach(o -> institutes.add(o.institute()));
        List<String> fields = new java.util.ArrayList<>(a.technologyFields().values());
        fields.addAll(a.rootTechnologies().values());
        return new ReviewCase(a.id(), a.receiptNumber(), a.title(), company.id(), company.name(),
                company.businessRegistrationNumber().digits(), institutes, kr.jiwon.shared.TextList.of(fields),
                company.siteRegionCode(), call.track(a.trackCode()).map(t -> t.minInstitutes() >= 2).orElse(false));
    }
}
