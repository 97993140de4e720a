package kr.jiwon.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Exports that officers open in Excel never carry a formula someone typed into a title or a file name (OWASP CSV
 * injection; ASVS V5.3.10), while numbers, dashes and ordinary text stay as they are.
 */
class SpreadsheetTests {

    private static List<String> cellsOf(Spreadsheet sheet) throws Exception {
        String csv = new String(sheet.csv(), StandardCharsets.UTF_8).substring(1); // the byte-order mark
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(csv)).getRecords();
        return records.get(0).toList();
    }

    @Test
    void textThatWouldRunAsAFormulaIsNeutralised() throws Exception {
        List<String> cells = cellsOf(Spreadsheet.withHeader("a", "b", "c", "d", "e", "f").row(
                "=HYPERLINK(\"http://evil.example\",\"클릭\")", "+1+2", "-2+3*cmd|' /C calc'!A0", "@SUM(A1:A2)",
                "\t=1", "\r=1"));
        assertThat(cells).allSatisfy(c -> assertThat(c).startsWith("'"));
        assertThat(cells.get(0)).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"클릭\")");
    }

    @Test
    void numbersDashesAndOrdinaryTextStayAsTheyAre() throws Exception {
        List<String> cells = cellsOf(Spreadsheet.withHeader("a", "b", "c", "d", "e", "f", "g").row("-5", "-1,250.5",
                "-", "+", "알루미늄 다이캐스팅 기공 불량 저감", "SBJ-2026-1-000001", -42));
        assertThat(cells).containsExactly("-5", "-1,250.5", "-", "+", "알루미늄 다이캐스팅 기공 불량 저감",
                "SBJ-2026-1-000001", "-42");
    }
}
