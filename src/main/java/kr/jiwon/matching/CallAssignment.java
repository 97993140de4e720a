package kr.jiwon.matching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * the call's tracks. A proposal for the officer; nothing is stored.
 */
@Service
public class CallAssignment {

    private final ApplicationManagement applications;
    private final CallManagement calls;
    private final InstituteManagement institutes;
    private final InstituteMatching matching;
    private final kr.jiwon.companies.CompanyManagement companies;

    CallAssignment(ApplicationManagement applications, CallManagement calls, InstituteManagement institutes,
            InstituteMatching matching, kr.jiwon.companies.CompanyManagement companies) {
        this.companies = companies;
        this.applications = applications;
        this.calls = calls;
        this.institutes = institutes;
        this.matching = matching;
    }

    public AssignmentResult propose(long callId, double timeLimitSeconds) {
        Call call = calls.call(callId);
        List<AssignmentProblem.Request> requests = new ArrayList<>();
        for (Application a : applications.handedIn(callId)) {
            Map<String, Double> fit = new LinkedHashMap<>();
            matching.recommend(new MatchRequest(String.valueOf(a.id()), a.title() + " " + a.bottleneck(),
                    a.technologyFields().values(), a.rootTechnologies().values(),
                    companies.company(a.companyId()).regionCode()), InstituteRequests.CANDIDATES)
                    .forEach(r -> fit.put(r.institute(), r.score()));
            int needed = call.track(a.trackCode()).map(Track::minInstitutes).orElse(1);
            long amount = a.requestedAmount() == null ? 0 : a.requestedAmount().amount();
            requests.add(new AssignmentProblem.Request(String.valueOf(a.id()), amount, needed, fit));
        }
        List<AssignmentProblem.Institute> is = new ArrayList<>();
        for (ResearchInstitute i : institutes.all()) {
            is.add(new AssignmentProblem.Institute(i.shortName(), i.primaryField(), i.capacity(), null));
        }
        return new Assignment(timeLimitSeconds).solve(new AssignmentProblem(requests, is));
    }
}
