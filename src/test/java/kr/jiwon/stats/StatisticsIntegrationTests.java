package kr.jiwon.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.jiwon.testing.Journey;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The statistics of the demo (with its history of finished projects) against an independent computation: SQL over
 * the same rows and the reference files read here, per call, per 시도 and per program and year; then the public
 * page in Chromium (desktop and 360 px, axe) and its CSV.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "jiwon.demo.history=true")
@ActiveProfiles({"embedded", "test"})
class StatisticsIntegrationTests {

    static final String HANDED_IN = "('SUBMITTED','SCREENING','ELIGIBLE','INELIGIBLE','SELECTED','NOT_SELECTED')";

    @LocalServerPort
    int port;
    @Autowired
    Statistics statistics;
    @Autowired
    JdbcTemplate jdbc;

    private long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }

    @Test
    void everyCallsFiguresEqualAnIndependentComputation() throws Exception {
        Set<String> decline = declineAreas();
        List<CallFigures> calls = statistics.calls(StatsFilter.all());
        assertThat(calls).hasSizeGreaterThanOrEqualTo(8);
        assertThat(calls).as("the history's calls have signed projects").anyMatch(c -> c.signed() > 0);
        for (CallFigures f : calls) {
            long id = f.callId();
            String where = " from application where call_id = ? and status in " + HANDED_IN;
            assertThat(f.handedIn()).as(f.title()).isEqualTo(count("select count(*)" + where, id));
            assertThat(f.eligible()).isEqualTo(count("select count(*) from application where call_id = ?"
                    + " and status in ('ELIGIBLE','SELECTED','NOT_SELECTED')", id));
            assertThat(f.selected()).isEqualTo(count("select count(*) from application where call_id = ?"
                    + " and status = 'SELECTED'", id));
            assertThat(f.requested().amount()).isEqualTo(count("select coalesce(sum(requested_amount), 0)" + where,
                    id));
            assertThat(f.projects()).isEqualTo(count("select count(*) from project where call_id = ?", id));
            assertThat(f.signed()).isEqualTo(count("select count(*) from project where call_id = ?"
                    + " and status <> 'AGREEMENT'", id));
            assertThat(f.committed().amount()).isEqualTo(count("select coalesce(sum(grant_amount), 0) from project"
                    + " where call_id = ? and status <> 'AGREEMENT'", id));
            assertThat(f.paid().amount()).isEqualTo(count("select coalesce(sum(pp.amount), 0) from project_payment pp"
                    + " join project p on p.id = pp.project_id where p.call_id = ? and p.status <> 'AGREEMENT'", id));
            assertThat(f.spent().amount()).isEqualTo(count("select coalesce(sum(s.amount), 0) from spending s"
                    + " join project p on p.id = s.project_id where p.call_id = ? and p.status <> 'AGREEMENT'", id));
            List<String[]> rows = jdbc.query("select c.region_code, a.status from application a join company c"
                    + " on c.id = a.company_id where a.call_id = ? and a.status in " + HANDED_IN,
                    (rs, n) -> new String[]{rs.getString(1), rs.getString(2)}, id);
            assertThat(f.declineHandedIn()).isEqualTo(rows.stream().filter(r -> decline.contains(r[0])).count());
            assertThat(f.declineSelected()).isEqualTo(rows.stream()
                    .filter(r -> decline.contains(r[0]) && r[1].equals("SELECTED")).count());
            // the rule the share is held against: the 가점 the call's review plan gives a 인구감소지역
            List<String> bonuses = jdbc.queryForList("select bonuses from review_plan where call_id = ?",
                    String.class, id);
            boolean favours = jdbc.queryForObject(
                    "select elig_prioritizes_decline_areas from funding_call where id = ?",
                    Boolean.class, id);
            String text = bonuses.isEmpty() ? (favours ? "DECLINE_AREA:3" : "") : bonuses.get(0);
            double bonus = java.util.Arrays.stream(text.split("[|\\n]")).map(String::strip)
                    .filter(b -> b.startsWith("DECLINE_AREA:")).mapToDouble(b -> Double.parseDouble(b.substring(13)))
                    .sum();
            assertThat(f.declineBonus()).as(f.title() + ": " + text).isEqualTo(bonus);
        }
    }

    @Test
    void regionsAndProgramYearsAddUpTheSameRows() throws Exception {
        Map<String, String> sidoOf = sidoCodes();
        Map<String, long[]> expected = new HashMap<>();
        jdbc.query("select c.region_code, a.status from application a join company c on c.id = a.company_id"
                + " join funding_call f on f.id = a.call_id where f.status <> 'DRAFT' and a.status in "
                + HANDED_IN, rs -> {
                    long[] n = expected.computeIfAbsent(sidoOf.get(rs.getString(1)), k -> new long[2]);
                    n[0]++;
                    n[1] += rs.getString(2).equals("SELECTED") ? 1 : 0;
                });
        for (RegionFigures r : statistics.regions(StatsFilter.all())) {
            long[] n = expected.getOrDefault(r.sidoCode(), new long[2]);
            assertThat(new long[]{r.handedIn(), r.selected()}).as(r.sido()).containsExactly(n[0], n[1]);
        }
        long handedIn = statistics.calls(StatsFilter.all()).stream().mapToLong(CallFigures::handedIn).sum();
        assertThat(statistics.programs().stream().mapToLong(ProgramFigures::handedIn).sum()).isEqualTo(handedIn);
        assertThat(statistics.programs()).anyMatch(p -> p.programCode().equals("SBJ") && p.signed() == 3);
    }

    static final String HANDED_IN_ROWS = " from application a join company c on c.id = a.company_id"
            + " join funding_call f on f.id = a.call_id join program p on p.id = f.program_id"
            + " where f.status <> 'DRAFT' and a.status in " + HANDED_IN;

    @Test
    void sizesTracksAndInstitutesEqualTheRowsTheyCount() throws Exception {
        Map<String, long[]> bySize = new HashMap<>();
        Map<String, long[]> byTrack = new HashMap<>();
        jdbc.query("select c.size, p.code, a.track_code, a.status" + HANDED_IN_ROWS, rs -> {
            boolean selected = rs.getString(4).equals("SELECTED");
            long[] s = bySize.computeIfAbsent(rs.getString(1), k -> new long[2]);
            s[0]++;
            s[1] += selected ? 1 : 0;
            long[] t = byTrack.computeIfAbsent(rs.getString(2) + "/" + rs.getString(3), k -> new long[2]);
            t[0]++;
            t[1] += selected ? 1 : 0;
        });
        for (Breakdown b : statistics.sizes(StatsFilter.all())) {
            long[] n = bySize.getOrDefault(b.key(), new long[2]);
            assertThat(new long[]{b.handedIn(), b.selected()}).as(b.key()).containsExactly(n[0], n[1]);
        }
        assertThat(statistics.tracks(StatsFilter.all())).extracting(Breakdown::key)
                .containsExactlyInAnyOrderElementsOf(byTrack.keySet());
        for (Breakdown b : statistics.tracks(StatsFilter.all())) {
            assertThat(new long[]{b.handedIn(), b.selected()}).as(b.key())
                    .containsExactly(byTrack.get(b.key())[0], byTrack.get(b.key())[1]);
        }
        Map<String, Map<String, Long>> offers = new HashMap<>();
        Map<String, List<Double>> hours = new HashMap<>();
        jdbc.query("select o.institute, o.status, o.offered_at, o.responded_at from match_offer o"
                + " join application a on a.id = o.application_id join company c on c.id = a.company_id"
                + " join funding_call f on f.id = a.call_id join program p on p.id = f.program_id"
                + " where f.status <> 'DRAFT' and a.status in " + HANDED_IN, rs -> {
                    offers.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).merge(rs.getString(2), 1L,
                            Long::sum);
                    var responded = rs.getTimestamp(4);
                    if (responded != null && (rs.getString(2).equals("ACCEPTED") || rs.getString(2).equals(
                            "DECLINED"))) {
                        hours.computeIfAbsent(rs.getString(1), k -> new java.util.ArrayList<>()).add(
                                (responded.getTime() / 60_000 - rs.getTimestamp(3).getTime() / 60_000) / 60.0);
                    }
                });
        Map<String, Long> load = new HashMap<>();
        jdbc.query("select institutes from project where status in ('AGREEMENT', 'IN_PROGRESS')", rs -> {
            String joined = rs.getString(1);
            if (joined != null && !joined.isBlank()) {
                for (String i : joined.split(";")) {
                    load.merge(i, 1L, Long::sum);
                }
            }
        });
        Map<String, Integer> capacity = new HashMap<>();
        jdbc.query("select short_name, capacity from research_institute",
                rs -> {
                    capacity.put(rs.getString(1), rs.getInt(2));
                });
        List<InstituteFigures> figures = statistics.institutes(StatsFilter.all());
        assertThat(figures).as("some institute carries a project now").anyMatch(i -> i.load() > 0);
        assertThat(figures).extracting(InstituteFigures::institute)
                .containsExactlyInAnyOrderElementsOf(offers.keySet());
        assertThat(figures).as("the demo's institutes accepted requests").anyMatch(i -> i.accepted() > 0);
        for (InstituteFigures i : figures) {
            Map<String, Long> n = offers.get(i.institute());
            assertThat((long) i.offered()).isEqualTo(n.values().stream().mapToLong(Long::longValue).sum());
            assertThat((long) i.accepted()).isEqualTo(n.getOrDefault("ACCEPTED", 0L));
            assertThat((long) i.declined()).isEqualTo(n.getOrDefault("DECLINED", 0L));
            assertThat((long) i.waiting()).isEqualTo(n.getOrDefault("OFFERED", 0L));
            assertThat((long) i.load()).as(i.institute() + " load").isEqualTo(load.getOrDefault(i.institute(), 0L));
            assertThat(i.capacity()).as(i.institute() + " capacity").isEqualTo(capacity.get(i.institute()));
            List<Double> h = hours.getOrDefault(i.institute(), List.of()).stream().sorted().toList();
            Double median = h.isEmpty()
                    ? null
                    : h.size() % 2 == 1 ? h.get(h.size() / 2) : (h.get(h.size() / 2 - 1) + h.get(h.size() / 2)) / 2;
            if (median == null) {
                assertThat(i.medianResponseHours()).isNull();
            } else {
                assertThat(i.medianResponseHours()).isCloseTo(median, org.assertj.core.data.Offset.offset(0.02));
            }
        }
        // 소부장 fields, 뿌리기술 and 시군구: each application counted once per value it names
        Map<String, long[]> byField = new HashMap<>();
        Map<String, long[]> byRoot = new HashMap<>();
        Map<String, long[]> bySigungu = new HashMap<>();
        Map<String, String> rootCode = new HashMap<>();
        for (CSVRecord r : csv("reference/root-technologies.csv")) {
            rootCode.put(r.get("code"), r.get("code"));
            rootCode.put(r.get("korean_name"), r.get("code"));
        }
        jdbc.query("select a.technology_fields, a.root_technologies, c.region_code, a.status, c.root_company,"
                + " c.root_technologies" + HANDED_IN_ROWS,
                rs -> {
                    boolean selected = rs.getString(4).equals("SELECTED");
                    String roots = String.join(";", java.util.stream.Stream.concat(
                            java.util.Arrays.stream(rs.getString(2).split(";")),
                            rs.getBoolean(5)
                                    ? java.util.Arrays.stream(rs.getString(6).split(";"))
                                    : java.util.stream.Stream.empty())
                            .map(String::strip).filter(v -> !v.isEmpty()).map(v -> rootCode.getOrDefault(v, v))
                            .toList());
                    for (var target : List.of(Map.entry(byField, rs.getString(1)), Map.entry(byRoot, roots))) {
                        java.util.Arrays.stream(target.getValue() == null
                                ? new String[0]
                                : target.getValue()
                                        .split(";"))
                                .map(String::strip).filter(v -> !v.isEmpty()).distinct().forEach(v -> {
                                    long[] n = target.getKey().computeIfAbsent(v, k -> new long[2]);
                                    n[0]++;
                                    n[1] += selected ? 1 : 0;
                                });
                    }
                    long[] g = bySigungu.computeIfAbsent(rs.getString(3), k -> new long[2]);
                    g[0]++;
                    g[1] += selected ? 1 : 0;
                });
        assertThat(byField).as("the demo names fields").isNotEmpty();
        assertThat(byRoot).as("the demo has 뿌리기업").isNotEmpty();
        assertThat(statistics.fields(StatsFilter.all())).extracting(Breakdown::key)
                .containsExactlyInAnyOrderElementsOf(byField.keySet());
        statistics.fields(StatsFilter.all()).forEach(b -> assertThat(new long[]{b.handedIn(), b.selected()})
                .as(b.key()).containsExactly(byField.get(b.key())[0], byField.get(b.key())[1]));
        assertThat(statistics.rootTechnologies(StatsFilter.all())).extracting(Breakdown::key)
                .containsExactlyInAnyOrderElementsOf(byRoot.keySet());
        statistics.rootTechnologies(StatsFilter.all()).forEach(b -> assertThat(new long[]{b.handedIn(),
                b.selected()}).as(b.key()).containsExactly(byRoot.get(b.key())[0], byRoot.get(b.key())[1]));
        assertThat(statistics.sigungu(StatsFilter.all())).extracting(kr.jiwon.stats.SigunguFigures::code)
                .containsExactlyInAnyOrderElementsOf(bySigungu.keySet());
        statistics.sigungu(StatsFilter.all()).forEach(g -> assertThat(new long[]{g.handedIn(), g.selected()})
                .as(g.name()).containsExactly(bySigungu.get(g.code())[0], bySigungu.get(g.code())[1]));

        // each program's call budgets against its year before
        Map<String, Long> budgets = new HashMap<>();
        jdbc.query("select p.code, f.opens_at, f.budget from funding_call f join program p on p.id = f.program_id"
                + " where f.status <> 'DRAFT'", rs -> {
                    int year = rs.getTimestamp(2).toInstant().atZone(kr.jiwon.shared.SeoulTime.ZONE).getYear();
                    budgets.merge(rs.getString(1) + "/" + year, rs.getLong(3), Long::sum);
                });
        for (ProgramFigures p : statistics.programs()) {
            assertThat(p.callBudgets().amount()).isEqualTo(budgets.get(p.programCode() + "/" + p.year()));
            Long before = budgets.get(p.programCode() + "/" + (p.year() - 1));
            if (before == null) {
                assertThat(p.budgetChangePercent()).isNull();
            } else {
                assertThat(p.budgetChangePercent()).as(p.programCode() + " " + p.year()).isCloseTo(
                        (p.callBudgets().amount() - before) * 100.0 / before, org.assertj.core.data.Offset.offset(
                                0.05));
            }
        }
        assertThat(statistics.programs()).as("some program has calls in two years")
                .anyMatch(p -> p.budgetChangePercent() != null);

        PlanFigures plan = statistics.plans().stream().filter(p -> p.title().contains("뿌리")).findFirst()
                .orElseThrow();
        for (PlanFigures p : statistics.plans()) {
            String inPlan = " from project pj join funding_call f on f.id = pj.call_id join program pr"
                    + " on pr.id = f.program_id join plan pl on pl.id = pr.plan_id where pl.title = ?"
                    + " and f.status <> 'DRAFT' and pj.status <> 'AGREEMENT'";
            assertThat(p.committed().amount()).as(p.title()).isEqualTo(count("select coalesce(sum(pj.grant_amount),"
                    + " 0)" + inPlan, p.title()));
            assertThat(p.paid().amount()).isEqualTo(count("select coalesce(sum(pp.amount), 0) from project_payment"
                    + " pp where pp.project_id in (select pj.id" + inPlan + ")", p.title()));
            assertThat(p.spent().amount()).isEqualTo(count("select coalesce(sum(s.amount), 0) from spending s"
                    + " where s.project_id in (select pj.id" + inPlan + ")", p.title()));
        }
        double change = (plan.total().amount() - plan.previousYear().amount()) * 100.0
                / plan.previousYear().amount();
        assertThat(plan.changePercent().doubleValue()).isCloseTo(change, org.assertj.core.data.Offset.offset(0.05))
                .isCloseTo(57.0, org.assertj.core.data.Offset.offset(0.05));
    }

    @Test
    void theStatisticsPageShowsTheFiguresAndItsCsvHasTheSameRows() throws Exception {
        List<CallFigures> calls = statistics.calls(StatsFilter.all());
        try (Journey j = new Journey("http://localhost:" + port, "stats-public")) {
            j.open("/");
            j.clickText("통계");
            j.waitForText("공고별");
            assertThat(j.all("#by-call tbody tr")).hasSize(calls.size());
            CallFigures history = calls.stream().filter(c -> c.signed() == 3).findFirst().orElseThrow();
            String row = j.find("#by-call tr[data-call='" + history.callId() + "']").getText();
            assertThat(row).contains(history.title()).contains(String.valueOf(history.handedIn()))
                    .contains(kr.jiwon.shared.Won.of(history.committed().amount()).korean());
            List<RegionFigures> regions = statistics.regions(StatsFilter.all());
            assertThat(j.all("#region-map g[data-sido]")).as("a tile for every 시도").hasSize(17)
                    .hasSize(regions.size());
            for (RegionFigures r : regions) {
                var tile = j.find("#region-map g[data-sido='" + r.sidoCode() + "']");
                assertThat(tile.getDomAttribute("data-handed-in")).isEqualTo(String.valueOf(r.handedIn()));
                assertThat(tile.getText()).contains(r.handedIn() + " / " + r.selected());
            }
            RegionFigures most = regions.stream().max(java.util.Comparator.comparingInt(RegionFigures::handedIn))
                    .orElseThrow();
            assertThat(j.find("#region-map g[data-sido='" + most.sidoCode() + "'] rect").getDomAttribute("class"))
                    .as("the 시도 with the most applications has the darkest tile").isEqualTo("shade-4");
            assertThat(j.find("#by-call").getText()).contains("인구감소지역 가점").contains("3점");
            assertThat(j.find("#plans").getText()).contains("+57.0%");
            assertThat(j.find("#by-size").getText()).contains("중소기업");
            assertThat(j.all("#by-field tbody tr")).hasSize(statistics.fields(StatsFilter.all()).size());
            assertThat(j.all("#by-root tbody tr")).hasSize(statistics.rootTechnologies(StatsFilter.all()).size());
            assertThat(j.all("#by-sigungu tbody tr")).hasSize(statistics.sigungu(StatsFilter.all()).size());
            assertThat(j.all("#by-institute tbody tr")).hasSize(statistics.institutes(StatsFilter.all()).size());
            assertThat(j.text()).as("no company is named").doesNotContain("(주)").doesNotContain("㈜");
            j.check("1-stats");
            j.scrollTo("#region-map");
            j.check("1b-map");
            j.scrollTo("#by-field");
            j.check("1c-fields");
            String csv = new String(j.download("/stats.csv").body(), StandardCharsets.UTF_8);
            assertThat(csv.lines().count()).isEqualTo(calls.size() + 1);
            assertThat(csv).contains("공고 예산").contains(history.title());
            // each table's CSV has its rows: the 시도 one sums to the calls' handed-in applications
            String regionsCsv = new String(j.download(j.find("#regions-csv").getDomAttribute("href")).body(),
                    StandardCharsets.UTF_8);
            assertThat(regionsCsv).startsWith("\uFEFF").contains("시도 코드");
            assertThat(regionsCsv.lines().skip(1).mapToLong(l -> Long.parseLong(l.split(",")[2])).sum())
                    .isEqualTo(regions.stream().mapToLong(RegionFigures::handedIn).sum());
            for (String table : List.of("programs", "sizes", "tracks", "fields", "roots", "sigungu", "institutes")) {
                String body = new String(j.download(j.find("#" + table + "-csv").getDomAttribute("href")).body(),
                        StandardCharsets.UTF_8);
                assertThat(body.lines().count()).as(table).isGreaterThan(1);
            }
            assertThat(new String(j.download(j.find("#institutes-csv").getDomAttribute("href")).body(),
                    StandardCharsets.UTF_8).lines().count()).isEqualTo(statistics.institutes(StatsFilter.all())
                            .size() + 1);

            java.time.LocalDate from = java.time.LocalDate.now(kr.jiwon.shared.SeoulTime.ZONE).withDayOfYear(1);
            long opened = count("select count(*) from funding_call where status <> 'DRAFT' and opens_at >= ?",
                    java.sql.Timestamp.from(kr.jiwon.shared.SeoulTime.toInstant(from.atStartOfDay())));
            j.date("#from", from);
            j.clickTextAndWaitForNextPage("조회");
            assertThat(j.driver().getCurrentUrl()).contains("from=" + from);
            assertThat((long) j.all("#by-call tbody tr").size()).as("calls opened this year").isEqualTo(opened)
                    .isLessThan(calls.size());
            assertThat(j.text()).doesNotContain(history.title());
            j.check("2-this-year");
            String href = j.find("#stats-csv").getDomAttribute("href");
            assertThat(new String(j.download(href).body(), StandardCharsets.UTF_8).lines().count())
                    .isEqualTo(opened + 1);
        }
    }

    private static Set<String> declineAreas() throws Exception {
        Set<String> out = new HashSet<>();
        for (CSVRecord r : csv("reference/population-decline-areas.csv")) {
            out.add(r.get("sgg_code"));
            out.add(r.get("sgg_code_2024"));
            out.add(r.get("sgg_code_2026"));
        }
        return out;
    }

    private static Map<String, String> sidoCodes() throws Exception {
        Map<String, String> out = new HashMap<>();
        for (CSVRecord r : csv("reference/regions.csv")) {
            out.put(r.get("sgg_code"), r.get("sido_code"));
        }
        return out;
    }

    private static List<CSVRecord> csv(String resource) throws Exception {
        try (var in = StatisticsIntegrationTests.class.getClassLoader().getResourceAsStream(resource)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#').build()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8)).getRecords();
        }
    }
}
