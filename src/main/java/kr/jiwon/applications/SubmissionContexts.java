package kr.jiwon.applications;

import java.time.Instant;
import kr.jiwon.companies.Company;
import kr.jiwon.companies.CompanyManagement;
import kr.jiwon.institutes.InstituteManagement;
import kr.jiwon.programs.CallManagement;
import kr.jiwon.shared.RootTechnologies;
import org.springframework.stereotype.Component;

/** Gathers what the eligibility policies look at, for a submission and for 요건검토's automatic check. */
@Component
class SubmissionContexts {

    private final Applications applications;
    private final ApplicationDocuments documents;
    private final CallManagement calls;
    private final CompanyManagement companies;
    private final InstituteManagement institutes;
    private final RootTechnologies rootTechnologies;
    private final kr.jiwon.companies.Restrictions restrictions;

    SubmissionContexts(Applications applications, ApplicationDocuments documents, CallManagement calls,
            CompanyManagement companies, InstituteManagement institutes,
            RootTechnologies rootTechnologies, kr.jiwon.companies.Restrictions restrictions) {
        this.restrictions = restrictions;
        this.applications = applications;
        this.documents = documents;
        this.calls = calls;
        this.companies = companies;
        this.institutes = institutes;
        this.rootTechnologies = rootTechnologies;
    }

    SubmissionContext of(Application a, Instant now, Instant startedAt) {
        Company company = companies.company(a.companyId());
        // only the company's selected applications: most companies have none, and none is then one empty query
        java.util.List<SubmissionContext.Funded> funded = applications
                .findByCompanyIdAndStatusOrderByIdDesc(a.companyId(), ApplicationStatus.SELECTED).stream()
                .filter(o -> !o.callId().equals(a.callId()))
                .map(o -> new SubmissionContext.Funded(calls.call(o.callId()).title(), o.receiptNumber(), o.title(),
                        o.bottleneck()))
                .toList();
        return new SubmissionContext(a, calls.call(a.callId()), company, companies.regionOf(company),
                documents.countByApplication(a.id()), now, startedAt == null ? now : startedAt,
                applications.countOtherHandedIn(a.callId(), a.companyId(), a.id()),
                s -> institutes.find(s).isPresent(), s -> rootTechnologies.find(s).isPresent(),
                java.util.Set.copyOf(documents.filledSlots(a.id())), companies.siteRegionOf(company),
                restrictions.holdingOn(company.id(), kr.jiwon.shared.SeoulTime.toLocal(now).toLocalDate()), funded);
    }
}
