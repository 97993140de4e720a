package kr.jiwon.companies;

import kr.jiwon.shared.CompanySize;
import kr.jiwon.shared.TextList;

/** A company as registered: 사업자등록번호 as typed (with or without hyphens), 시군구 code, and profile. */
public record NewCompany(String businessRegistrationNumber, String name, CompanySize size, String regionCode,
        TextList industryFields, Boolean sobujang, Boolean rootCompany, TextList rootTechnologies) {

    public NewCompany {
        industryFields = industryFields == null ? TextList.EMPTY : industryFields;
        rootTechnologies = rootTechnologies == null ? TextList.EMPTY : rootTechnologies;
    }
}
