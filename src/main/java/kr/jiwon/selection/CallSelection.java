package kr.jiwon.selection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.jiwon.applications.Application;
import kr.jiwon.applications.ApplicationManagement;
import kr.jiwon.applications.ApplicationStatus;
import kr.jiwon.companies.Company;
import kr.jiwon.companies.CompanyManagement;
import kr.jiwon.institutes.InstituteManagement;
import kr.jiwon.matching.InstituteRequests;
import kr.jiwon.programs.Call;
import kr.jiwon.programs.CallManagement;
import kr.jiwon.programs.Track;
import kr.jiwon.review.ApplicationScore;
import kr.jiwon.review.ScoreAggregation;
import kr.jiwon.shared.Regions;
import kr.jiwon.shared.Won;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A call's selection from its reviewed applications: builds the instance (budget, track caps and budgets, minimum
 * score, the 인구감소지역 share, one project per company, institute capacity), solves it exactly and greedily, and
 * explains every application's outcome.
 */
@Service
@Transactional(readOnly = true)
public class CallSelection {

    static final String DECLINE_AREA = "DECLINE_AREA";
    static final double TIME_LIMIT_SECONDS = 10;

    private final CallManagement calls;
    private final ApplicationManagement applications;
    private final CompanyManagement companies;
    private final InstituteManagement institutes;
    private final InstituteRequests requests;
    private final ScoreAggregation scores;
    private final Regions regions;
    private final io.micrometer.core.instrument.Timer solving;

    CallSelection(CallManagement calls, ApplicationManagement applications, CompanyManagement companies,
            InstituteManagement institutes, InstituteRequests requests, ScoreAggregation scores,
            Regions regions, io.micrometer.core.instrument.MeterRegistry meters) {
        this.solving = io.micrometer.core.instrument.Timer.builder("jiwon.selection.solve")
                .description("Time to solve a call's selection exactly").register(meters);
        this.calls = calls;
        this.applications = applications;
        this.companies = companies;
        this.institutes = institutes;
        this.requests = requests;
        this.scores = scores;
        this.regions = regions;
    }

    /** Starting parameters: the call's budget, 70 points, 30 % for 인구감소지역 if the call favours them, 7 days. */
    public SelectionParameters defaults(long callId) {
        Call call = calls.call(callId);
        return new SelectionParameters(call.budget(), 70,
                call.eligibility().prioritizesDeclineAreas() ? 0.3 : 0, Map.of(), 7);
    }

