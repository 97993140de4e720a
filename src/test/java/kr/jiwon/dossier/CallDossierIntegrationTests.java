package kr.jiwon.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import kr.jiwon.programs.Call;
import kr.jiwon.programs.CallFilter;
import kr.jiwon.programs.CallManagement;
import kr.jiwon.selection.ConfirmedResult;
import kr.jiwon.selection.Decision;
import kr.jiwon.selection.SelectionResults;
import kr.jiwon.testing.Journey;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The audit package of the demo's finished 소부장 call, downloaded by an officer from 사업 관리: every artefact is in
 * it, the manifest's hashes verify, and a decision in it matches the stored one; the download is audited; a company
 * cannot have it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "jiwon.demo.history=true")
@ActiveProfiles({"embedded", "test"})
class CallDossierIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    CallManagement calls;
    @Autowired
    SelectionResults results;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anOfficerTakesAwayTheAuditPackageOfAFinishedCall() throws Exception {
        Call call = calls.calls(CallFilter.published()).stream()
                .filter(c -> c.title().startsWith("소부장") && c.title().contains("년 2차")).findFirst().orElseThrow();
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Journey j = new Journey("http://localhost:" + port, "audit-package")) {
            j.signIn("officer", "jiwon-officer-demo");
            j.clickText("사업 관리");
            String href = j.driver().findElement(By.cssSelector("a[aria-label='" + call.title() + " 감사 자료 내려받기']"))
                    .getDomAttribute("href");
            j.check("1-office");
            var response = j.download(href);
            assertThat(response.statusCode()).isEqualTo(200);
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(response.body()))) {
                for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    files.put(e.getName(), in.readAllBytes());
                }
            }
        }
        assertThat(files.keySet()).containsAll(CallDossier.FILES).contains("MANIFEST.csv");
        String manifest = new String(files.get("MANIFEST.csv"), StandardCharsets.UTF_8);
        for (String name : CallDossier.FILES) {
            assertThat(manifest).as(name).contains(name + "," + rows(files.get(name)) + ","
                    + CallDossier.sha256(files.get(name)));
        }
        // the selection model: the instance solves again to the confirmed optimum, within the bound kept
        assertThat(files.keySet()).containsAll(CallDossier.MODEL_FILES);
        for (String name : CallDossier.MODEL_FILES) {
            assertThat(manifest).as(name).contains(name + ",," + CallDossier.sha256(files.get(name)));
        }
        var json = tools.jackson.databind.json.JsonMapper.builder().build();
        var instance = json.readValue(files.get("11-선정모형.json"), kr.jiwon.selection.SelectionInstance.class);
        var kept = json.readTree(files.get("12-최적해.json"));
        assertThat(instance.applications()).isNotEmpty();
        java.nio.file.Path input = java.nio.file.Files.createTempFile("instance", ".json");
        java.nio.file.Files.write(input, files.get("11-선정모형.json"));
        var out = new java.io.ByteArrayOutputStream();
        int exit = new kr.jiwon.selection.SelectCommand(new java.io.PrintStream(out, true, StandardCharsets.UTF_8),
                System.err).run(new String[]{"select", "--input", input.toString(), "--time-limit", "20"});
        assertThat(exit).isZero();
        var again = json.readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(again.get("objective").asDouble()).as("solved again by the select command")
                .isCloseTo(kept.get("objective").asDouble(), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(kept.get("optimal").asBoolean()).isTrue();
        assertThat(kept.get("bound").asDouble()).isGreaterThanOrEqualTo(kept.get("objective").asDouble() - 1e-6);
        java.util.Set<String> selectedNow = new java.util.HashSet<>();
        kept.get("selected").forEach(n -> selectedNow.add(n.asString()));
        assertThat(selectedNow).as("the kept optimum is the first decision of each application").isEqualTo(
                new java.util.HashSet<>(jdbc.queryForList("select cast(application_id as varchar(20)) from"
                        + " selection_decision d where call_id = ? and selected = true and id = (select min(id) from"
                        + " selection_decision e where e.application_id = d.application_id)", String.class,
                        call.id())));

        long handedIn = jdbc.queryForObject("select count(*) from application where call_id = ? and receipt_number"
                + " is not null", Long.class, call.id());
        assertThat((long) rows(files.get("01-신청서.xlsx"))).isEqualTo(handedIn);
        assertThat(rows(files.get("05-평가표.xlsx"))).isPositive();
        assertThat(rows(files.get("10-감사로그.xlsx"))).isPositive();

        ConfirmedResult stored = results.result(call.id()).orElseThrow();
        Decision d = stored.decisions().get(0);
        String receipt = jdbc.queryForObject("select receipt_number from application where id = ?", String.class,
                d.applicationId());
        try (var book = WorkbookFactory.create(new ByteArrayInputStream(files.get("07-선정결과.xlsx")))) {
            Sheet sheet = book.getSheetAt(0);
            Row row = null;
            for (Row r : sheet) {
                if (r.getCell(0) != null && receipt.equals(r.getCell(0).toString())) {
                    row = r;
                }
            }
            assertThat(row).as("the decision of " + receipt).isNotNull();
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo(d.selected() ? "선정" : "미선정");
            assertThat((long) row.getCell(3).getNumericCellValue()).isEqualTo(d.amount().amount());
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'CALL_AUDIT_PACKAGE'"
                + " and target_id = ?", Long.class, String.valueOf(call.id()))).isPositive();

        try (Journey j = new Journey("http://localhost:" + port, "audit-package-company")) {
            j.signIn("applicant", "jiwon-applicant-demo");
            assertThat(j.download("/office/calls/" + call.id() + "/audit-package.zip").statusCode()).isEqualTo(403);
        }
    }

    private static int rows(byte[] xlsx) throws Exception {
        try (var book = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            return book.getSheetAt(0).getLastRowNum();
        }
    }
}
