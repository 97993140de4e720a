package kr.jiwon.projects;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.jiwon.shared.CompanySize;
import kr.jiwon.shared.FieldViolation;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.Won;

/**
 * The named rules a budget plan must meet before it is stored (per the program's {@link FundingRule}). Each names
 * the field it concerns and a message key {@code policy.NAME}; {@link #checkAll} reports every broken rule at once.
 */
enum CostSharePolicy {

    /** Only the program's cost categories and funders, no negative amounts, something budgeted. */
    CATEGORIES_ALLOWED {

        @Override
        Optional<FieldViolation> check(Budget b, Context c) {
            for (var e : b.categories().entrySet()) {
                if (!c.rule().categories().contains(e.getKey()) || e.getValue().amount() < 0) {
                    return fail("categories[" + e.getKey() + "]", String.join(", ", c.rule().categories()));
                }
            }
            boolean funders = b.funders().keySet().stream().allMatch(c.rule().funders()::contains);
            return b.categoryTotal().amount() > 0 && funders
                    ? Optional.empty()
                    : fail("categories", String.join(", ", c.rule().categories()));
        }
    },
    /** Σ cost categories = Σ funders (the agreement amount), to the won. */
    BUDGET_RECONCILES {

        @Override
        Optional<FieldViolation> check(Budget b, Context c) {
            return b.categoryTotal().equals(b.funderTotal())
                    ? Optional.empty()
                    : fail("funders", b.categoryTotal(), b.funderTotal());
        }
    },
    /** The support side equals the amount the selection awarded. */
    SUPPORT_MATCHES_AWARD {

        @Override
        Optional<FieldViolation> check(Budget b, Context c) {
            return b.support().equals(c.grant())
                    ? Optional.empty()
                    : fail("funders", c.grant(), b.support());
        }
    },
    /** Matching funds: the support is at most the cap for the company's size (e.g. 75 % for 중소기업). */
    SUPPORT_SHARE_CAP {

        @Override
        Optional<FieldViolation> check(Budget b, Context c) {
            Integer cap = c.rule().supportCapPercent().get(c.size());
            if (c.rule().mode() != FundingRule.Mode.MATCHING || cap == null) {
                return Optional.empty();
            }
            long total = b.funderTotal().amount();
            return b.support().amount() * 100 <= cap * total
                    ? Optional.empty()
                    : fail("funders[GOVERNMENT]", cap, Won.of(ceilDiv(b.support().amount() * 100, cap)
                            - b.support().amount()));
        }
    },
    /** Matching funds: cash is at least the floor of the company's share (e.g. 10 % for 중소기업). */
    CASH_SHARE_FLOOR {

        @Override
        Optional<FieldViolation> check(Budget b, Context c) {
            Integer floor = c.rule().cashFloorPercent().get(c.size());
            long own = b.companyShare().amount();
            if (c.rule().mode() != FundingRule.Mode.MATCHING || floor == null || own == 0) {
                return Optional.empty();
            }
            return b.of(Funder.COMPANY_CASH).amount() * 100 >= floor * own
                    ? Optional.empty()
                    : fail("funders[COMPANY_CASH]", floor, Won.of(ceilDiv(floor * own, 100)));
        }
    },
    /** Fixed shares (삼성 스마트공장 3.0): each funder's share of the total, to within 1만원. */
    FUNDER_SHARES {

        @Override
        Optional<FieldViolation> check(Budget b, Context c) {
            if (c.rule().mode() != FundingRule.Mode.FIXED_SHARES) {
                return Optional.empty();
            }
            long total = b.funderTotal().amount();
            for (Map.Entry<Funder, Integer> s : c.rule().sharesPercent().entrySet()) {
                long expected = Math.round(total * s.getValue() / 100.0);
                if (Math.abs(b.of(s.getKey()).amount() - expected) > 10_000) {
                    return fail("funders[" + s.getKey() + "]", s.getValue(), Won.of(expected));
                }
            }
            return Optional.empty();
        }
    };

    /** What the rules are checked against: the program's rule, the amount awarded, the company's size. */
    record Context(FundingRule rule, Won grant, CompanySize size) {
    }

    abstract Optional<FieldViolation> check(Budget b, Context c);

    static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }

    String messageKey() {
        return "policy." + name();
    }

    Optional<FieldViolation> fail(String field, Object... args) {
        return Optional.of(new FieldViolation(field, messageKey(), args));
    }

    /** Every broken rule, or nothing; the caller stores nothing when this throws. */
    static void checkAll(Budget b, Context c) {
        List<FieldViolation> broken = new ArrayList<>();
        for (CostSharePolicy p : values()) {
            p.check(b, c).ifPresent(broken::add);
        }
        if (!broken.isEmpty()) {
            throw new InvalidInputException(broken);
        }
    }
}
