package kr.jiwon.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kr.jiwon.applications.Application;
import kr.jiwon.applications.ApplicationManagement;
import kr.jiwon.institutes.InstituteManagement;
import kr.jiwon.institutes.ResearchInstitute;
import kr.jiwon.programs.Call;
import kr.jiwon.programs.CallManagement;
import kr.jiwon.programs.Track;
import org.springframework.stereotype.Service;

/**
 * The optimal assignment for all handed-in applications of a call: fits from the recommender (top candidates),
 * capacities from the institutes' profiles, the convergent track's need for institutes from different fields from
 * the call's tracks. Requests an institute has already accepted stay where they are and use up its capacity;
 * applications ruled out (요건 부적격, 미선정) are not planned and hold no capacity; institutes that already declined a request (or let it expire, or had it withdrawn) are not proposed for it again.
 * {@link #plan} shows the proposal beside the live queue; {@link InstituteRequests#applyPlan} makes it the offers.
 */
@Service
public class CallAssignment {

    private final ApplicationManagement applications;
    private final CallManagement calls;
    private final InstituteManagement institutes;
    private final InstituteMatching matching;
    private final kr.jiwon.companies.CompanyManagement companies;
    private final MatchOffers offers;

    CallAssignment(ApplicationManagement applications, CallManagement calls, InstituteManagement institutes,
            InstituteMatching matching, kr.jiwon.companies.CompanyManagement companies, MatchOffers offers) {
        this.companies = companies;
        this.applications = applications;
        this.calls = calls;
        this.institutes = institutes;
        this.matching = matching;
        this.offers = offers;
    }

    /** The optimal assignment as numbers (the API's proposal); nothing is stored. */
    public AssignmentResult propose(long callId, double timeLimitSeconds) {
        return plan(callId, timeLimitSeconds).result();
    }

    /** One candidate institute for a request, with the recommender's fit. */
    public record Candidate(String institute, String name, String englishName, double fit) {

        public String name(boolean english) {
            return english && englishName != null && !englishName.isBlank() ? englishName : name;
        }
    }

    /**
     * A row of the plan: the request, how many institutes it needs, its candidates (best first), what the optimiser
     * proposes, the institutes holding it now in the live queue (offered or accepted), and whether it is fixed (an
     * institute accepted it).
     */
    public record Row(long applicationId, String receiptNumber, String title, String company, int needed,
            List<Candidate> candidates, List<String> proposed, List<String> current, boolean fixed,
            AssignmentResult.Why unassigned) {
    }

    /** An institute's capacity (a default assumption until someone sets it), its load now and under the plan. */
    public record Load(String institute, String name, String englishName, int capacity, boolean capacityAssumed,
            int current, int planned) {

        public String name(boolean english) {
            return english && englishName != null && !englishName.isBlank() ? englishName : name;
        }

        public boolean over() {
            return planned > capacity;
        }
    }

    /** The proposal for a call: its rows, the institutes' loads and the solver's figures. */
    public record Plan(long callId, List<Row> rows, List<Load> loads, AssignmentResult result) {
    }