    /** The optimum and the greedy ranking for these parameters, with an explanation per application. */
    public SelectionComparison compare(long callId, SelectionParameters p) {
        p.validate();
        Call call = calls.call(callId);
        List<Application> apps = applications.handedIn(callId).stream()
                .filter(a -> a.status() == ApplicationStatus.ELIGIBLE).toList();
        checkReductions(apps, p);
        Map<Long, ApplicationScore> scored = scores.scores(callId, p.weights());
        Set<Long> funded = companiesFundedElsewhere(call);
        Map<Long, Facts> facts = new HashMap<>();
        List<SelectionInstance.Candidate> candidates = new ArrayList<>();
        Set<String> involved = new HashSet<>();
        for (Application a : apps) {
            Facts f = facts(call, a, scored.get(a.id()), funded, p.reductions().get(a.id()));
            facts.put(a.id(), f);
            if (f.selectable()) {
                candidates.add(new SelectionInstance.Candidate(String.valueOf(a.id()), String.valueOf(a.companyId()),
                        a.trackCode(), f.amount(), f.score(), f.declineArea() ? List.of(DECLINE_AREA) : List.of(),
                        f.institutes()));
                involved.addAll(f.institutes());
            }
        }
        SelectionInstance instance = new SelectionInstance(p.budget().amount(), p.minScore(), 1,
                call.tracks().stream().map(t -> new SelectionInstance.TrackRule(t.code(), t.cap().amount(),
                        t.budget() == null ? null : t.budget().amount())).toList(),
                p.declineShare() > 0
                        ? List.of(new SelectionInstance.MinShare(DECLINE_AREA, p.declineShare()))
                        : List.of(),
                involved.stream().sorted().map(i -> new SelectionInstance.InstituteRule(i,
                        institutes.find(i).map(r -> r.capacity()).orElse(Integer.MAX_VALUE))).toList(),
                candidates);
        SelectionOptimizer optimizer = new SelectionOptimizer(TIME_LIMIT_SECONDS);
        SelectionResult optimum = solving.record(() -> optimizer.solve(instance));
        SelectionResult greedy = SelectionOptimizer.greedy(instance);
        Set<String> withoutShare = instance.minShares().isEmpty()
                ? Set.of()
                : new HashSet<>(optimizer.solve(withoutShares(instance)).selected());
        Explainer explainer = new Explainer(instance, call, new HashSet<>(optimum.selected()), withoutShare);
        List<SelectionRow> rows = new ArrayList<>();
        for (Application a : apps) {
            Facts f = facts.get(a.id());
            Explainer.Reason why = explainer.explain(a, f);
            rows.add(new SelectionRow(a.id(), a.receiptNumber(), a.title(), f.companyName(), a.trackCode(),
                    Won.of(f.amount() == null ? 0 : f.amount()), Won.of(f.requested() == null ? 0 : f.requested()),
                    f.score(),
                    f.bonusRules(), f.declineArea(), f.institutes(),
                    optimum.selected().contains(String.valueOf(a.id())),
                    greedy.selected().contains(String.valueOf(a.id())), why.key(), why.args()));
        }
        rows.sort(Comparator.comparing(SelectionRow::selected).reversed()
                .thenComparing(r -> r.score() == null ? -1 : r.score(), Comparator.reverseOrder()));
        return new SelectionComparison(callId, p, optimum, greedy, rows, instance);
    }

    /**
     * The confirmed round as it stands, as an instance to complete (추가 선정): the awards held now, kept at the
     * amounts decided; the applications not selected that could have been selected at all (scored, an amount asked,
     * the company not funded in another call of the program, the institutes the track needs accepted), at the
     * amounts asked; under the round's budget now, its minimum score and 인구감소지역 share, one project per company,
     * the call's tracks and the institutes' capacities — the rules the optimiser held when the round was confirmed.
     */
    SelectionInstance standing(Call call, ConfirmedResult result, List<Application> handedIn,
            Map<Long, Decision> latest) {
        Set<Long> funded = companiesFundedElsewhere(call);
        List<SelectionInstance.Candidate> candidates = new ArrayList<>();
        Set<String> involved = new HashSet<>();
        for (Application a : handedIn) {
            boolean held = a.status() == ApplicationStatus.SELECTED;
            if (!held && a.status() != ApplicationStatus.NOT_SELECTED) {
                continue;
            }
            Decision d = latest.get(a.id());
            Facts f = facts(call, a, null, funded,
                    held && d != null && d.amount() != null ? d.amount().amount() : null);
            Double score = d == null ? null : d.score();
            if (held || score != null && f.amount() != null && !f.companyFunded() && f.institutesReady()) {
                SelectionInstance.Candidate c = new SelectionInstance.Candidate(String.valueOf(a.id()),
                        String.valueOf(a.companyId()), a.trackCode(), f.amount() == null ? 0 : f.amount(),
                        score == null ? 0 : score, f.declineArea() ? List.of(DECLINE_AREA) : List.of(),
                        f.institutes());
                candidates.add(held ? c.asKept() : c);
                involved.addAll(f.institutes());
            }
        }
        double share = result.declineShare() == null ? 0 : result.declineShare();
        return new SelectionInstance(result.budget().amount(), result.minScore(), 1,
                call.tracks().stream().map(t -> new SelectionInstance.TrackRule(t.code(), t.cap().amount(),
                        t.budget() == null ? null : t.budget().amount())).toList(),
                share > 0 ? List.of(new SelectionInstance.MinShare(DECLINE_AREA, share)) : List.of(),
                involved.stream().sorted().map(i -> new SelectionInstance.InstituteRule(i,
                        institutes.find(i).map(r -> r.capacity()).orElse(Integer.MAX_VALUE))).toList(),
                candidates);
    }

