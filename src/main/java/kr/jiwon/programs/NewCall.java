package kr.jiwon.programs;

import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kr.jiwon.shared.CompanySize;
import kr.jiwon.shared.Regions;
import kr.jiwon.shared.TextList;
import kr.jiwon.shared.Violations;
import kr.jiwon.shared.Won;

/**
 * What an officer gives to create a call. The window is given in Seoul wall-clock time ("2025-03-31T18:00");
 * {@code graceMinutes} (default 0), {@code minOwnContributionPercent} (default none) and
 * {@code instituteResponseDays} (days an institute has to answer a request; default 5) are optional;
 * {@code ruleOverrideReason} is why the call departs from its program's track rules, when it does.
 */
public record NewCall(Long programId, Integer round, String title, String summary, Won budget,
        Integer expectedProjects, LocalDateTime opensAt, LocalDateTime closesAt, List<NewTrack> tracks,
        NewEligibility eligibility, Integer graceMinutes, Integer minOwnContributionPercent,
        Integer instituteResponseDays, String ruleOverrideReason, CallNotice notice, List<NewCostShare> costShares) {

    /** A funder's part of the total cost as given; {@code company} marks the applying company's own part. */
    public record NewCostShare(String funder, Integer percent, Boolean company) {

        CostShare toCostShare() {
            return new CostShare(funder.strip(), percent, Boolean.TRUE.equals(company));
        }
    }

    public NewCall(Long programId, Integer round, String title, String summary, Won budget, Integer expectedProjects,
            LocalDateTime opensAt, LocalDateTime closesAt, List<NewTrack> tracks, NewEligibility eligibility,
            Integer graceMinutes, Integer minOwnContributionPercent, Integer instituteResponseDays,
            String ruleOverrideReason, CallNotice notice) {
        this(programId, round, title, summary, budget, expectedProjects, opensAt, closesAt, tracks, eligibility,
                graceMinutes, minOwnContributionPercent, instituteResponseDays, ruleOverrideReason, notice, null);
    }

    /** Eligibility as given; every list may be omitted. Size classes default to 중소기업. */
    public record NewEligibility(TextList sizeClasses, Boolean requiresSobujang, Boolean requiresRootCompany,
            TextList allowedRegions, Boolean prioritizesDeclineAreas, TextList priorityRegions,
            TextList priorityFields, TextList declarations, Boolean prioritizesConvergent) {

        public NewEligibility(TextList sizeClasses, Boolean requiresSobujang, Boolean requiresRootCompany,
                TextList allowedRegions, Boolean prioritizesDeclineAreas, TextList priorityRegions,
                TextList priorityFields) {
            this(sizeClasses, requiresSobujang, requiresRootCompany, allowedRegions, prioritizesDeclineAreas,
                    priorityRegions, priorityFields, null, null);
        }

        public NewEligibility(TextList sizeClasses, Boolean requiresSobujang, Boolean requiresRootCompany,
                TextList allowedRegions, Boolean prioritizesDeclineAreas, TextList priorityRegions,
                TextList priorityFields, TextList declarations) {
            this(sizeClasses, requiresSobujang, requiresRootCompany, allowedRegions, prioritizesDeclineAreas,
                    priorityRegions, priorityFields, declarations, null);
        }

        Eligibility toEligibility() {
            return new Eligibility(sizeClasses, Boolean.TRUE.equals(requiresSobujang),
                    Boolean.TRUE.equals(requiresRootCompany), allowedRegions,
                    Boolean.TRUE.equals(prioritizesDeclineAreas), priorityRegions, priorityFields,
                    declarations == null
                            ? TextList.EMPTY
                            : TextList.of(declarations.values().stream().map(String::strip)
                                    .map(String::toUpperCase).toList()),
                    Boolean.TRUE.equals(prioritizesConvergent));
        }
    }

    static final int DEFAULT_RESPONSE_DAYS = 5;

    public NewCall {
        tracks = tracks == null ? List.of() : tracks;
        ruleOverrideReason = ruleOverrideReason == null || ruleOverrideReason.isBlank()
                ? null
                : ruleOverrideReason.strip();
        notice = notice == null ? CallNotice.NONE : notice;
        costShares = costShares == null ? List.of() : costShares;
    }

    /** A call with a reason to depart from its program's rules but no notice details. */
    public NewCall(Long programId, Integer round, String title, String summary, Won budget, Integer expectedProjects,
            LocalDateTime opensAt, LocalDateTime closesAt, List<NewTrack> tracks, NewEligibility eligibility,
            Integer graceMinutes, Integer minOwnContributionPercent, Integer instituteResponseDays,
            String ruleOverrideReason) {
        this(programId, round, title, summary, budget, expectedProjects, opensAt, closesAt, tracks, eligibility,
                graceMinutes, minOwnContributionPercent, instituteResponseDays, ruleOverrideReason, null);
    }

    /** A call that follows its program's rules (no reason to depart from them). */
    public NewCall(Long programId, Integer round, String title, String summary, Won budget, Integer expectedProjects,
            LocalDateTime opensAt, LocalDateTime closesAt, List<NewTrack> tracks, NewEligibility eligibility,
            Integer graceMinutes, Integer minOwnContributionPercent, Integer instituteResponseDays) {
        this(programId, round, title, summary, budget, expectedProjects, opensAt, closesAt, tracks, eligibility,
                graceMinutes, minOwnContributionPercent, instituteResponseDays, null, null);
    }

    void validate(Regions regions) {
        Violations v = new Violations()
                .check(programId != null, "programId", "field.required")
                .check(round != null && round >= 1 && round <= 20, "round", "call.round.invalid")
                .check(title != null && !title.isBlank(), "title", "field.required")
                .check(title == null || title.length() <= 200, "title", "field.tooLong", 200)
                .check(summary == null || summary.length() <= 4000, "summary", "field.tooLong", 4000)
                .check(ruleOverrideReason == null || ruleOverrideReason.length() <= 1000, "ruleOverrideReason",
                        "field.tooLong", 1000)
                .check(budget != null && budget.amount() > 0, "budget", "won.positive")
                .check(expectedProjects == null || expectedProjects > 0, "expectedProjects", "field.positive")
                .check(opensAt != null, "opensAt", "field.required")
                .check(closesAt != null, "closesAt", "field.required")
                .check(opensAt == null || closesAt == null || closesAt.isAfter(opensAt), "closesAt",
                        "call.closeNotAfterOpen")
                .check(!tracks.isEmpty(), "tracks", "call.noTracks")
                .check(graceMinutes == null || graceMinutes >= 0 && graceMinutes <= 120, "graceMinutes",
                        "call.graceMinutes")
                .check(minOwnContributionPercent == null || minOwnContributionPercent >= 0
                        && minOwnContributionPercent <= 100, "minOwnContributionPercent", "call.ownContribution")
                .check(instituteResponseDays == null || instituteResponseDays >= 1 && instituteResponseDays <= 60,
                        "instituteResponseDays", "call.responseDays");
        validateNotice(v);
        validateTracks(v);
        validateEligibility(v, regions);
        validateCostShares(v);
        v.throwIfAny();
    }

    /**
     * Cost shares, when given: each funder named with a percentage, together 100 %, exactly one of them the
     * company's own part — which then is the call's minimum own contribution (a different figure beside it is refused).
     */
    private void validateCostShares(Violations v) {
        if (costShares.isEmpty()) {
            return;
        }
        int sum = 0;
        int companies = 0;
        for (int i = 0; i < costShares.size(); i++) {
            NewCostShare c = costShares.get(i);
            String at = "costShares[" + i + "].";
            v.check(c.funder() != null && !c.funder().isBlank(), at + "funder", "field.required");
            v.check(c.funder() == null || c.funder().strip().length() <= 100, at + "funder", "field.tooLong", 100);
            v.check(c.percent() != null && c.percent() >= 1 && c.percent() <= 100, at + "percent",
                    "costShare.percent");
            sum += c.percent() == null ? 0 : c.percent();
            companies += Boolean.TRUE.equals(c.company()) ? 1 : 0;
        }
        v.check(sum == 100, "costShares", "costShare.sum", String.valueOf(sum));
        v.check(companies == 1, "costShares", "costShare.oneCompany");
        costShares.stream().filter(c -> Boolean.TRUE.equals(c.company()) && c.percent() != null).findFirst()
                .ifPresent(c -> v.check(minOwnContributionPercent == null
                        || minOwnContributionPercent.equals(c.percent()), "minOwnContributionPercent",
                        "costShare.ownMismatch", String.valueOf(minOwnContributionPercent),
                        String.valueOf(c.percent())));
    }

    private void validateTracks(Violations v) {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < tracks.size(); i++) {
            NewTrack t = tracks.get(i);
            String at = "tracks[" + i + "].";
            if (t == null) {
                v.add("tracks[" + i + "]", "field.required");
                continue;
            }
            t.validate(v, at, codes);
            if (budget != null && t.cap() != null) {
                v.check(!t.cap().exceeds(budget), at + "cap", "track.capAboveBudget", t.cap(), budget);
            }
            if (t.budget() != null) {
                v.check(t.budget().amount() > 0, at + "budget", "won.positive");
                v.check(budget == null || !t.budget().exceeds(budget), at + "budget", "track.budgetAboveRound",
                        t.budget(), budget == null ? "" : budget);
                v.check(t.cap() == null || !t.cap().exceeds(t.budget()), at + "cap", "track.capAboveTrackBudget",
                        t.cap() == null ? "" : t.cap(), t.budget());
            }
        }
    }

    private void validateNotice(Violations v) {
        List<String> docs = notice.requiredDocuments().values();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < docs.size(); i++) {
            String d = docs.get(i);
            v.check(d.length() <= 100, "requiredDocuments[" + i + "]", "field.tooLong", 100);
            v.check(seen.add(d.strip()), "requiredDocuments[" + i + "]", "call.documentTwice", d);
        }
        v.check(docs.size() <= 20, "requiredDocuments", "call.tooManyDocuments", 20);
        v.check(notice.contactName() == null || notice.contactName().length() <= 100, "contactName",
                "field.tooLong", 100);
        v.check(notice.contactPhone() == null || notice.contactPhone().matches("[0-9+()\\- ]{7,40}"),
                "contactPhone", "call.contactPhone");
    }

    private void validateEligibility(Violations v, Regions regions) {
        if (eligibility == null) {
            return;
        }
        List<String> sizes = eligibility.sizeClasses() == null ? List.of() : eligibility.sizeClasses().values();
        for (int i = 0; i < sizes.size(); i++) {
            String s = sizes.get(i);
            v.check(java.util.Arrays.stream(CompanySize.values()).anyMatch(c -> c.name().equals(s)),
                    "eligibility.sizeClasses[" + i + "]", "companySize.unknown", s);
        }
        checkRegions(v, regions, eligibility.allowedRegions(), "eligibility.allowedRegions");
        checkRegions(v, regions, eligibility.priorityRegions(), "eligibility.priorityRegions");
        List<String> declared = eligibility.declarations() == null ? List.of() : eligibility.declarations().values();
        for (int i = 0; i < declared.size(); i++) {
            v.check(Declaration.find(declared.get(i)) != null, "eligibility.declarations[" + i + "]",
                    "declaration.unknown", declared.get(i));
        }
    }

    private static void checkRegions(Violations v, Regions regions, TextList codes, String field) {
        List<String> list = codes == null ? List.of() : codes.values();
        for (int i = 0; i < list.size(); i++) {
            v.check(regions.isKnown(list.get(i)), field + "[" + i + "]", "region.unknown", list.get(i));
        }
    }
}
