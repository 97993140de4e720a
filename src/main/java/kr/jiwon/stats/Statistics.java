package kr.jiwon.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.jiwon.applications.ApplicationFigures;
import kr.jiwon.applications.ApplicationStatus;
import kr.jiwon.companies.Company;
import kr.jiwon.companies.CompanyManagement;
import kr.jiwon.programs.Call;
import kr.jiwon.programs.CallFilter;
import kr.jiwon.programs.CallManagement;
import kr.jiwon.programs.Program;
import kr.jiwon.programs.ProgramManagement;
import kr.jiwon.projects.ProjectFigures;
import kr.jiwon.shared.Region;
import kr.jiwon.shared.Regions;
import kr.jiwon.shared.SeoulTime;
import kr.jiwon.shared.Won;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The statistics façade: figures per call, per 시도, company size, track, research institute, program and year and
 * plan, computed on request from what each module publishes — applications its handed-in rows
 * ({@link ApplicationFigures}), projects its per-call sums and institutes' load ({@link ProjectFigures}, summed in
 * its database), matching its queue, companies and regions where a company is, review the 가점 of a call. This module
 * reads no table. Every figure is non-personal (counts and sums); nothing names a company or a person.
 */
@Service
@Transactional(readOnly = true)
public class Statistics {

    static final Set<ApplicationStatus> ELIGIBLE = Set.of(ApplicationStatus.ELIGIBLE, ApplicationStatus.SELECTED,
            ApplicationStatus.NOT_SELECTED, ApplicationStatus.GAVE_UP);

    private final ProgramManagement programs;
    private final CallManagement calls;
    private final ApplicationFigures applications;
    private final CompanyManagement companies;
    private final ProjectFigures projects;
    private final Regions regions;
    private final kr.jiwon.matching.InstituteRequests requests;
    private final kr.jiwon.institutes.InstituteManagement institutes;
    private final kr.jiwon.review.ReviewPlanning reviewPlans;
    private final kr.jiwon.shared.RootTechnologies roots;

    Statistics(ProgramManagement programs, CallManagement calls, ApplicationFigures applications,
            CompanyManagement companies, ProjectFigures projects, Regions regions,
            kr.jiwon.matching.InstituteRequests requests, kr.jiwon.institutes.InstituteManagement institutes,
            kr.jiwon.review.ReviewPlanning reviewPlans, kr.jiwon.shared.RootTechnologies roots) {
        this.reviewPlans = reviewPlans;
        this.roots = roots;
        this.requests = requests;
        this.institutes = institutes;
        this.programs = programs;
        this.calls = calls;
        this.applications = applications;
        this.companies = companies;
        this.projects = projects;
        this.regions = regions;
    }

    /**
     * Everything the statistics page shows, for one filter, from one read of the included calls' applications and
     * their companies (the plans count every call, whatever the filter).
     */
    public record Dashboard(List<CallFigures> calls, List<ProgramFigures> programs, List<PlanFigures> plans,
            List<RegionFigures> regions, List<Breakdown> sizes, List<Breakdown> tracks, List<Breakdown> fields,
            List<Breakdown> roots, List<SigunguFigures> sigungu, List<InstituteFigures> institutes) {
    }

    public Dashboard dashboard(StatsFilter filter) {
        Snapshot s = load(filter);
        List<CallFigures> calls = calls(s);
        List<CallFigures> all = filter.equals(StatsFilter.all()) ? calls : calls(load(StatsFilter.all()));
        return new Dashboard(calls, programs(calls), plans(all), regions(s), sizes(s), tracks(s), fields(s),
                rootTechnologies(s), sigungu(s), institutes(s));
    }

    /** Every published call in figures, newest first (by opening), optionally one program's. */
    public List<CallFigures> calls(String programCode) {
        return calls(StatsFilter.program(programCode));
    }

    /** The published calls the filter includes, in figures. */
    public List<CallFigures> calls(StatsFilter filter) {
        return calls(load(filter));
    }

    private List<CallFigures> calls(Snapshot s) {
        Map<Long, ProjectFigures.CallTotals> projectsByCall = projects.byCall();
        Map<Long, List<Entry>> byCall = new HashMap<>();
        s.entries().forEach(e -> byCall.computeIfAbsent(e.call().call().id(), k -> new ArrayList<>()).add(e));
        List<CallFigures> out = new ArrayList<>();
        for (Included i : s.calls()) {
            out.add(figures(i, byCall.getOrDefault(i.call().id(), List.of()),
                    projectsByCall.getOrDefault(i.call().id(), ProjectFigures.CallTotals.NONE)));
        }
        out.sort(Comparator.comparing((CallFigures f) -> f.year()).reversed()
                .thenComparing(CallFigures::programCode).thenComparing(CallFigures::round));
        return out;
    }

