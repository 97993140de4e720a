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
            policy("track-prerequisites", this::prerequisites));

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

    static List<FieldViolation> requiredStatus(SubmissionContext c) {
        List<FieldViolation> out = new ArrayList<>();
        if (c.call().eligibility().requiresSobujang() && !c.company().sobujang()) {
            out.add(v("company", "eligibility.sobujangRequired"));
        }
        if (c.call().eligibility().requiresRootCompany() && !c.company().rootCompany()) {
            out.add(v("company", "eligibility.rootRequired"));
        }
        return out;
    }

    static List<FieldViolation> region(SubmissionContext c) {
        List<String> allowed = c.call().eligibility().allowedRegions().values();
        boolean ok = allowed.isEmpty() || allowed.stream().anyMatch(a -> a.equals(c.region().code())
                || a.equals(c.region().sidoCode()));
        return ok ? List.of() : List.of(v("company", "eligibility.region", c.region().name()));
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

    static List<FieldViolation> ownContribution(SubmissionContext c) {
        Integer pct = c.call().minOwnContributionPercent();
        var amount = c.application().requestedAmount();
        if (pct == null || pct == 0 || amount == null) {
            return List.of();
        }
        long required = (amount.amount() * pct + 99) / 100;
        var own = c.application().ownContribution();
        return own != null && own.amount() >= required
                ? List.of()
                : List.of(v("ownContribution", "eligibility.ownContribution", pct,
                        kr.jiwon.shared.Won.of(required)));
    }
}
