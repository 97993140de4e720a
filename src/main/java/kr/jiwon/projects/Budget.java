package kr.jiwon.projects;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.jiwon.shared.Won;

/** A budget plan as entered: an amount per cost category and a share per funder (both in won). */
public record Budget(Map<String, Won> categories, Map<Funder, Won> funders) {

    public Budget {
        categories = Collections.unmodifiableMap(new LinkedHashMap<>(categories));
        funders = Collections.unmodifiableMap(new LinkedHashMap<>(funders));
    }

    static Budget of(List<BudgetLine> lines) {
        Map<String, Won> c = new LinkedHashMap<>();
        Map<Funder, Won> f = new LinkedHashMap<>();
        for (BudgetLine l : lines) {
            if (l.kind() == BudgetLine.Kind.CATEGORY) {
                c.put(l.name(), l.amount());
            } else {
                f.put(Funder.valueOf(l.name()), l.amount());
            }
        }
        return new Budget(c, f);
    }

    List<BudgetLine> lines() {
        List<BudgetLine> out = new java.util.ArrayList<>();
        categories.forEach((k, v) -> out.add(new BudgetLine(BudgetLine.Kind.CATEGORY, k, v)));
        funders.forEach((k, v) -> out.add(new BudgetLine(BudgetLine.Kind.FUNDER, k.name(), v)));
        return out;
    }

    public Won categoryTotal() {
        return categories.values().stream().reduce(Won.ZERO, Won::plus);
    }

    public Won funderTotal() {
        return funders.values().stream().reduce(Won.ZERO, Won::plus);
    }

    /** The support side (정부지원금 or the support funders together). */
    public Won support() {
        return sum(true);
    }

    /** The company's own share (cash and in kind). */
    public Won companyShare() {
        return sum(false);
    }

    public Won of(Funder funder) {
        return funders.getOrDefault(funder, Won.ZERO);
    }

    public Won of(String category) {
        return categories.getOrDefault(category, Won.ZERO);
    }

    public boolean isEmpty() {
        return categories.isEmpty() && funders.isEmpty();
    }

    private Won sum(boolean support) {
        return funders.entrySet().stream().filter(e -> e.getKey().support() == support).map(Map.Entry::getValue)
                .reduce(Won.ZERO, Won::plus);
    }
}
