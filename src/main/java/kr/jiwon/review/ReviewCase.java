package kr.jiwon.review;

import java.util.Set;
import kr.jiwon.shared.TextList;

/**
 * What conflict policies and expertise fit look at for one application: the applicant's 사업자등록번호, the
 * institutes involved (named by the company or matched), its fields and region (the plant's), and whether it is a
 * convergent project (its track asks for two or more institutes).
 */
record ReviewCase(long applicationId, String receiptNumber, String title, long companyId, String companyName,
        String companyBrn, Set<String> institutes, TextList fields, String regionCode, boolean convergent) {
}
