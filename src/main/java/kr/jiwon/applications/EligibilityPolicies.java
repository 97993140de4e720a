package kr.jiwon.applications;

import java.util.ArrayList;
import java.util.List;
import kr.jiwon.programs.Eligibility;
import kr.jiwon.programs.Track;
import kr.jiwon.shared.FieldViolation;
import kr.jiwon.shared.SeoulTime;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * The rules every submission is checked against. All are run, so the applicant sees every failure at once, each
 * beside its field.
 */
@Component
class EligibilityPolicies {

    private static final java.time.format.DateTimeFormatter CLOSE = java.time.format.DateTimeFormatter
            .ofPattern("yyyy.MM.dd HH:mm");

    private final List<EligibilityPolicy> policies = List.of(
            policy("open-window", EligibilityPolicies::openWindow),
            policy("complete", EligibilityPolicies::complete),
            policy("size-class", EligibilityPolicies::sizeClass),
            policy("required-status", EligibilityPolicies::requiredStatus),
            policy("region", EligibilityPolicies::region),
            policy("one-per-company", EligibilityPolicies::onePerCompany),
            policy("amount-within-cap", EligibilityPolicies::amountWithinCap),
            policy("duration-within-track", EligibilityPolicies::durationWithinTrack),
            policy("own-contribution", EligibilityPolicies::ownContribution),
            policy("track-prerequisites", this::prerequisites),
            policy("named-institutes", EligibilityPolicies::namedInstitutes),
            policy("declarations", EligibilityPolicies::declarations),
            policy("participation-restriction", EligibilityPolicies::participationRestriction),
            policy("duplicate-funding", EligibilityPolicies::duplicateFunding));

    private final org.springframework.beans.factory.ObjectProvider<TrackPrerequisite> prerequisites;

    /** Only the call's own rules (unit tests). */
    EligibilityPolicies() {
        this(null);
    }

    @org.springframework.beans.factory.annotation.Autowired
    EligibilityPolicies(org.springframework.beans.factory.ObjectProvider<TrackPrerequisite> prerequisites) {
        this.prerequisites = prerequisites;
    }

    private List<FieldViolation> prerequisites(SubmissionContext c) {
        if (prerequisites == null || c.application().trackCode() == null || c.track().isEmpty()) {
            return List.of();
        }
        List<FieldViolation> out = new ArrayList<>();
        prerequisites.orderedStream().forEach(p -> out.addAll(p.check(c.company().id(), c.call(),
                c.application().trackCode())));
        return out;
    }

    List<EligibilityPolicy> all() {
        return policies;
    }

    List<FieldViolation> check(SubmissionContext ctx) {
        List<FieldViolation> result = new ArrayList<>();
        policies.forEach(p -> result.addAll(p.check(ctx)));
        return result;
    }

    /** Every rule on the content and the company, leaving out the window (for 요건검토 after the close). */
    List<FieldViolation> checkContent(SubmissionContext ctx) {
        List<FieldViolation> result = new ArrayList<>();
        policies.stream().filter(p -> !p.name().equals("open-window")).forEach(p -> result.addAll(p.check(ctx)));
        return result;
    }

    private static EligibilityPolicy policy(String name,
            java.util.function.Function<SubmissionContext, List<FieldViolation>> rule) {
        return new EligibilityPolicy() {

            @Override
            public String name() {
                return name;
            }

            @Override
            public List<FieldViolation> check(SubmissionContext ctx) {
                return rule.apply(ctx);
            }
        };
    }

    private static FieldViolation v(String field, String key, Object... args) {
        return new FieldViolation(field, key, args);
    }

    static List<FieldViolation> openWindow(SubmissionContext c) {
        if (c.call().acceptsSubmission(c.now(), c.startedAt())) {
            return List.of();
        }
        if (c.now().isBefore(c.call().opensAt())) {
            return List.of(v("call", "eligibility.notYetOpen", SeoulTime.toLocal(c.call().opensAt()).format(CLOSE)));
        }
        return List.of(v("call", "eligibility.closed", SeoulTime.toLocal(c.call().closesAt()).format(CLOSE)));
    }

