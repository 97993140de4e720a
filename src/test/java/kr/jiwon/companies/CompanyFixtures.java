package kr.jiwon.companies;

import java.time.Instant;
import kr.jiwon.shared.BusinessRegistrationNumber;
import kr.jiwon.shared.CompanySize;
import kr.jiwon.shared.TextList;

/** Companies as values for unit tests of other modules' rules (not stored). */
public final class CompanyFixtures {

    private CompanyFixtures() {
    }

    /** A company whose statuses carry their 확인서 numbers (confirmed). */
    public static Company company(CompanySize size, String regionCode, boolean sobujang, boolean root) {
        return Company.register(BusinessRegistrationNumber.parse("613-81-03457"), new NewCompany("613-81-03457",
                "(주)시험", size, regionCode, TextList.of("기계금속"), sobujang, root, null, null,
                sobujang ? "시험-소부장-0001" : null, root ? "시험-뿌리-0001" : null, null, null), regionCode,
                TextList.EMPTY, Instant.parse("2031-01-01T00:00:00Z"));
    }

    /** A company that only ticked its statuses (no 확인서 number), with its plant in {@code plantRegionCode}. */
    public static Company declared(CompanySize size, String regionCode, String plantRegionCode, boolean sobujang,
            boolean root) {
        return Company.register(BusinessRegistrationNumber.parse("613-81-03457"), new NewCompany("613-81-03457",
                "(주)시험", size, regionCode, TextList.of("기계금속"), sobujang, root, null, plantRegionCode, null, null,
                null, null), regionCode, TextList.EMPTY, Instant.parse("2031-01-01T00:00:00Z"));
    }
}
