package kr.jiwon.companies;

import kr.jiwon.shared.CompanySize;
import kr.jiwon.shared.TextList;

/**
 * What a company's users keep up to date about it: name, size, head office and plant (사업장 소재지, blank when the
 * same), fields, the 소부장·뿌리기업 statuses with their 확인서 numbers, 뿌리기술 and the 스마트공장 수준확인 level (1–5)
 * with its 확인서 number; {@code version} is the one the form was read at.
 */
public record CompanyProfile(Long version, String name, CompanySize size, String regionCode, String plantRegionCode,
        TextList industryFields, Boolean sobujang, String sobujangCertificate, Boolean rootCompany,
        String rootCertificate, TextList rootTechnologies, Integer smartFactoryLevel, String smartFactoryCertificate) {

    public CompanyProfile {
        industryFields = industryFields == null ? TextList.EMPTY : industryFields;
        rootTechnologies = rootTechnologies == null ? TextList.EMPTY : rootTechnologies;
    }
}
