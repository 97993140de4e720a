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
 * A company known to Jiwon, identified by its 사업자등록번호. Whether it lies in a 인구감소지역 is derived from the
 * 시군구 code of its plant (사업장; the head office when no plant is given — see {@link kr.jiwon.shared.Regions}), never
 * stored, so re-designations apply at once. A status a call may require (소부장 전문기업, 뿌리기업, 스마트공장 수준확인)
 * counts as confirmed only with its 확인서 number; without it, it is the company's own declaration.
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
    private String plantRegionCode;
    private String sobujangCertificate;
    private String rootCertificate;
    private Integer smartFactoryLevel;
    private String smartFactoryCertificate;
    private Instant updatedAt;
    private String updatedBy;

    @PersistenceCreator
    Company(Long id, Long version, String brn, String name, CompanySize size, String regionCode,
            TextList industryFields, boolean sobujang, boolean rootCompany, TextList rootTechnologies,
            Instant createdAt, String plantRegionCode, String sobujangCertificate, String rootCertificate,
            Integer smartFactoryLevel, String smartFactoryCertificate, Instant updatedAt, String updatedBy) {
        this(id, version, brn, name, size, regionCode, industryFields, sobujang, rootCompany, rootTechnologies,
                createdAt);
        this.plantRegionCode = plantRegionCode;
        this.sobujangCertificate = sobujangCertificate;
        this.rootCertificate = rootCertificate;
        this.smartFactoryLevel = smartFactoryLevel;
        this.smartFactoryCertificate = smartFactoryCertificate;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
    }

    private Company(Long id, Long version, String brn, String name, CompanySize size, String regionCode,
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
        Company c = new Company(null, null, brn.digits(), cmd.name().strip(), cmd.size(), regionCode,
                cmd.industryFields(), false, false, rootTechnologyCodes, now);
        c.apply(cmd.profile(), regionCode, rootTechnologyCodes);
        return c;
    }

    /**
     * The profile as the company's users changed it (already checked by {@link CompanyManagement}); the lines of what
     * changed, for the audit log (empty when nothing did).
     */
    java.util.List<String> revise(CompanyProfile p, String regionCode, TextList rootTechnologyCodes, String by,
            Instant now) {
        String before = describe();
        apply(p, regionCode, rootTechnologyCodes);
        updatedAt = now;
        updatedBy = by;
        java.util.List<String> was = java.util.List.of(before.split("\n"));
        return java.util.Arrays.stream(describe().split("\n")).filter(l -> !was.contains(l)).toList();
    }

    private void apply(CompanyProfile p, String regionCode, TextList rootTechnologyCodes) {
        name = p.name().strip();
        size = p.size();
        this.regionCode = regionCode;
        plantRegionCode = blank(p.plantRegionCode()) || p.plantRegionCode().strip().equals(regionCode)
                ? null
                : p.plantRegionCode().strip();
        industryFields = p.industryFields() == null ? TextList.EMPTY : p.industryFields();
        sobujang = Boolean.TRUE.equals(p.sobujang());
        sobujangCertificate = sobujang && !blank(p.sobujangCertificate()) ? p.sobujangCertificate().strip() : null;
        rootCompany = Boolean.TRUE.equals(p.rootCompany());
        rootCertificate = rootCompany && !blank(p.rootCertificate()) ? p.rootCertificate().strip() : null;
        rootTechnologies = rootTechnologyCodes == null ? TextList.EMPTY : rootTechnologyCodes;
        smartFactoryLevel = p.smartFactoryLevel();
        smartFactoryCertificate = smartFactoryLevel != null && !blank(p.smartFactoryCertificate())
                ? p.smartFactoryCertificate().strip()
                : null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** One line per profile item, for the audit of a change. */
    private String describe() {
        return String.join("\n", "기업명=" + name, "규모=" + size, "본사=" + regionCode,
                "사업장=" + (plantRegionCode == null ? "본사와 같음" : plantRegionCode), "업종=" + industryFields,
                "소부장=" + sobujang + (sobujangCertificate == null ? "" : " " + sobujangCertificate),
                "뿌리기업=" + rootCompany + (rootCertificate == null ? "" : " " + rootCertificate),
                "뿌리기술=" + rootTechnologies, "수준확인=" + (smartFactoryLevel == null
                        ? "-"
                        : smartFactoryLevel + (smartFactoryCertificate == null ? "" : " " + smartFactoryCertificate)));
    }

    /** The profile as a form shows it. */
    public CompanyProfile profile() {
        return new CompanyProfile(version, name, size, regionCode, plantRegionCode, industryFields, sobujang,
                sobujangCertificate, rootCompany, rootCertificate, rootTechnologies, smartFactoryLevel,
                smartFactoryCertificate);
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

    public Long version() {
        return version;
    }

    /** The plant's 시군구 code as given (null when it is the head office's). */
    public String plantRegionCode() {
        return plantRegionCode;
    }

    /** Where the company works: the plant, or the head office when no plant is given (the 인구감소지역 test). */
    public String siteRegionCode() {
        return plantRegionCode != null ? plantRegionCode : regionCode;
    }

    public String sobujangCertificate() {
        return sobujangCertificate;
    }

    public String rootCertificate() {
        return rootCertificate;
    }

    /** 스마트공장 수준확인 level 1–5, null when none is known. */
    public Integer smartFactoryLevel() {
        return smartFactoryLevel;
    }

    public String smartFactoryCertificate() {
        return smartFactoryCertificate;
    }

    /** 소부장 전문기업 with its 확인서 number (not only ticked). */
    public boolean sobujangConfirmed() {
        return sobujang && sobujangCertificate != null;
    }

    /** 뿌리기업 with its 확인서 number (not only ticked). */
    public boolean rootCompanyConfirmed() {
        return rootCompany && rootCertificate != null;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
