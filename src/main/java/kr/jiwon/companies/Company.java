package kr.jiwon.companies;

import java.time.Instant;
import kr.jiwon.shared.BusinessRegistrationNumber;
import kr.jiwon.shared.CompanySize;
import kr.jiwon.shared.TextList;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A company known to Jiwon, identified by its 사업자등록번호. Whether it lies in a 인구감소지역 is derived from its
 * 시군구 code (see {@link kr.jiwon.shared.Regions}), never stored, so re-designations apply at once.
 */
@Table("company")
public class Company {

    @Id
    private Long id;
    @Version
    private Long version;
    private final String brn;
    private String name;
    private CompanySize size;
    private String regionCode;
    private TextList industryFields;
    private boolean sobujang;
    private boolean rootCompany;
    private TextList rootTechnologies;
    private final Instant createdAt;

    @PersistenceCreator
    Company(Long id, Long version, String brn, String name, CompanySize size, String regionCode,
            TextList industryFields, boolean sobujang, boolean rootCompany, TextList rootTechnologies,
            Instant createdAt) {
        this.id = id;
        this.version = version;
        this.brn = brn;
        this.name = name;
        this.size = size;
        this.regionCode = regionCode;
        this.industryFields = industryFields == null ? TextList.EMPTY : industryFields;
        this.sobujang = sobujang;
        this.rootCompany = rootCompany;
        this.rootTechnologies = rootTechnologies == null ? TextList.EMPTY : rootTechnologies;
        this.createdAt = createdAt;
    }

    static Company register(BusinessRegistrationNumber brn, NewCompany cmd, String regionCode,
            TextList rootTechnologyCodes, Instant now) {
        return new Company(null, null, brn.digits(), cmd.name().strip(), cmd.size(), regionCode, cmd.industryFields(),
                Boolean.TRUE.equals(cmd.sobujang()), Boolean.TRUE.equals(cmd.rootCompany()), rootTechnologyCodes,
                now);
    }

    public Long id() {
        return id;
    }

    public BusinessRegistrationNumber businessRegistrationNumber() {
        return new BusinessRegistrationNumber(brn);
    }

    public String name() {
        return name;
    }

    public CompanySize size() {
        return size;
    }

    public String regionCode() {
        return regionCode;
    }

    public TextList industryFields() {
        return industryFields;
    }

    public boolean sobujang() {
        return sobujang;
    }

    public boolean rootCompany() {
        return rootCompany;
    }

    public TextList rootTechnologies() {
        return rootTechnologies;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
