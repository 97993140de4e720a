package kr.jiwon.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The conflict-of-interest policies, all on structured identifiers: the reviewer works for the applicant; works
 * for an institute involved in the application; declared a conflict with either; ran a joint project with the
 * applicant that ended less than three years ago.
 */
final class ConflictPolicies {

    static final int JOINT_PROJECT_YEARS = 3;

    static final List<ConflictPolicy> ALL = List.of(
            policy("SAME_ORGANISATION", (r, c, today) -> r.affiliationBrns().contains(c.companyBrn())
                    ? Optional.of(conflict("SAME_ORGANISATION", "conflict.sameOrganisation", c.companyBrn()))
                    : Optional.empty()),
            policy("SAME_INSTITUTE", (r, c, today) -> r.instituteCodes().values().stream()
                    .filter(c.institutes()::contains).findFirst()
                    .map(code -> conflict("SAME_INSTITUTE", "conflict.sameInstitute", code))),
            policy("DECLARED", (r, c, today) -> r.declaredConflicts().stream()
                    .filter(d -> c.companyBrn().equals(d.brn()) || c.institutes().contains(d.instituteCode()))
                    .findFirst()
                    .map(d -> conflict("DECLARED", "conflict.declared", d.reason()))),
            policy("JOINT_PROJECT", (r, c, today) -> r.jointProjects().stream()
                    .filter(p -> p.partnerBrn().equals(c.companyBrn()))
                    .filter(p -> !p.endedOn().isBefore(today.minusYears(JOINT_PROJECT_YEARS)))
                    .findFirst()
                    .map(p -> conflict("JOINT_PROJECT", "conflict.jointProject",
                            p.title() + " (" + p.endedOn() + ")"))));

    private ConflictPolicies() {
    }

    interface Rule {

        Optional<Conflict> check(Reviewer r, ReviewCase c, LocalDate today);
    }

    private static ConflictPolicy policy(String name, Rule rule) {
        return new ConflictPolicy() {

            @Override
            public String name() {
                return name;
            }

            @Override
            public Optional<Conflict> check(Reviewer reviewer, ReviewCase c, LocalDate today) {
                return rule.check(reviewer, c, today);
            }
        };
    }

    private static Conflict conflict(String policy, String key, String matched) {
        return new Conflict(policy, key, matched, null);
    }

    /** Every policy's finding for the pair, in policy order. */
    static List<Conflict> findAll(Reviewer r, ReviewCase c, LocalDate today) {
        return ALL.stream().flatMap(p -> p.check(r, c, today).stream()).toList();
    }
}
