package kr.jiwon.programs.web;

import java.util.List;
import java.util.Optional;
import kr.jiwon.companies.Company;
import kr.jiwon.companies.CompanyManagement;
import kr.jiwon.programs.CallFinder;
import kr.jiwon.shared.CompanySize;
import kr.jiwon.shared.CurrentUser;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.Regions;
import kr.jiwon.shared.TextList;
import org.springframework.stereotype.Component;

/** Builds the finder's company profile from a signed-in company or from a visitor's answers. */
@Component
class Finder {

    private final CompanyManagement companies;
    private final Regions regions;

    Finder(CompanyManagement companies, Regions regions) {
        this.companies = companies;
        this.regions = regions;
    }

    /** The signed-in user's company, if they act for one. */
    Optional<Company> companyOf(Optional<CurrentUser> user) {
        return user.filter(u -> u.companyId() != null).map(u -> companies.company(u.companyId()));
    }

    /** The profile as the finder page's query string (for saving it). */
    static String queryOf(CallFinder.CompanyProfile p) {
        var b = org.springframework.web.util.UriComponentsBuilder.newInstance();
        if (p.regionCode() != null) {
            b.queryParam("region", p.regionCode());
        }
        if (p.size() != null) {
            b.queryParam("size", p.size().name());
        }
        b.queryParam("sobujang", p.sobujang()).queryParam("root", p.rootCompany());
        p.fields().values().forEach(f -> b.queryParam("field", f));
        return b.encode().build().getQuery();
    }

    static CallFinder.CompanyProfile of(Company c) {
        return new CallFinder.CompanyProfile(c.regionCode(), c.size(), c.sobujang(), c.rootCompany(),
                c.industryFields());
    }

    /** A visitor's answers; an unknown region or size is refused with the field named. */
    CallFinder.CompanyProfile answers(String region, String size, boolean sobujang, boolean root, List<String> fields) {
        kr.jiwon.shared.Violations v = new kr.jiwon.shared.Violations();
        String r = region == null || region.isBlank() ? null : region.strip();
        v.check(r == null || regions.isKnown(r), "region", "region.unknown", r);
        CompanySize s = null;
        if (size != null && !size.isBlank()) {
            try {
                s = CompanySize.valueOf(size.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                v.add("size", "finder.sizeUnknown");
            }
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v.list());
        }
        return new CallFinder.CompanyProfile(r, s, sobujang, root,
                TextList.of(fields == null ? List.of() : fields.stream().filter(f -> !f.isBlank()).toList()));
    }
}
