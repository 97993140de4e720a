package kr.jiwon.programs;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import kr.jiwon.shared.CompanySize;
import kr.jiwon.shared.Region;
import kr.jiwon.shared.Regions;
import kr.jiwon.shared.TextList;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 맞춤 지원사업 찾기: the calls open now or soon that a company may apply to, sorted by deadline, each with why it
 * fits (requirements met, preferences that favour it) and, for the others, what it lacks.
 */
@Service
@Transactional(readOnly = true)
public class CallFinder {

    /** What the finder needs to know of a company: region (시군구 code), size, 소부장/뿌리 status, fields. */
    public record CompanyProfile(String regionCode, CompanySize size, boolean sobujang, boolean rootCompany,
            TextList fields) {

        public CompanyProfile {
            fields = fields == null ? TextList.EMPTY : fields;
        }
    }

    /** A message key with its arguments. */
    public record Reason(String key, Object[] args) {
    }

    /** A call judged for a profile: eligible or not, why it fits, what it lacks. */
    public record CallFit(Call call, CallPhase phase, boolean eligible, List<Reason> fits, List<Reason> missing) {

        /** Lacks exactly one requirement. */
        public boolean nearMiss() {
            return missing.size() == 1;
        }
    }

    private final CallManagement calls;
    private final Regions regions;
    private final Clock clock;

    CallFinder(CallManagement calls, Regions regions, Clock clock) {
        this.calls = calls;
        this.regions = regions;
        this.clock = clock;
    }

    /** Every call open now or announced to open, judged for the profile, by deadline. */
    public List<CallFit> find(CompanyProfile p) {
        Instant now = clock.instant();
        return calls.calls(CallFilter.published()).stream()
                .filter(c -> c.phase(now) == CallPhase.OPEN || c.phase(now) == CallPhase.UPCOMING)
                .sorted(Comparator.comparing(Call::closesAt))
                .map(c -> judge(c, p, now))
                .toList();
    }

    CallFit judge(Call c, CompanyProfile p, Instant now) {
        Eligibility e = c.eligibility();
        List<Reason> fits = new ArrayList<>();
        List<Reason> missing = new ArrayList<>();
        if (p.size() == null || e.allows(p.size())) {
            fits.add(new Reason("finder.fit.size", new Object[]{sizes(e)}));
        } else {
            missing.add(new Reason("finder.miss.size", new Object[]{sizes(e)}));
        }
        if (e.requiresSobujang()) {
            (p.sobujang() ? fits : missing).add(new Reason(p.sobujang()
                    ? "finder.fit.sobujang"
                    : "finder.miss.sobujang", new Object[0]));
        }
        if (e.requiresRootCompany()) {
            (p.rootCompany() ? fits : missing).add(new Reason(p.rootCompany() ? "finder.fit.root" : "finder.miss.root",
                    new Object[0]));
        }
        String regionName = p.regionCode() == null ? "" : regions.nameOf(p.regionCode());
        if (e.allowedRegions().isEmpty()) {
            fits.add(new Reason("finder.fit.nationwide", new Object[0]));
        } else if (p.regionCode() != null
                && e.allowedRegions().values().stream().anyMatch(a -> regions.contains(a, p.regionCode()))) {
            fits.add(new Reason("finder.fit.region", new Object[]{regionName}));
        } else {
            missing.add(new Reason("finder.miss.region", new Object[]{String.join(", ",
                    e.allowedRegions().values().stream().map(regions::nameOf).toList())}));
        }
        boolean decline = p.regionCode() != null && regions.find(p.regionCode()).map(Region::declineArea)
                .orElse(false);
        if (e.prioritizesDeclineAreas() && decline) {
            fits.add(new Reason("finder.prefer.declineArea", new Object[]{regionName}));
        }
        if (p.regionCode() != null
                && e.priorityRegions().values().stream().anyMatch(a -> regions.contains(a, p.regionCode()))) {
            fits.add(new Reason("finder.prefer.region", new Object[]{regionName}));
        }
        List<String> shared = p.fields().values().stream().filter(e.priorityFields()::containsIgnoreCase).toList();
        if (!shared.isEmpty()) {
            fits.add(new Reason("finder.prefer.fields", new Object[]{String.join(", ", shared)}));
        }
        if (c.phase(now) == CallPhase.UPCOMING) {
            fits.add(new Reason("finder.upcoming", new Object[0]));
        }
        return new CallFit(c, c.phase(now), missing.isEmpty(), List.copyOf(fits), List.copyOf(missing));
    }

    /** The size classes a call admits, as a message argument (named in the reader's language). */
    private static List<Object> sizes(Eligibility e) {
        return e.sizeClasses().values().stream().<Object>map(s -> {
            try {
                return kr.jiwon.shared.CompanySize.valueOf(s);
            } catch (IllegalArgumentException unknown) {
                return s;
            }
        }).toList();
    }
}
