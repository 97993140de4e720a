package kr.jiwon.applications;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import kr.jiwon.companies.Company;
import kr.jiwon.companies.CompanyManagement;
import kr.jiwon.institutes.InstituteManagement;
import kr.jiwon.programs.CallManagement;
import kr.jiwon.shared.RootTechnologies;
import org.springframework.stereotype.Component;

/** Gathers what the eligibility policies look at, for a submission and for 요건검토's automatic check. */
@Component
class SubmissionContexts {

    private final CallManagement calls;
    private final CompanyManagement companies;
    private final InstituteManagement institutes;
    private final RootTechnologies rootTechnologies;
    private final kr.jiwon.companies.Restrictions restrictions;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    SubmissionContexts(CallManagement calls, CompanyManagement companies, InstituteManagement institutes,
            RootTechnologies rootTechnologies, kr.jiwon.companies.Restrictions restrictions,
            org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.restrictions = restrictions;
        this.jdbc = jdbc;
        this.calls = calls;
        this.companies = companies;
        this.institutes = institutes;
        this.rootTechnologies = rootTechnologies;
    }

    SubmissionContext of(Application a, Instant now, Instant startedAt) {
        Company company = companies.company(a.companyId());
        List<Other> others = others(a);
        // the company's applications selected in other calls (most companies have none)
        List<SubmissionContext.Funded> funded = others.stream()
                .filter(o -> o.status() == ApplicationStatus.SELECTED && o.callId() != a.callId())
                .map(o -> new SubmissionContext.Funded(calls.call(o.callId()).title(), o.receiptNumber(), o.title(),
                        o.bottleneck()))
                .toList();
        int handedInToThisCall = (int) others.stream().filter(o -> o.callId() == a.callId()).count();
        List<String> slots = jdbc.queryForList("select slot from application_document where application_id = ?",
                String.class, a.id());
        Set<String> filled = slots.stream().filter(java.util.Objects::nonNull).collect(Collectors.toUnmodifiableSet());
        return new SubmissionContext(a, calls.call(a.callId()), company, companies.regionOf(company), slots.size(), now,
                startedAt == null ? now : startedAt, handedInToThisCall, s -> institutes.find(s).isPresent(),
                s -> rootTechnologies.find(s).isPresent(), filled, companies.siteRegionOf(company),
                restrictions.holdingOn(company.id(), kr.jiwon.shared.SeoulTime.toLocal(now).toLocalDate()), funded);
    }

    /** Another application of the same company that a policy looks at. */
    private record Other(long callId, ApplicationStatus status, String receiptNumber, String title,
            String bottleneck) {
    }

    /**
     * In one query, the company's other applications that matter: those handed in to this call (one application
     * per company and call) and those selected in any call (the same project funded twice).
     */
    private List<Other> others(Application a) {
        return jdbc.query("select call_id, status, receipt_number, title, bottleneck from application "
                + "where company_id = ? and id <> ? and (status = 'SELECTED' "
                + "or (call_id = ? and status not in ('DRAFT', 'WITHDRAWN'))) order by id desc",
                (rs, i) -> new Other(rs.getLong(1), ApplicationStatus.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getString(5)),
                a.companyId(), a.id(), a.callId());
    }
}
