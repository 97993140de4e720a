package kr.jiwon.applications;

import java.util.List;
import kr.jiwon.companies.Company;
import kr.jiwon.shared.FieldViolation;
import kr.jiwon.shared.Region;

/**
 * One line of the officer's screening list: the application with its company and region, and the automatic check
 * (the eligibility rules applied again to what is stored and to the company's current profile; empty = all met),
 * and its latest 보완 요청 with where that stands ({@code supplementState} is null when none was asked).
 */
public record ScreeningRow(Application application, Company company, Region region, List<FieldViolation> autoCheck,
        SupplementRequest supplement, SupplementRequest.State supplementState) {
}