    private CallFigures figures(Included i, List<Entry> entries, ProjectFigures.CallTotals ps) {
        int eligible = 0;
        int selected = 0;
        long requested = 0;
        long selectedRequested = 0;
        int declineHandedIn = 0;
        int declineSelected = 0;
        for (Entry e : entries) {
            boolean decline = declineArea(e.company());
            long amount = e.application().requested() == null ? 0 : e.application().requested().amount();
            requested += amount;
            declineHandedIn += decline ? 1 : 0;
            if (ELIGIBLE.contains(e.application().status())) {
                eligible++;
            }
            if (e.selected()) {
                selected++;
                selectedRequested += amount;
                declineSelected += decline ? 1 : 0;
            }
        }
        Call c = i.call();
        return new CallFigures(c.id(), i.program().code(), i.program().name(), year(c), c.round(), c.title(),
                c.budget(), entries.size(), eligible, selected, Won.of(requested), Won.of(selectedRequested),
                ps.projects(), ps.signed(), ps.committed(), ps.paid(), ps.spent(), declineHandedIn, declineSelected,
                reviewPlans.plan(c.id()).bonus("DECLINE_AREA"));
    }

    /** Applications handed in and selected per 시도 of the company, over the given calls (all published if null). */
    public List<RegionFigures> regions(String programCode) {
        return regions(StatsFilter.program(programCode));
    }

    public List<RegionFigures> regions(StatsFilter filter) {
        return regions(load(filter));
    }

