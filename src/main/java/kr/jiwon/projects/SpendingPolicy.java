package kr.jiwon.projects;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import kr.jiwon.shared.FieldViolation;
import kr.jiwon.shared.InvalidInputException;
import kr.jiwon.shared.Won;

/**
 * The named rules of the 사용기준 a spending entry must meet before it is stored: the agreement signed and the
 * project running, a category of the budget, a date inside the project period, the category's budget not exceeded
 * (unless an approved change moved money into it), no evidence used twice (the same file or the same tax invoice,
 * in any project), and prior approval for the categories that need it.
 */
enum SpendingPolicy {

    /** Only while the project runs (agreement signed, not yet in settlement). */
    PROJECT_RUNNING {

        @Override
        Optional<FieldViolation> check(SpendingEntry e, Context c) {
            return c.project().status() == ProjectStatus.IN_PROGRESS ? Optional.empty() : fail("spentOn");
        }
    },
    /** A cost category of the project's budget. */
    CATEGORY_IN_BUDGET {

        @Override
        Optional<FieldViolation> check(SpendingEntry e, Context c) {
            return e.category() != null && c.project().budget().categories().containsKey(e.category())
                    ? Optional.empty()
                    : fail("category", String.join(", ", c.project().budget().categories().keySet()));
        }
    },
    /** Inside the project period (to its termination, if it was ended early) and not in the future. */
    WITHIN_PERIOD {

        @Override
        Optional<FieldViolation> check(SpendingEntry e, Context c) {
            Project p = c.project();
            return e.spentOn() != null && !e.spentOn().isBefore(p.startsOn())
                    && !e.spentOn().isAfter(p.effectiveEnd()) && !e.spentOn().isAfter(c.today())
                            ? Optional.empty()
                            : fail("spentOn", p.startsOn().toString(), p.effectiveEnd().toString());
        }
    },
    /** The category's spending stays within its budget (as changed by approved transfers). */
    WITHIN_CATEGORY_BUDGET {

        @Override
        Optional<FieldViolation> check(SpendingEntry e, Context c) {
            Won budget = c.project().budget().of(e.category());
            Won spent = c.spentIn(e.category());
            return spent.plus(e.amount()).exceeds(budget)
                    ? fail("amount", e.category(), budget, spent)
                    : Optional.empty();
        }
    },
    /** Every entry has evidence: a file (영수증, 세금계산서) or a tax invoice number. */
    EVIDENCE_GIVEN {

        @Override
        Optional<FieldViolation> check(SpendingEntry e, Context c) {
            return e.invoiceNumber() == null && e.evidenceSha256() == null ? fail("evidence") : Optional.empty();
        }
    },
    /** The same file or the same tax invoice number is never used twice, in any project or earlier in an import. */
    NO_DUPLICATE_EVIDENCE {

        @Override
        Optional<FieldViolation> check(SpendingEntry e, Context c) {
            if (e.invoiceNumber() != null && (c.invoiceUsed().test(e.invoiceNumber())
                    || c.earlier().stream().anyMatch(o -> e.invoiceNumber().equals(o.invoiceNumber())))) {
                return fail("invoiceNumber", e.invoiceNumber());
            }
            if (e.evidenceSha256() != null && c.evidenceUsed().test(e.evidenceSha256())) {
                return fail("evidence", e.evidenceSha256().substring(0, 12));
            }
            return Optional.empty();
        }
    },
    /** Categories that need prior approval (사전승인) are spent only up to the approved amounts. */
    PRIOR_APPROVAL {

        @Override
        Optional<FieldViolation> check(SpendingEntry e, Context c) {
            if (!c.rule().needsPriorApproval(e.category())) {
                return Optional.empty();
            }
            Won approved = c.approvals().stream()
                    .filter(a -> a.kind() == AgreementChange.Kind.PRIOR_APPROVAL
                            && a.status() == AgreementChange.Status.APPROVED && e.category().equals(a.fromCategory()))
                    .map(AgreementChange::amount).reduce(Won.ZERO, Won::plus);
            Won spent = c.spentIn(e.category());
            return spent.plus(e.amount()).exceeds(approved)
                    ? fail("category", e.category(), approved)
                    : Optional.empty();
        }
    };

    /**
     * What an entry is checked against: the project (locked), its rule, what it already spent, entries earlier in
     * the same import, approved changes, and whether an invoice number or file hash is already used anywhere.
     */
    record Context(Project project, FundingRule rule, List<Spending> existing, List<SpendingEntry> earlier,
            List<AgreementChange> approvals, Predicate<String> invoiceUsed, Predicate<String> evidenceUsed,
            java.time.LocalDate today) {

        Won spentIn(String category) {
            Won stored = Spending.recognisedIn(existing, category);
            return earlier.stream().filter(s -> category.equals(s.category())).map(SpendingEntry::amount)
                    .reduce(stored, Won::plus);
        }
    }

    abstract Optional<FieldViolation> check(SpendingEntry e, Context c);

    String messageKey() {
        return "policy." + name();
    }

    Optional<FieldViolation> fail(String field, Object... args) {
        return Optional.of(new FieldViolation(field, messageKey(), args));
    }

    /** Every broken rule for the entry (a rule that needs a valid category is skipped when the category is not). */
    static List<FieldViolation> violations(SpendingEntry e, Context c) {
        List<FieldViolation> out = new ArrayList<>();
        for (SpendingPolicy p : values()) {
            boolean needsCategory = p == WITHIN_CATEGORY_BUDGET || p == PRIOR_APPROVAL;
            if (needsCategory && out.stream().anyMatch(v -> v.messageKey().equals(CATEGORY_IN_BUDGET.messageKey()))) {
                continue;
            }
            p.check(e, c).ifPresent(out::add);
        }
        return out;
    }

    static void checkAll(SpendingEntry e, Context c) {
        List<FieldViolation> out = violations(e, c);
        if (!out.isEmpty()) {
            throw new InvalidInputException(out);
        }
    }
}
