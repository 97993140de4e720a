package kr.jiwon.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.jiwon.programs.Call;
import kr.jiwon.programs.CallFilter;
import kr.jiwon.programs.CallManagement;
import kr.jiwon.review.ApplicationScore;
import kr.jiwon.review.ScoreAggregation;
import kr.jiwon.testing.Journey;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every list an officer works from can be taken to Excel, through the links on its page: the calls (with the
 * applications handed in), a call's applications (now with the institutes, review scores and the decision), the
 * matching queue, the score sheets and aggregated scores, the decisions with objections; and the public call list.
 * Each download is read back and held against the stored rows. Runs on the demo history (its finished 소부장 call).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "jiwon.demo.history=true")
@ActiveProfiles({"embedded", "test"})
class OfficeExportsBrowserIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    CallManagement calls;
    @Autowired
    ScoreAggregation aggregation;
    @Autowired
    JdbcTemplate jdbc;

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    @Test
    void anOfficerTakesEveryListOfAFinishedCallToExcel() throws Exception {
        Call call = calls.calls(CallFilter.published()).stream()
                .filter(c -> c.title().startsWith("소부장") && c.title().contains("년 2차")).findFirst().orElseThrow();
        try (Journey j = new Journey("http://localhost:" + port, "office-exports")) {
            j.signIn("officer", "jiwon-officer-demo");
            j.clickText("사업 관리");
            j.waitForUrl(".*/office");

            // the calls, drafts too, with the applications handed in to each
            List<List<String>> office = xlsx(j, "#office-calls-xlsx");
            assertThat(office.get(0)).contains("공고명", "공고 예산(원)", "접수 건수");
            assertThat(office).hasSize((int) count("select count(*) from funding_call") + 1);
            List<String> row = office.stream().filter(r -> r.get(1).equals(call.title())).findFirst().orElseThrow();
            assertThat(row.get(office.get(0).indexOf("접수 건수"))).isEqualTo(String.valueOf(count(
                    "select count(*) from application where call_id = ? and receipt_number is not null"
                            + " and status <> 'WITHDRAWN'",
                    call.id())));
            assertThat(row.get(office.get(0).indexOf("공고 예산(원)"))).isEqualTo(String.valueOf(call.budget()
                    .amount()));
            assertThat(text(j, "#office-calls-csv").lines().count()).as("the same list as CSV")
                    .isEqualTo(office.size());

            // the applications gain the institutes that took them on, the review's scores and the decision
            RoleJourneysBrowserIntegrationTests.callLink(j, call.title(), "신청 목록");
            j.waitForText("엑셀 내려받기");
            List<List<String>> apps = xlsx(j, "#export");
            List<String> header = apps.get(0);
            assertThat(header).contains("수행 연구기관", "연구기관 요청 경과", "심사 점수", "가점", "총점", "선정 결과", "지원 금액(원)");
            Map<Long, ApplicationScore> scores = aggregation.scores(call.id());
            int checked = 0;
            for (List<String> r : apps.subList(1, apps.size())) {
                String receipt = r.get(0);
                long id = count("select id from application where receipt_number = ?", receipt);
                List<Map<String, Object>> decision = jdbc.queryForList("select selected, amount from"
                        + " selection_decision where application_id = ? order by id desc limit 1", id);
                if (!decision.isEmpty()) {
                    boolean selected = (Boolean) decision.get(0).get("selected");
                    assertThat(r.get(header.indexOf("선정 결과"))).as(receipt).isEqualTo(selected ? "선정" : "미선정");
                    Object amount = decision.get(0).get("amount");
                    assertThat(r.get(header.indexOf("지원 금액(원)"))).as(receipt)
                            .isEqualTo(amount == null ? "" : String.valueOf(((Number) amount).longValue()));
                    checked++;
                }
                List<String> accepted = jdbc.queryForList("select institute from match_offer where application_id = ?"
                        + " and status = 'ACCEPTED' order by id", String.class, id);
                assertThat(r.get(header.indexOf("수행 연구기관"))).as(receipt).isEqualTo(String.join(", ", accepted));
                ApplicationScore s = scores.get(id);
                if (s != null && s.total() != null) {
                    assertThat(Double.parseDouble(r.get(header.indexOf("총점")))).as(receipt).isEqualTo(s.total());
                }
            }
            assertThat(checked).as("the finished call's applications carry their decisions").isPositive();
            String csv = text(j, "#export-csv");
            assertThat(csv).startsWith("\uFEFF").contains("선정 결과");
            assertThat(csv.lines().count()).isEqualTo(apps.size());

            // the matching queue
            j.clickText("연구기관 배정");
            j.waitForText("배정 현황 엑셀 내려받기");
            List<List<String>> queue = xlsx(j, "#queue-xlsx");
            assertThat(queue).hasSize((int) count("select count(*) from match_offer where call_id = ?", call.id())
                    + 1);
            assertThat(queue.get(0)).contains("접수번호", "연구기관", "상태", "응답 일시");
            assertThat(text(j, "#queue-csv").lines().count()).isEqualTo(queue.size());

            // the score sheets and the aggregated scores
            j.clickText("평가");
            j.waitForText("평가표 엑셀");
            List<List<String>> sheets = xlsx(j, "#sheets-xlsx");
            assertThat(sheets).hasSize((int) count("select count(*) from score_sheet where call_id = ?", call.id())
                    + 1);
            assertThat(sheets.get(0)).contains("심사위원", "항목별 점수", "상태");
            assertThat(text(j, "#sheets-csv").lines().count()).isGreaterThanOrEqualTo(sheets.size());
            assertThat(xlsx(j, "#scores-xlsx")).hasSize(scores.size() + 1);
            assertThat(text(j, "#scores-csv").lines().count()).isEqualTo(scores.size() + 1);
            // who reviews which application, as the file an officer edits and loads back
            String assignment = text(j, "a[href$='/review/assignment.csv']");
            assertThat(assignment.lines().count()).as("a line per reviewer and application").isGreaterThan(1);
            assertThat(assignment.lines().findFirst().orElseThrow()).contains("심사위원");
            assertThat(count("select count(*) from audit_event where action = 'SCORE_SHEETS_EXPORT' and target_id = ?",
                    String.valueOf(call.id()))).as("the reviewers' names were read: recorded").isPositive();

            // the decisions with the objections
            j.clickText("선정");
            j.waitForText("선정 결과·이의신청 CSV");
            String decisions = text(j, "#decisions-csv");
            assertThat(decisions.lines().count()).isEqualTo(count("select count(distinct application_id) from"
                    + " selection_decision where call_id = ?", call.id()) + 1);
            j.check("1-selection-downloads");
        }

        // the public list of calls
        try (Journey j = new Journey("http://localhost:" + port, "public-calls-export")) {
            j.open("/");
            j.clickText("지원사업 공고");
            j.waitForText("공고 목록 CSV 내려받기");
            String csv = text(j, "#calls-csv");
            assertThat(csv.lines().count()).isEqualTo(calls.calls(CallFilter.published()).size() + 1);
            assertThat(csv).contains(call.title()).contains("소관 부처");
            assertThat(xlsx(j, "#calls-xlsx")).hasSize(calls.calls(CallFilter.published()).size() + 1);
            assertThat(j.download("/office/calls.csv").statusCode()).as("officers only").isNotEqualTo(200);
            j.open("/");
            String programs = text(j, "#programs-csv");
            assertThat(programs.lines().count()).isEqualTo(count("select count(*) from program") + 1);
            assertThat(programs).contains("소부장 융합혁신지원단");
        }
        try (Journey j = new Journey("http://localhost:" + port, "office-exports-company")) {
            j.signIn("applicant", "jiwon-applicant-demo");
            assertThat(j.download("/office/calls.csv").statusCode()).isEqualTo(403);
            assertThat(j.download("/office/calls/" + call.id() + "/review/sheets.csv").statusCode()).isEqualTo(403);
            assertThat(j.download("/office/calls/" + call.id() + "/matching.xlsx").statusCode()).isEqualTo(403);
        }
    }

    private static String text(Journey j, String link) throws Exception {
        var response = j.download(j.find(link).getDomAttribute("href"));
        assertThat(response.statusCode()).as(link).isEqualTo(200);
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    /** The first sheet of the workbook behind the link, every cell as Excel shows it. */
    private static List<List<String>> xlsx(Journey j, String link) throws Exception {
        var response = j.download(j.find(link).getDomAttribute("href"));
        assertThat(response.statusCode()).as(link).isEqualTo(200);
        DataFormatter format = new DataFormatter();
        List<List<String>> out = new ArrayList<>();
        try (var book = WorkbookFactory.create(new ByteArrayInputStream(response.body()))) {
            Sheet sheet = book.getSheetAt(0);
            int width = sheet.getRow(0).getLastCellNum();
            for (Row r : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < width; i++) {
                    cells.add(r.getCell(i) == null ? "" : format.formatCellValue(r.getCell(i)));
                }
                out.add(cells);
            }
        }
        return out;
    }

}
