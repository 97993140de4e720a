package kr.jiwon.companies.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import kr.jiwon.audit.AuditLog;
import kr.jiwon.companies.Company;
import kr.jiwon.companies.CompanyManagement;
import kr.jiwon.companies.NewCompany;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.CompanySize;
import kr.jiwon.shared.Region;
import kr.jiwon.shared.TextList;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Companies over JSON (officers and administrators). */
@RestController
@RequestMapping("/api/v1/companies")
@Tag(name = "Companies", description = "기업")
class CompanyApi {

    private final CompanyManagement companies;
    private final AuditLog audit;

    CompanyApi(CompanyManagement companies, AuditLog audit) {
        this.companies = companies;
        this.audit = audit;
    }

    /**
     * A company: {@code regionCode} is the head office, {@code plantRegionCode} the plant (null when the same);
     * {@code declineArea} is read at the plant (사업장), where 인구감소지역 priority applies; a status is
     * {@code …Confirmed} only with its 확인서 number.
     */
    record CompanyView(long id, String businessRegistrationNumber, boolean corporation, String name, CompanySize size,
            String regionCode, String regionName, boolean declineArea, boolean declineInterestArea,
            TextList industryFields, boolean sobujang, boolean rootCompany, TextList rootTechnologies,
            String plantRegionCode, String plantRegionName, boolean sobujangConfirmed, boolean rootCompanyConfirmed,
            Integer smartFactoryLevel) {
    }

    private CompanyView view(Company c) {
        Region r = companies.regionOf(c);
        Region site = companies.siteRegionOf(c);
        return new CompanyView(c.id(), c.businessRegistrationNumber().formatted(),
                c.businessRegistrationNumber().isCorporation(), c.name(), c.size(), r.code(), r.name(),
                site.declineArea(), site.declineInterestArea(), c.industryFields(), c.sobujang(), c.rootCompany(),
                c.rootTechnologies(), c.plantRegionCode(), c.plantRegionCode() == null ? null : site.name(),
                c.sobujangConfirmed(), c.rootCompanyConfirmed(), c.smartFactoryLevel());
    }

    @GetMapping
    List<CompanyView> all(Actor actor) {
        List<CompanyView> all = companies.all().stream().map(this::view).toList();
        audit.recordView(actor, "COMPANY_LIST", "COMPANY", null, all.size() + " companies");
        return all;
    }

    @GetMapping("/{id}")
    CompanyView one(@PathVariable long id, Actor actor) {
        CompanyView view = view(companies.company(id));
        audit.recordView(actor, "COMPANY_VIEW", "COMPANY", id, null);
        return view;
    }

    @PostMapping
    @Operation(summary = "Register a company (OFFICER or ADMIN); 사업자등록번호 is checked by its check digit")
    ResponseEntity<CompanyView> register(@RequestBody NewCompany body, Actor actor) {
        CompanyView created = view(companies.register(body));
        audit.recordChange(actor, "COMPANY_REGISTER", "COMPANY", created.id(), null);
        return ResponseEntity.created(URI.create("/api/v1/companies/" + created.id())).body(created);
    }
}