    /** Solves a round's instance exactly, as the confirmation did (same engine, same time limit). */
    SelectionResult solve(SelectionInstance instance) {
        return solving.record(() -> new SelectionOptimizer(TIME_LIMIT_SECONDS).solve(instance));
    }

    /** A reduced amount (감액) must be for an eligible application of the call and below what it asked for. */
    private static void checkReductions(List<Application> apps, SelectionParameters p) {
        kr.jiwon.shared.Violations v = new kr.jiwon.shared.Violations();
        Map<Long, Application> byId = new HashMap<>();
        apps.forEach(a -> byId.put(a.id(), a));
        p.reductions().forEach((id, amount) -> {
            Application a = byId.get(id);
            if (a == null) {
                v.add("reductions[" + id + "]", "selection.reductionUnknown");
            } else if (a.requestedAmount() == null || amount > a.requestedAmount().amount()) {
                v.add("reductions[" + a.receiptNumber() + "]", "selection.reductionAboveRequest",
                        kr.jiwon.shared.Won.of(amount), a.requestedAmount() == null ? "-" : a.requestedAmount());
            }
        });
        v.throwIfAny();
    }

    /** What selection knows about one application. {@code amount} is what would be funded (after 감액). */
    record Facts(String companyName, Long amount, Long requested, Double score, List<String> bonusRules,
            boolean declineArea, List<String> institutes, int institutesNeeded, int institutesFields,
            boolean companyFunded, boolean complete) {

        /** Whether the institutes the track needs have accepted (융합형: from as many different fields). */
        boolean institutesReady() {
            return institutes.size() >= institutesNeeded
                    && (institutesNeeded < 2 || institutesFields >= institutesNeeded);
        }

        boolean selectable() {
            return score != null && amount != null && !companyFunded && institutesReady();
        }
    }

    private Facts facts(Call call, Application a, ApplicationScore s, Set<Long> funded, Long reduced) {
        Company c = companies.company(a.companyId());
        boolean decline = regions.find(c.siteRegionCode()).map(r -> r.declineArea())
                .orElse(false);
        int needed = call.track(a.trackCode()).map(Track::minInstitutes).orElse(1);
        List<String> accepted = needed == 0 ? List.of() : requests.accepted(a.id());
        int fields = (int) accepted.stream().map(requests::fieldOf).distinct().count();
        Long requested = a.requestedAmount() == null ? null : a.requestedAmount().amount();
        return new Facts(c.name(), reduced != null ? reduced : requested, requested,
                s == null ? null : s.total(), s == null ? List.of() : s.bonusRules(), decline, accepted, needed,
                fields, funded.contains(a.companyId()), s != null && s.complete());
    }

    /** Companies already selected in another call of the same program (one funded project per company). */
    Set<Long> companiesFundedElsewhere(Call call) {
        Set<Long> out = new HashSet<>();
        for (Call other : calls.callsOf(call.programId())) {
            if (!other.id().equals(call.id())) {
                applications.handedIn(other.id()).stream().filter(a -> a.status() == ApplicationStatus.SELECTED)
                        .forEach(a -> out.add(a.companyId()));
            }
        }
        return out;
    }

    private static SelectionInstance withoutShares(SelectionInstance in) {
        return new SelectionInstance(in.budget(), in.minScore(), in.maxPerCompany(), in.tracks(), List.of(),
                in.institutes(), in.applications());
    }

    static Track trackOf(Call call, String code) {
        return call.track(code).orElse(null);
    }
}
