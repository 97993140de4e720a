package kr.jiwon.review;

import java.util.List;

/**
 * A reviewer as an officer enters them: affiliations' 사업자등록번호 and institute codes as lists, expertise
 * fields, region code, and optionally the username of the reviewer's login.
 */
public record NewReviewer(String name, String email, String affiliation, List<String> affiliationBrns,
        List<String> instituteCodes, List<String> expertiseFields, String regionCode,
        String accountUsername) {

    public NewReviewer {
        affiliationBrns = affiliationBrns == null ? List.of() : List.copyOf(affiliationBrns);
        instituteCodes = instituteCodes == null ? List.of() : List.copyOf(instituteCodes);
        expertiseFields = expertiseFields == null ? List.of() : List.copyOf(expertiseFields);
    }
}