    static List<FieldViolation> complete(SubmissionContext c) {
        Application a = c.application();
        List<FieldViolation> out = new ArrayList<>();
        if (a.title() == null || a.title().isBlank()) {
            out.add(v("title", "field.required"));
        }
        if (a.bottleneck() == null || a.bottleneck().strip().length() < 20) {
            out.add(v("bottleneck", "eligibility.bottleneckTooShort", 20));
        }
        if (a.content().contactName() == null) {
            out.add(v("contactName", "field.required"));
        }
        if (a.content().contactPhone() == null || !a.content().contactPhone().matches("[0-9+() -]{8,20}")) {
            out.add(v("contactPhone", "eligibility.phone"));
        }
        if (a.contactEmail() == null || !a.contactEmail().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            out.add(v("contactEmail", "account.email"));
        }
        java.util.List<String> required = c.call().notice().requiredDocuments().values();
        if (required.isEmpty() && c.documentCount() == 0) {
            out.add(v("documents", "eligibility.noDocuments"));
        }
        required.stream().filter(d -> !c.filledSlots().contains(d))
                .forEach(d -> out.add(v("documents", "eligibility.missingDocument", d)));
        a.desiredInstitutes().values().stream().filter(i -> !c.knownInstitute().test(i))
                .forEach(i -> out.add(v("desiredInstitutes", "institute.notFound", i)));
        a.rootTechnologies().values().stream().filter(r -> !c.knownRootTechnology().test(r))
                .forEach(r -> out.add(v("rootTechnologies", "rootTechnology.unknown", r)));
        return out;
    }

    static List<FieldViolation> sizeClass(SubmissionContext c) {
        Eligibility e = c.call().eligibility();
        if (e.allows(c.company().size())) {
            return List.of();
        }
        return List.of(v("company", "eligibility.sizeClass",
                new DefaultMessageSourceResolvable(c.company().size().messageKey())));
    }

    /**
     * A status the call requires counts only with its evidence: the company's 확인서 number, not a ticked box (a
     * company that ticked it without the number is told where to enter it).
     */
    static List<FieldViolation> requiredStatus(SubmissionContext c) {
        List<FieldViolation> out = new ArrayList<>();
        if (c.call().eligibility().requiresSobujang()) {
            if (!c.company().sobujang()) {
                out.add(v("company", "eligibility.sobujangRequired"));
            } else if (!c.company().sobujangConfirmed()) {
                out.add(v("company", "eligibility.sobujangEvidence"));
            }
        }
        if (c.call().eligibility().requiresRootCompany()) {
            if (!c.company().rootCompany()) {
                out.add(v("company", "eligibility.rootRequired"));
            } else if (!c.company().rootCompanyConfirmed()) {
                out.add(v("company", "eligibility.rootEvidence"));
            }
        }
        return out;
    }

    /** A call limited to regions takes a company whose head office or plant (사업장) lies in one of them. */
    static List<FieldViolation> region(SubmissionContext c) {
        List<String> allowed = c.call().eligibility().allowedRegions().values();
        boolean ok = allowed.isEmpty() || allowed.stream().anyMatch(a -> a.equals(c.region().code())
                || a.equals(c.region().sidoCode()) || a.equals(c.site().code()) || a.equals(c.site().sidoCode()));
        return ok ? List.of() : List.of(v("company", "eligibility.region", c.site().name()));
    }

    /** A track whose rules ask for research institutes (융합형: two or more) needs that many named at submit. */
    static List<FieldViolation> namedInstitutes(SubmissionContext c) {
        if (c.track().isEmpty() || c.track().get().minInstitutes() <= 1) {
            return List.of();
        }
        Track t = c.track().get();
        int named = c.application().desiredInstitutes().values().size();
        return named >= t.minInstitutes()
                ? List.of()
                : List.of(v("desiredInstitutes", "eligibility.institutesRequired", t.name(),
                        String.valueOf(t.minInstitutes()), String.valueOf(named)));
    }

    /** Each 확인·서약 the call asks for must be confirmed on the application. */
    static List<FieldViolation> declarations(SubmissionContext c) {
        return c.call().eligibility().requiredDeclarations().stream()
                .filter(d -> !c.application().content().declarations().contains(d.name()))
                .map(d -> v("declarations", "eligibility.declarationMissing",
                        new DefaultMessageSourceResolvable("declaration.short." + d.name())))
                .toList();
    }

    /** A company under 참여제한 on the day it submits cannot apply (checked again at 요건검토). */
    static List<FieldViolation> participationRestriction(SubmissionContext c) {
        return c.restrictions().stream().map(r -> v("company", "eligibility.restricted",
                SeoulTime.notice(r.startsOn()), SeoulTime.notice(r.endsOn()), r.basis())).toList();
    }

