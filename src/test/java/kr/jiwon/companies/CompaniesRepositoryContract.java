package kr.jiwon.companies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import kr.jiwon.accounts.AccountManagement;
import kr.jiwon.accounts.NewAccount;
import kr.jiwon.institutes.InstituteManagement;
import kr.jiwon.shared.BusinessRegistrationNumber;
import kr.jiwon.shared.CompanySize;
import kr.jiwon.shared.Role;
import kr.jiwon.shared.TextList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/** Companies, institutes and accounts on every supported database; run on H2 and PostgreSQL by the subclasses. */
abstract class CompaniesRepositoryContract {

    @Autowired
    CompanyManagement companyManagement;
    @Autowired
    Companies companies;
    @Autowired
    InstituteManagement institutes;
    @Autowired
    AccountManagement accounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void storesACompanyWithItsProfile() {
        Company saved = companyManagement.register(new NewCompany("613-81-03457", "(주)한빛다이캐스팅", CompanySize.SME,
                "48250", TextList.of("기계금속", "자동차"), true, true, TextList.of("주조", "금형")));
        Company loaded = companies.findByBrn("6138103457").orElseThrow();
        assertThat(loaded.id()).isEqualTo(saved.id());
        assertThat(loaded.businessRegistrationNumber()).isEqualTo(BusinessRegistrationNumber.parse("613-81-03457"));
        assertThat(loaded.industryFields().values()).containsExactly("기계금속", "자동차");
        assertThat(loaded.rootTechnologies().values()).containsExactly("RT01", "RT02");
        assertThat(loaded.size()).isEqualTo(CompanySize.SME);
        assertThat(loaded.sobujang()).isTrue();
        assertThat(companyManagement.regionOf(loaded).sigungu()).isEqualTo("김해시");
    }

    @Test
    void theDatabaseItselfKeepsRegistrationNumbersUnique() {
        companyManagement.register(new NewCompany("201-81-07721", "누리디스플레이(주)", CompanySize.SME, "41590",
                null, false, false, null));
        assertThatThrownBy(() -> jdbc.update("""
                insert into company (version, brn, name, size, region_code, created_at)
                values (0, '2018107721', 'copy', 'SME', '41590', ?)""", java.sql.Timestamp.from(Instant.now())))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void importsTheInstituteDirectoryOnStart() {
        assertThat(institutes.count()).isEqualTo(46);
        var kitech = institutes.find("KITECH").orElseThrow();
        assertThat(kitech.koreanName()).isEqualTo("한국생산기술연구원");
        assertThat(kitech.specialties().values()).contains("뿌리기술", "스마트제조");
        assertThat(kitech.consortiumMember()).isTrue();
        assertThat(institutes.find("KATRI").orElseThrow().city()).isNull();
    }

    @Test
    void storesPasswordsOnlyAsArgon2idHashes() {
        accounts.create(
                new NewAccount("coordinator1", "c@kitech.re.kr", "s3cret-pass-word", "조정관", Role.INSTITUTE, null,
                        null));
        String stored = jdbc.queryForObject("select password_hash from account where username = 'coordinator1'",
                String.class);
        assertThat(stored).startsWith("{argon2@SpringSecurity_v5_8}$argon2id$").doesNotContain("s3cret-pass-word");
    }
}
