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
        List<CallFigures> calls = statistics.calls(null);
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
        for (RegionFigures r : statistics.regions(null)) {
            long[] n = expected.getOrDefault(r.sidoCode(), new long[2]);
            assertThat(new long[]{r.handedIn(), r.selected()}).as(r.sido()).containsExactly(n[0], n[1]);
        }
        long handedIn = statistics.calls(null).stream().mapToLong(CallFigures::handedIn).sum();
        assertThat(statistics.programs().stream().mapToLong(ProgramFigures::handedIn).sum()).isEqualTo(handedIn);
        assertThat(statistics.programs()).anyMatch(p -> p.programCode().equals("SBJ") && p.signed() == 3);
    }

    @Test
    void theStatisticsPageShowsTheFiguresAndItsCsvHasTheSameRows() throws Exception {
        List<CallFigures> calls = statistics.calls(null);
        try (Journey j = new Journey("http://localhost:" + port, "stats-public")) {
            j.open("/");
            j.clickText("통계");
            j.waitForText("공고별");
            assertThat(j.all("#by-call tbody tr")).hasSize(calls.size());
            CallFigures history = calls.stream().filter(c -> c.signed() == 3).findFirst().orElseThrow();
            String row = j.find("#by-call tr[data-call='" + history.callId() + "']").getText();
            assertThat(row).contains(history.title()).contains(String.valueOf(history.handedIn()))
                    .contains(kr.jiwon.shared.Won.of(history.committed().amount()).korean());
            assertThat(j.all("#region-chart rect")).hasSize(2 * statistics.regions(null).size());
            assertThat(j.text()).as("no company is named").doesNotContain("(주)").doesNotContain("㈜");
            j.check("1-stats");
            String csv = new String(j.download("/stats.csv").body(), StandardCharsets.UTF_8);
            assertThat(csv.lines().count()).isEqualTo(calls.size() + 1);
            assertThat(csv).contains("공고 예산").contains(history.title());
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
