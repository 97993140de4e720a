package kr.jiwon.applications;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;
import kr.jiwon.companies.Company;
import kr.jiwon.programs.Call;
import kr.jiwon.programs.Track;
import kr.jiwon.shared.Region;

/**
 * Everything the eligibility policies look at when an application is submitted. {@code startedAt} is when the
 * submitting request began (for grace periods); {@code otherHandedIn} counts the company's other handed-in
 * applications to the same call; {@code region} is the head office's, {@code site} the plant's (the head office's
 * when no plant is given); {@code restrictions} are the company's 참여제한 holding on the day; {@code funded} its
 * applications selected in other calls.
 */
record SubmissionContext(Application application, Call call, Company company, Region region, int documentCount,
        Instant now, Instant startedAt, int otherHandedIn, Predicate<String> knownInstitute,
        Predicate<String> knownRootTechnology, java.util.Set<String> filledSlots, Region site,
        java.util.List<kr.jiwon.companies.ParticipationRestriction> restrictions, java.util.List<Funded> funded) {

    /** An application of the same company selected in another call: where, its receipt, title and bottleneck. */
    record Funded(String callTitle, String receiptNumber, String title, String bottleneck) {
    }

    SubmissionContext(Application application, Call call, Company company, Region region, int documentCount,
            Instant now, Instant startedAt, int otherHandedIn, Predicate<String> knownInstitute,
            Predicate<String> knownRootTechnology, java.util.Set<String> filledSlots) {
        this(application, call, company, region, documentCount, now, startedAt, otherHandedIn, knownInstitute,
                knownRootTechnology, filledSlots, region, java.util.List.of(), java.util.List.of());
    }

    Optional<Track> track() {
        return application.trackCode() == null ? Optional.empty() : call.track(application.trackCode());
    }
}
