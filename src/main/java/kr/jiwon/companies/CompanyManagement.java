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

    CompanyManagement(Companies companies, Regions regions, RootTechnologies rootTechnologies, Clock clock) {
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
        v.check(cmd.name() != null && !cmd.name().isBlank(), "name", "field.required");
        v.check(cmd.name() == null || cmd.name().length() <= 200, "name", "field.tooLong", 200);
        v.check(cmd.size() != null, "size", "field.required");
        Region region = cmd.regionCode() == null || cmd.regionCode().isBlank()
                ? fail(v, "regionCode", "field.required")
                : v.attempt("regionCode", () -> regions.require(cmd.regionCode()));
        TextList roots = v.attempt("rootTechnologies", () -> rootTechnologies.codesOf(cmd.rootTechnologies()));
        v.throwIfAny();
        return new Checked(brn, region, roots);
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

    public Optional<Company> findByBusinessRegistrationNumber(BusinessRegistrationNumber brn) {
        return companies.findByBrn(brn.digits());
    }

    /** The company's region with its 인구감소지역 designation. */
    public Region regionOf(Company company) {
        return regions.require(company.regionCode());
    }

    public long count() {
        return companies.count();
    }
}