    public Plan plan(long callId, double timeLimitSeconds) {
        Call call = calls.call(callId);
        Map<String, ResearchInstitute> byShortName = new LinkedHashMap<>();
        institutes.all().forEach(i -> byShortName.put(i.shortName(), i));
        Map<String, Integer> fixedLoad = new HashMap<>();
        Map<String, Integer> currentLoad = new HashMap<>();
        List<AssignmentProblem.Request> requests = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        Map<Long, Application> handed = new LinkedHashMap<>();
        Map<Long, List<Candidate>> candidates = new HashMap<>();
        Map<Long, List<String>> current = new HashMap<>();
        Map<Long, Boolean> fixed = new HashMap<>();
        Map<Long, Integer> neededBy = new HashMap<>();
        Map<Long, String> companyOf = new HashMap<>();
        for (Application a : applications.handedIn(callId)) {
            int needed = call.track(a.trackCode()).map(Track::minInstitutes).orElse(1);
            if (needed < 1) {
                continue; // the track does not route requests to institutes
            }
            if (a.status().isRuledOut()) {
                // goes no further: not planned, and an acceptance of it sets nothing of the institute aside
                continue;
            }
            handed.put(a.id(), a);
            neededBy.put(a.id(), needed);
            var company = companies.company(a.companyId());
            companyOf.put(a.id(), company.name());
            List<MatchOffer> earlier = offers.findByApplicationIdOrderByIdAsc(a.id());
            List<String> holding = earlier.stream().filter(MatchOffer::isOpen).map(MatchOffer::institute).toList();
            holding.forEach(i -> currentLoad.merge(i, 1, Integer::sum));
            current.put(a.id(), holding);
            Set<String> closed = earlier.stream().filter(o -> !o.isOpen()).map(MatchOffer::institute)
                    .collect(Collectors.toSet());
            boolean accepted = earlier.stream().anyMatch(o -> o.status() == OfferStatus.ACCEPTED);
            fixed.put(a.id(), accepted);
            List<Candidate> list = new ArrayList<>();
            Map<String, Double> fit = new LinkedHashMap<>();
            matching.recommend(new MatchRequest(String.valueOf(a.id()), a.title() + " " + a.bottleneck(),
                    a.technologyFields().values(), a.rootTechnologies().values(), company.regionCode()),
                    InstituteRequests.CANDIDATES).stream().filter(r -> !closed.contains(r.institute())).forEach(r -> {
                        fit.put(r.institute(), r.score());
                        list.add(new Candidate(r.institute(), name(byShortName, r.institute()),
                                englishName(byShortName, r.institute()), r.score()));
                    });
            candidates.put(a.id(), list);
            if (accepted) {
                holding.forEach(i -> fixedLoad.merge(i, 1, Integer::sum));
                continue;
            }
            long amount = a.requestedAmount() == null ? 0 : a.requestedAmount().amount();
            requests.add(new AssignmentProblem.Request(String.valueOf(a.id()), amount, needed, fit));
        }
        List<AssignmentProblem.Institute> is = new ArrayList<>();
        for (ResearchInstitute i : byShortName.values()) {
            is.add(new AssignmentProblem.Institute(i.shortName(), i.primaryField(),
                    Math.max(0, i.capacity() - fixedLoad.getOrDefault(i.shortName(), 0)), null));
        }
        AssignmentResult result = new Assignment(timeLimitSeconds).solve(new AssignmentProblem(requests, is));
        Map<String, Integer> plannedLoad = new HashMap<>(fixedLoad);
        for (Application a : handed.values()) {
            boolean isFixed = fixed.get(a.id());
            List<String> proposed = isFixed
                    ? current.get(a.id())
                    : result.assigned().getOrDefault(String.valueOf(a.id()), List.of());
            if (!isFixed) {
                proposed.forEach(i -> plannedLoad.merge(i, 1, Integer::sum));
            }
            rows.add(new Row(a.id(), a.receiptNumber(), a.title(), companyOf.get(a.id()), neededBy.get(a.id()),
                    candidates.get(a.id()), proposed,
                    current.get(a.id()), isFixed,
                    isFixed ? null : result.unassignedWhy().get(String.valueOf(a.id()))));
        }
        List<Load> loads = new ArrayList<>();
        for (ResearchInstitute i : byShortName.values()) {
            int now = currentLoad.getOrDefault(i.shortName(), 0);
            int planned = plannedLoad.getOrDefault(i.shortName(), 0);
            if (now > 0 || planned > 0) {
                loads.add(new Load(i.shortName(), i.koreanName(), i.englishName(), i.capacity(), i.capacityAssumed(),
                        now, planned));
            }
        }
        return new Plan(callId, rows, loads, result);
    }

    private static String englishName(Map<String, ResearchInstitute> byShortName, String shortName) {
        ResearchInstitute i = byShortName.get(shortName);
        return i == null ? shortName : i.englishName();
    }

    private static String name(Map<String, ResearchInstitute> byShortName, String shortName) {
        ResearchInstitute i = byShortName.get(shortName);
        return i == null ? shortName : i.koreanName();
    }
}
