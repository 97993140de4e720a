package kr.jiwon.applications;

import kr.jiwon.companies.Company;
import kr.jiwon.shared.Region;

/** One line of the officer's screening list: the application with its company and region. */
public record ScreeningRow(Application application, Company company, Region region) {
}