    /**
     * The same project cannot be funded twice: an application whose title, or whose bottleneck in substance, is the
     * same as one of the company's applications selected in another call is refused, naming that call.
     */
    static List<FieldViolation> duplicateFunding(SubmissionContext c) {
        Application a = c.application();
        return c.funded().stream()
                .filter(f -> sameText(f.title(), a.title()) || similar(f.bottleneck(), a.bottleneck()) >= 0.8)
                .map(f -> v("title", "eligibility.duplicateFunding", f.callTitle(), f.receiptNumber()))
                .toList();
    }

    private static boolean sameText(String x, String y) {
        return x != null && y != null && !normal(x).isEmpty() && normal(x).equals(normal(y));
    }

    /** What separates words in a title or bottleneck: spaces, punctuation, Korean middle dots and quotes. */
    private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile("[\\s\\p{Punct}·“”‘’]+");

    private static String normal(String s) {
        return SEPARATORS.matcher(s).replaceAll("").toLowerCase(java.util.Locale.ROOT);
    }

    /** Jaccard similarity of the two texts' words (two characters or more). */
    static double similar(String x, String y) {
        java.util.Set<String> a = words(x);
        java.util.Set<String> b = words(y);
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        java.util.Set<String> both = new java.util.HashSet<>(a);
        both.retainAll(b);
        java.util.Set<String> any = new java.util.HashSet<>(a);
        any.addAll(b);
        return (double) both.size() / any.size();
    }

    private static java.util.Set<String> words(String s) {
        if (s == null) {
            return java.util.Set.of();
        }
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : SEPARATORS.split(s)) {
            if (w.length() >= 2) {
                out.add(w.toLowerCase(java.util.Locale.ROOT));
            }
        }
        return out;
    }

    static List<FieldViolation> onePerCompany(SubmissionContext c) {
        return c.otherHandedIn() == 0 ? List.of() : List.of(v("call", "eligibility.alreadyApplied"));
    }

    static List<FieldViolation> amountWithinCap(SubmissionContext c) {
        if (c.track().isEmpty()) {
            return List.of(v("trackCode", "eligibility.unknownTrack", c.application().trackCode()));
        }
        Track t = c.track().get();
        var amount = c.application().requestedAmount();
        if (amount == null || amount.amount() == 0) {
            return List.of(v("requestedAmount", "won.positive"));
        }
        return amount.exceeds(t.cap())
                ? List.of(v("requestedAmount", "eligibility.overCap", amount, t.name(), t.cap()))
                : List.of();
    }

    static List<FieldViolation> durationWithinTrack(SubmissionContext c) {
        if (c.track().isEmpty()) {
            return List.of();
        }
        Integer months = c.application().durationMonths();
        int max = c.track().get().maxMonths();
        if (months == null || months < 1) {
            return List.of(v("durationMonths", "field.required"));
        }
        return months > max ? List.of(v("durationMonths", "eligibility.tooLong", months, max)) : List.of();
    }

    /**
     * The company's own part: at least the call's share of the amount asked for, or — when funders share the total
     * cost (총사업비 = asked + own) — at least its share of that total; the cash part, if given, at most the own part.
     */
    static List<FieldViolation> ownContribution(SubmissionContext c) {
        Integer pct = c.call().minOwnContributionPercent();
        var amount = c.application().requestedAmount();
        var own = c.application().ownContribution();
        var cash = c.application().content().ownCash();
        List<FieldViolation> out = new ArrayList<>();
        if (cash != null && (own == null || cash.amount() > own.amount())) {
            out.add(v("ownCash", "eligibility.cashOverOwn", cash, own == null ? kr.jiwon.shared.Won.of(0) : own));
        }
        if (pct == null || pct == 0 || amount == null) {
            return out;
        }
        if (c.call().ownShareOfTotal() && pct < 100) {
            // own ≥ pct % of (asked + own)  ⇔  own ≥ asked × pct / (100 − pct)
            long required = (amount.amount() * pct + (100 - pct) - 1) / (100 - pct);
            if (own == null || own.amount() < required) {
                out.add(v("ownContribution", "eligibility.ownShareOfTotal", pct, amount,
                        kr.jiwon.shared.Won.of(required)));
            }
            return out;
        }
        long required = (amount.amount() * pct + 99) / 100;
        if (own == null || own.amount() < required) {
            out.add(v("ownContribution", "eligibility.ownContribution", pct, kr.jiwon.shared.Won.of(required)));
        }
        return out;
    }
}
