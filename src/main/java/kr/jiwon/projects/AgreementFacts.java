package kr.jiwon.projects;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import kr.jiwon.companies.Company;
import kr.jiwon.companies.CompanyManagement;
import kr.jiwon.programs.Program;
import kr.jiwon.programs.ProgramManagement;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Resolves what an agreement names (program, agency, company, institutes, funders) and what its rules check. */
@Component
class AgreementFacts {

    private final ProgramManagement programs;
    private final CompanyManagement companies;
    private final ProjectManagement projects;
    private final FundingRules rules;
    private final MessageSource messages;

    AgreementFacts(ProgramManagement programs, CompanyManagement companies, ProjectManagement projects,
            FundingRules rules, MessageSource messages) {
        this.programs = programs;
        this.companies = companies;
        this.projects = projects;
        this.rules = rules;
        this.messages = messages;
    }

    AgreementPdf.Facts of(Project p, int revision, String reason) {
        Program program = programs.programByCode(p.programCode()).orElseThrow();
        Company company = companies.company(p.companyId());
        Map<Funder, String> funders = new EnumMap<>(Funder.class);
        for (Funder f : Funder.values()) {
            funders.put(f, messages.getMessage(f.messageKey(), null, f.name(), Locale.KOREAN));
        }
        String agency = program.managingAgency() == null ? program.ministry() : program.managingAgency();
        return new AgreementPdf.Facts(p, revision, reason, program.name(), agency, company.name(),
                company.businessRegistrationNumber().formatted(),
                projects.instituteNames(p),
                funders);
    }

    CostSharePolicy.Context costShareContext(Project p) {
        return new CostSharePolicy.Context(rules.of(p.programCode()), p.grantAmount(),
                companies.company(p.companyId()).size());
    }
}
