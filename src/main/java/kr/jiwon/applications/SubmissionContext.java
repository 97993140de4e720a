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
 * applications to the same call.
 */
record SubmissionContext(Application application, Call call, Company company, Region region, int documentCount,
        Instant now, Instant startedAt, int otherHandedIn, Predicate<String> knownInstitute,
        Predicate<String> knownRootTechnology, java.util.Set<String> filledSlots) {

    Optional<Track> track() {
        return application.trackCode() == null ? Optional.empty() : call.track(application.trackCode());
    }
}
