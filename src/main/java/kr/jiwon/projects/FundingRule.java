package kr.jiwon.projects;

import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.jiwon.shared.CompanySize;

/**
 * A program's rules for money (per program, from {@code projects/funding-rules.csv}, with its source): either
 * matching funds with caps by company size (support share at most, cash share of the company's part at least), or
 * fixed shares per funder; the cost categories (비목) a budget may use; and the categories whose spending needs the
 * agency's prior approval (사전승인).
 */
public record FundingRule(String programCode, Mode mode, Map<CompanySize, Integer> supportCapPercent,
        Map<CompanySize, Integer> cashFloorPercent, Map<Funder, Integer> sharesPercent, List<String> categories,
        Set<String> priorApproval, String source) {

    public enum Mode {
        MATCHING, FIXED_SHARES
    }

    public FundingRule {
        supportCapPercent = Map.copyOf(supportCapPercent);
        cashFloorPercent = Map.copyOf(cashFloorPercent);
        sharesPercent = Map.copyOf(sharesPercent);
        categories = List.copyOf(categories);
        priorApproval = Set.copyOf(priorApproval);
    }

    /** The funders a budget under this rule names, in the order pages show them. */
    public List<Funder> funders() {
        if (mode == Mode.FIXED_SHARES) {
            return java.util.Arrays.stream(Funder.values()).filter(sharesPercent::containsKey).toList();
        }
        return List.of(Funder.GOVERNMENT, Funder.COMPANY_CASH, Funder.COMPANY_IN_KIND);
    }

    public boolean needsPriorApproval(String category) {
        return priorApproval.contains(category);
    }
}
