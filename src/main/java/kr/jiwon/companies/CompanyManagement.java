package kr.jiwon.companies;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import kr.jiwon.shared.BusinessRegistrationNumber;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.NotFoundException;
import kr.jiwon.shared.Region;
import kr.jiwon.shared.Regions;
import kr.jiwon.shared.RootTechnologies;
import kr.jiwon.shared.TextList;
import kr.jiwon.shared.Violations;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registering companies and reading them back, with their region resolved. */
@Service
@Transactional(readOnly = true)
public class CompanyManagement {

    private final Companies companies;
    private final Regions regions;
    private final RootTechnologies rootTechnologies;
    private final Clock clock;
    private final kr.jiwon.audit.AuditLog audit;

    CompanyManagement(Companies companies, Regions regions, RootTechnologies rootTechnologies, Clock clock,
            kr.jiwon.audit.AuditLog audit) {
        this.audit = audit;
        this.companies = companies;
        this.regions = regions;
        this.rootTechnologies = rootTechnologies;
        this.clock = clock;
    }

    /** Checks a company's data without storing it; fails with every problem found. */
    public void validate(NewCompany cmd) {
        check(cmd);
    }

    @Transactional
    public Company register(NewCompany cmd) {
        Checked c = check(cmd);
        if (companies.findByBrn(c.brn().digits()).isPresent()) {
            throw InvalidInputException.of("businessRegistrationNumber", "brn.duplicate", c.brn().formatted());
        }
        return companies.save(Company.register(c.brn(), cmd, c.region().code(), c.roots(), clock.instant()));
    }

    private record Checked(BusinessRegistrationNumber brn, Region region, TextList roots) {
    }

    private Checked check(NewCompany cmd) {
        Violations v = new Violations();
        BusinessRegistrationNumber brn = v.attempt("businessRegistrationNumber",
                () -> BusinessRegistrationNumber.parse(cmd.businessRegistrationNumber()));
        Checked profile = checkProfile(v, cmd.profile());
        v.throwIfAny();
        return new Checked(brn, profile.region(), profile.roots());
    }

    /**
     * Every problem of a profile into {@code v}: name, size and head office required, the plant a known 시군구, a
     * 확인서 number only beside its status (60 characters at most), the 수준확인 level 1–5.
     */
    private Checked checkProfile(Violations v, CompanyProfile p) {
        v.check(p.name() != null && !p.name().isBlank(), "name", "field.required");
        v.check(p.name() == null || p.name().length() <= 200, "name", "field.tooLong", 200);
        v.check(p.size() != null, "size", "field.required");
        Region region = p.regionCode() == null || p.regionCode().isBlank()
                ? fail(v, "regionCode", "field.required")
                : v.attempt("regionCode", () -> regions.require(p.regionCode()));
        if (p.plantRegionCode() != null && !p.plantRegionCode().isBlank()) {
            v.attempt("plantRegionCode", () -> regions.require(p.plantRegionCode()));
        }
        TextList roots = v.attempt("rootTechnologies", () -> rootTechnologies.codesOf(p.rootTechnologies()));
        certificate(v, "sobujangCertificate", p.sobujangCertificate(), Boolean.TRUE.equals(p.sobujang()),
                "company.certificateNeedsStatus.sobujang");
        certificate(v, "rootCertificate", p.rootCertificate(), Boolean.TRUE.equals(p.rootCompany()),
                "company.certificateNeedsStatus.root");
        v.check(p.smartFactoryLevel() == null || p.smartFactoryLevel() >= 1 && p.smartFactoryLevel() <= 5,
                "smartFactoryLevel", "company.smartFactoryLevel");
        certificate(v, "smartFactoryCertificate", p.smartFactoryCertificate(), p.smartFactoryLevel() != null,
                "company.certificateNeedsStatus.level");
        return new Checked(null, region, roots);
    }

    private static void certificate(Violations v, String field, String number, boolean status, String withoutKey) {
        if (number == null || number.isBlank()) {
            return;
        }
        v.check(status, field, withoutKey);
        v.check(number.strip().length() <= 60, field, "field.tooLong", 60);
    }

    /**
     * A company's own users change its profile (the 사업자등록번호 stays); read at {@code profile.version()}, refused
     * with every problem at once, and audited with what changed.
     */
    @Transactional
    public Company update(long companyId, CompanyProfile profile, kr.jiwon.shared.Actor actor) {
        Company c = company(companyId);
        if (profile.version() != null && !profile.version().equals(c.version())) {
            throw InvalidInputException.of("version", "company.changedMeanwhile");
        }
        Violations v = new Violations();
        Checked checked = checkProfile(v, profile);
        v.throwIfAny();
        List<String> changes = c.revise(profile, checked.region().code(), checked.roots(), actor.username(),
                clock.instant());
        Company saved = companies.save(c);
        if (!changes.isEmpty()) {
            audit.recordChange(actor, "COMPANY_PROFILE", "COMPANY", companyId, String.join("; ", changes));
        }
        return saved;
    }

    private static <T> T fail(Violations v, String field, String key) {
        v.add(field, key);
        return null;
    }

    public List<Company> all() {
        return companies.findAll(Sort.by("id"));
    }

    public Company company(long id) {
        return companies.findById(id).orElseThrow(() -> new NotFoundException("company.notFound", id));
    }

    /** The companies with these ids, by id, read in one query (for lists that name many companies). */
    public java.util.Map<Long, Company> companies(java.util.Collection<Long> ids) {
        java.util.Map<Long, Company> out = new java.util.HashMap<>();
        companies.findAllById(java.util.Set.copyOf(ids)).forEach(c -> out.put(c.id(), c));
        return out;
    }

    public Optional<Company> findByBusinessRegistrationNumber(BusinessRegistrationNumber brn) {
        return companies.findByBrn(brn.digits());
    }

    /** The company's head-office region with its 인구감소지역 designation. */
    public Region regionOf(Company company) {
        return regions.require(company.regionCode());
    }

    /** Where the company works — its plant, or the head office when no plant is given — with its designation. */
    public Region siteRegionOf(Company company) {
        return regions.require(company.siteRegionCode());
    }

    public long count() {
        return companies.count();
    }
}
