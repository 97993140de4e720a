package kr.jiwon.projects;

import java.util.ArrayList;
import java.util.List;
import kr.jiwon.shared.Won;

/**
 * A project's settlement (정산): per cost category planned, spent, disallowed (불인정) and recognised; per funder
 * planned and used (the recognised spending shared pro rata to the funders' part of the budget); the support paid,
 * the support used, interest, and the amount to return — the support paid but not used, plus the interest. Every
 * figure is in won; the per-funder shares are rounded down and the remainder goes to the last funder, so they add up.
 */
public record SettlementStatement(List<CategoryLine> categories, List<FunderLine> funders, Won paid,
        Won supportUsed, Won interest, Won toReturn, List<Spending> disallowed) {

    public record CategoryLine(String category, Won planned, Won spent, Won disallowed, Won recognised) {
    }

    public record FunderLine(Funder funder, Won planned, Won used) {
    }

    /** The statement of a project from its spending, with the interest recorded at confirmation (or none yet). */
    public static SettlementStatement of(Project p, List<Spending> spending) {
        return of(p, spending, p.interest());
    }

    static SettlementStatement of(Project p, List<Spending> spending, Won interest) {
        Budget b = p.budget();
        List<CategoryLine> categories = new ArrayList<>();
        for (var e : b.categories().entrySet()) {
            Won spent = sum(spending, e.getKey(), null);
            Won out = sum(spending, e.getKey(), true);
            categories.add(new CategoryLine(e.getKey(), e.getValue(), spent, out, spent.minus(out)));
        }
        Won recognised = categories.stream().map(CategoryLine::recognised).reduce(Won.ZERO, Won::plus);
        long total = b.funderTotal().amount();
        List<FunderLine> funders = new ArrayList<>();
        long left = recognised.amount();
        var entries = new ArrayList<>(b.funders().entrySet());
        for (int i = 0; i < entries.size(); i++) {
            var e = entries.get(i);
            long used = i == entries.size() - 1 || total == 0
                    ? left
                    : Math.floorDiv(recognised.amount() * e.getValue().amount(), total);
            left -= used;
            funders.add(new FunderLine(e.getKey(), e.getValue(), Won.of(used)));
        }
        long supportShare = total == 0 ? 0 : Math.floorDiv(recognised.amount() * b.support().amount(), total);
        Won supportUsed = Won.of(Math.min(p.paid().amount(), supportShare));
        Won i = interest == null ? Won.ZERO : interest;
        Won toReturn = p.paid().minus(supportUsed).plus(i);
        return new SettlementStatement(categories, funders, p.paid(), supportUsed, i, toReturn,
                spending.stream().filter(Spending::disallowed).toList());
    }

    private static Won sum(List<Spending> spending, String category, Boolean disallowed) {
        return spending.stream().filter(s -> s.category().equals(category))
                .filter(s -> disallowed == null || s.disallowed() == disallowed).map(Spending::amount)
                .reduce(Won.ZERO, Won::plus);
    }

    public Won planned() {
        return categories.stream().map(CategoryLine::planned).reduce(Won.ZERO, Won::plus);
    }

    public Won spent() {
        return categories.stream().map(CategoryLine::spent).reduce(Won.ZERO, Won::plus);
    }

    public Won recognised() {
        return categories.stream().map(CategoryLine::recognised).reduce(Won.ZERO, Won::plus);
    }
}
