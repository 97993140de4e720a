package kr.jiwon.companies;

import java.time.Instant;
import kr.jiwon.shared.BusinessRegistrationNumber;
import kr.jiwon.shared.CompanySize;
import kr.jiwon.shared.TextList;

/** Companies as values for unit tests of other modules' rules (not stored). */
public final class CompanyFixtures {

    private CompanyFixtures() {
    }

    public static Company company(CompanySize size, String regionCode, boolean sobujang, boolean root) {
        return Company.register(BusinessRegistrationNumber.parse("613-81-03457"), new NewCompany("613-81-03457",
                "(주)시험", size, regionCode, TextList.of("기계금속"), sobujang, root, null), regionCode, TextList.EMPTY,
                Instant.parse("2031-01-01T00:00:00Z"));
    }
}