    private List<RegionFigures> regions(Snapshot s) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        regions.sidos().keySet().forEach(code -> counts.put(code, new int[2]));
        for (Entry e : s.entries()) {
            String sido = regions.find(e.company().regionCode()).map(Region::sidoCode).orElse(null);
            if (sido != null && counts.containsKey(sido)) {
                e.count(counts.get(sido));
            }
        }
        Map<String, String> names = regions.sidos();
        return counts.entrySet().stream()
                .map(e -> new RegionFigures(e.getKey(), names.get(e.getKey()), e.getValue()[0], e.getValue()[1]))
                .toList();
    }

    /** Per program and year: the calls opened that year, summed. */
    public List<ProgramFigures> programs() {
        return programs(StatsFilter.all());
    }

    public List<ProgramFigures> programs(StatsFilter filter) {
        return programs(calls(filter));
    }

    private static List<ProgramFigures> programs(List<CallFigures> calls) {
        Map<String, List<CallFigures>> groups = new LinkedHashMap<>();
        for (CallFigures f : calls) {
            groups.computeIfAbsent(f.programCode() + "/" + f.year(), k -> new ArrayList<>()).add(f);
        }
        Map<String, Long> budgets = new HashMap<>();
        groups.forEach((key, g) -> budgets.put(key, g.stream().mapToLong(f -> f.budget().amount()).sum()));
        List<ProgramFigures> out = new ArrayList<>();
        for (List<CallFigures> g : groups.values()) {
            CallFigures first = g.get(0);
            long budget = budgets.get(first.programCode() + "/" + first.year());
            Long before = budgets.get(first.programCode() + "/" + (first.year() - 1));
            out.add(new ProgramFigures(first.programCode(), first.programName(), first.year(), g.size(),
                    Won.of(budget), g.stream().mapToInt(CallFigures::handedIn).sum(),
                    g.stream().mapToInt(CallFigures::selected).sum(), g.stream().mapToInt(CallFigures::signed).sum(),
                    sum(g, CallFigures::committed), sum(g, CallFigures::paid), sum(g, CallFigures::spent),
                    before == null || before == 0 ? null : Math.round((budget - before) * 1000.0 / before) / 10.0));
        }
        return out;
    }

    /**
     * Applications handed in and selected by 소부장 technology field as the company named it (an application in two
     * fields counts in both), most applications first.
     */
    public List<Breakdown> fields(StatsFilter filter) {
        return fields(load(filter));
    }

    private List<Breakdown> fields(Snapshot s) {
        return byListed(s, e -> e.application().technologyFields().values(), code -> code);
    }

    /**
     * Applications handed in and selected by 뿌리기술: those the application names and, for a 뿌리기업, those the
     * company is confirmed in (by code; an application counts once in each).
     */
    public List<Breakdown> rootTechnologies(StatsFilter filter) {
        return rootTechnologies(load(filter));
    }

    private List<Breakdown> rootTechnologies(Snapshot s) {
        return byListed(s, e -> {
            List<String> named = new ArrayList<>(e.application().rootTechnologies().values());
            if (e.company().rootCompany()) {
                named.addAll(e.company().rootTechnologies().values());
            }
            return named.stream().map(v -> roots.find(v).map(r -> r.code()).orElse(v.strip())).toList();
        }, code -> roots.find(code).map(r -> r.koreanName()).orElse(code));
    }

    private static List<Breakdown> byListed(Snapshot s, java.util.function.Function<Entry, List<String>> values,
            java.util.function.UnaryOperator<String> label) {
        Map<String, int[]> counts = new java.util.TreeMap<>();
        for (Entry e : s.entries()) {
            values.apply(e).stream().map(String::strip).filter(v -> !v.isEmpty()).distinct()
                    .forEach(v -> e.count(counts.computeIfAbsent(v, k -> new int[2])));
        }
        return counts.entrySet().stream().map(e -> new Breakdown(e.getKey(), label.apply(e.getKey()),
                e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparingInt(Breakdown::handedIn).reversed().thenComparing(Breakdown::key))
                .toList();
    }

    /** Applications handed in and selected per 시군구 of the company (only those with applications). */
    public List<SigunguFigures> sigungu(StatsFilter filter) {
        return sigungu(load(filter));
    }

    private List<SigunguFigures> sigungu(Snapshot s) {
        Map<String, int[]> counts = new java.util.TreeMap<>();
        for (Entry e : s.entries()) {
            if (e.company().regionCode() != null) {
                e.count(counts.computeIfAbsent(e.company().regionCode(), k -> new int[2]));
            }
        }
        return counts.entrySet().stream().map(e -> {
            var region = regions.find(e.getKey());
            return new SigunguFigures(e.getKey(), region.map(Region::name).orElse(e.getKey()),
                    region.map(Region::declineArea).orElse(false), e.getValue()[0], e.getValue()[1]);
        }).toList();
    }

    /** Applications handed in and selected by the company's size (중소·중견·대기업). */
    public List<Breakdown> sizes(String programCode) {
        return sizes(StatsFilter.program(programCode));
    }

    public List<Breakdown> sizes(StatsFilter filter) {
        return sizes(load(filter));
    }

    private static List<Breakdown> sizes(Snapshot s) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (kr.jiwon.shared.CompanySize size : kr.jiwon.shared.CompanySize.values()) {
            counts.put(size.name(), new int[2]);
        }
        s.entries().forEach(e -> e.count(counts.get(e.company().size().name())));
        return counts.entrySet().stream().map(e -> new Breakdown(e.getKey(), "companySize." + e.getKey(),
                e.getValue()[0], e.getValue()[1])).toList();
    }

    /** Applications handed in and selected by program and track (지원 유형). */
    public List<Breakdown> tracks(String programCode) {
        return tracks(StatsFilter.program(programCode));
    }

    public List<Breakdown> tracks(StatsFilter filter) {
        return tracks(load(filter));
    }

    private static List<Breakdown> tracks(Snapshot s) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (Entry e : s.entries()) {
            Included f = e.call();
            String track = e.application().trackCode();
            String key = f.program().code() + "/" + track;
            labels.computeIfAbsent(key, k -> f.program().name() + " · " + f.call().track(track).map(t -> t.name())
                    .orElse(track));
            e.count(counts.computeIfAbsent(key, k -> new int[2]));
        }
        return counts.entrySet().stream().map(e -> new Breakdown(e.getKey(), labels.get(e.getKey()),
                e.getValue()[0], e.getValue()[1])).toList();
    }

    /** Requests passed to each research institute over the calls, with the median time to answer. */
    public List<InstituteFigures> institutes(String programCode) {
        return institutes(StatsFilter.program(programCode));
    }

    public List<InstituteFigures> institutes(StatsFilter filter) {
        return institutes(load(filter));
    }

    private List<InstituteFigures> institutes(Snapshot s) {
        java.util.Set<Long> handedIn = new java.util.HashSet<>();
        s.entries().forEach(e -> handedIn.add(e.application().applicationId()));
        Map<String, List<kr.jiwon.matching.MatchOffer>> byInstitute = new java.util.TreeMap<>();
        for (Included i : s.calls()) {
            requests.queue(i.call().id()).stream().filter(o -> handedIn.contains(o.applicationId()))
                    .forEach(o -> byInstitute.computeIfAbsent(o.institute(), k -> new ArrayList<>()).add(o));
        }
        Map<String, Integer> load = projects.currentLoad();
        Map<String, Integer> capacity = new HashMap<>();
        institutes.all().forEach(i -> capacity.put(i.shortName(), i.capacity()));
        List<InstituteFigures> out = new ArrayList<>();
        byInstitute.forEach((institute, offers) -> {
            List<Double> hours = offers.stream().filter(o -> o.respondedAt() != null
                    && (o.status() == kr.jiwon.matching.OfferStatus.ACCEPTED
                            || o.status() == kr.jiwon.matching.OfferStatus.DECLINED))
                    .map(o -> java.time.Duration.between(o.offeredAt(), o.respondedAt()).toMinutes() / 60.0)
                    .sorted().toList();
            out.add(new InstituteFigures(institute, offers.size(),
                    count(offers, kr.jiwon.matching.OfferStatus.ACCEPTED),
                    count(offers, kr.jiwon.matching.OfferStatus.DECLINED),
                    count(offers, kr.jiwon.matching.OfferStatus.EXPIRED)
                            + count(offers, kr.jiwon.matching.OfferStatus.WITHDRAWN)
                            + count(offers, kr.jiwon.matching.OfferStatus.CLOSED),
                    count(offers, kr.jiwon.matching.OfferStatus.OFFERED), median(hours),
                    load.getOrDefault(institute, 0), capacity.getOrDefault(institute, 0)));
        });
        return out;
    }

    /** The plans with their totals against the year before, the change computed. */
    public List<PlanFigures> plans() {
        return plans(calls(StatsFilter.all()));
    }

    private List<PlanFigures> plans(List<CallFigures> all) {
        return programs.plans().stream().map(p -> {
            java.util.Set<String> codes = new java.util.HashSet<>();
            programs.programsOf(p.id()).forEach(pr -> codes.add(pr.code()));
            List<CallFigures> mine = all.stream().filter(f -> codes.contains(f.programCode())).toList();
            return new PlanFigures(p.title(), p.fiscalYear(), p.totalBudget(), p.previousYearTotal(),
                    p.yearOnYearPercent(), codes.size(), sum(mine, CallFigures::committed),
                    sum(mine, CallFigures::paid), sum(mine, CallFigures::spent));
        }).toList();
    }

    /** A published call the filter includes, with its program. */
    private record Included(Call call, Program program) {
    }

    /** One handed-in application of an included call, with its company. */
    private record Entry(Included call, ApplicationFigures.Row application, Company company) {

        boolean selected() {
            return application.status() == ApplicationStatus.SELECTED;
        }

        /** Adds this application to a {handed in, selected} pair of counts. */
        void count(int[] n) {
            n[0]++;
            n[1] += selected() ? 1 : 0;
        }
    }

    /** The included calls and their handed-in applications, read once for every figure computed from them. */
    private record Snapshot(List<Included> calls, List<Entry> entries) {
    }

    private Snapshot load(StatsFilter filter) {
        List<Included> included = included(filter);
        Map<Long, Company> companyOf = new HashMap<>();
        List<Entry> entries = new ArrayList<>();
        for (Included i : included) {
            for (ApplicationFigures.Row a : applications.handedIn(i.call().id())) {
                entries.add(new Entry(i, a, companyOf.computeIfAbsent(a.companyId(), companies::company)));
            }
        }
        return new Snapshot(included, entries);
    }

    private List<Included> included(StatsFilter filter) {
        Map<Long, Program> byId = new HashMap<>();
        programs.programs().forEach(p -> byId.put(p.id(), p));
        List<Included> out = new ArrayList<>();
        for (Call c : calls.calls(CallFilter.published())) {
            Program program = byId.get(c.programId());
            if (program != null && filter.includes(program.code(), LocalDate.ofInstant(c.opensAt(),
                    SeoulTime.ZONE))) {
                out.add(new Included(c, program));
            }
        }
        return out;
    }

    private static Won sum(List<CallFigures> figures, java.util.function.Function<CallFigures, Won> money) {
        return Won.of(figures.stream().mapToLong(f -> money.apply(f).amount()).sum());
    }

    private static int count(List<kr.jiwon.matching.MatchOffer> offers, kr.jiwon.matching.OfferStatus status) {
        return (int) offers.stream().filter(o -> o.status() == status).count();
    }

    static Double median(List<Double> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private boolean declineArea(Company c) {
        return regions.find(c.siteRegionCode()).map(Region::declineArea).orElse(false);
    }

    private static int year(Call c) {
        return LocalDate.ofInstant(c.opensAt(), SeoulTime.ZONE).getYear();
    }
}
