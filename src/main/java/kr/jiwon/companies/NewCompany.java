package kr.jiwon.companies;

import kr.jiwon.shared.CompanySize;
import kr.jiwon.shared.TextList;

/**
 * A company as registered: 사업자등록번호 as typed (with or without hyphens), 시군구 code, and profile — optionally the
 * plant's 시군구 code and the 확인서 numbers of its statuses (see {@link CompanyProfile}).
 */
public record NewCompany(String businessRegistrationNumber, String name, CompanySize size, String regionCode,
        TextList industryFields, Boolean sobujang, Boolean rootCompany, TextList rootTechnologies,
        String plantRegionCode, String sobujangCertificate, String rootCertificate, Integer smartFactoryLevel,
        String smartFactoryCertificate) {

    public NewCompany {
        industryFields = industryFields == null ? TextList.EMPTY : industryFields;
        rootTechnologies = rootTechnologies == null ? TextList.EMPTY : rootTechnologies;
    }

    public NewCompany(String businessRegistrationNumber, String name, CompanySize size, String regionCode,
            TextList industryFields, Boolean sobujang, Boolean rootCompany, TextList rootTechnologies) {
        this(businessRegistrationNumber, name, size, regionCode, industryFields, sobujang, rootCompany,
                rootTechnologies, null, null, null, null, null);
    }

    /** The profile part. */
    public CompanyProfile profile() {
        return new CompanyProfile(null, name, size, regionCode, plantRegionCode, industryFields, sobujang,
                sobujangCertificate, rootCompany, rootCertificate, rootTechnologies, smartFactoryLevel,
                smartFactoryCertificate);
    }
}
